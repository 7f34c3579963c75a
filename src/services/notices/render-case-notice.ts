import { sha256Hex } from '../../audit/sha256.js';
import type { NoticeInput } from '../../core/notices/notice-content.js';
import { noticeTemplateFor } from '../../core/notices/notice-templates.js';
import { renderNoticeHtml } from '../../core/notices/render-notice-html.js';
import { resolveRuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { isCountryCode } from '../../core/country.js';
import { AppError } from '../../core/errors.js';
import type { Principal } from '../../core/principal.js';
import { findPersonRow } from '../../db/repositories/person.repository.js';
import { openPersonRecord } from '../people/open-person.js';
import { authorizeCaseAction } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { createdByOf } from '../documents/document-input.js';
import { storeDocument } from '../documents/store-document.js';
import { DEFAULT_FEAR_CLAIM_HOW, noticeRightsFor } from './notice-rights.js';
import { renderNoticePdf } from './render-notice-pdf.js';

export type NoticeFormat = 'html' | 'pdf';

export interface RenderCaseNoticeInput {
  readonly language: string;
  readonly format: NoticeFormat;
  readonly fearClaimHow?: string;
  readonly removalNotBefore?: string | null;
  readonly timeZone?: string;
  readonly legalServices?: NoticeInput['legalServices'];
}

export interface RenderedCaseNotice {
  readonly documentId: string;
  readonly language: string;
  readonly format: NoticeFormat;
  readonly contentType: 'text/html' | 'application/pdf';
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

/**
 * Renders the third-country removal notice for a case — the person's name,
 * the proposed destination, and the rights and deadlines of the case's rule
 * set — as print-ready HTML or PDF, and stores it as a `notice` document
 * linked to the case with its SHA-256 (the hash recorded when it is served).
 * Throws `notice_language_unavailable` (details.available) before anything is
 * stored, and `validation_failed` when the case has no destination yet.
 *
 * @example const notice = await renderCaseNotice(ctx, principal, caseId, { language: 'ar', format: 'pdf' });
 */
export async function renderCaseNotice(ctx: ServiceContext, principal: Principal, caseId: string, input: RenderCaseNoticeInput): Promise<RenderedCaseNotice> {
  noticeTemplateFor(input.language);
  const found = await authorizeCaseAction(ctx, principal, caseId, 'notice:serve');
  const destination = found.destinationCountry;
  if (destination === null || !isCountryCode(destination)) {
    throw new AppError('validation_failed', `case ${found.reference} has no proposed destination to name in a notice`, { caseId }, 'Propose a destination before rendering a notice.');
  }
  const row = await findPersonRow(ctx.db, found.personId);
  if (!row) throw new AppError('not_found', `person of case ${caseId} not found`, { caseId });
  const person = openPersonRecord(row, ctx.personKeyEncryptionKey);
  // A notice exists to name the person: without their data there is nothing to render.
  if (person.erased) throw new AppError('person_erased', `person of case ${caseId} was erased`, { caseId, personId: row.id });
  const counsel = found.counselId === null ? undefined : await ctx.db.selectFrom('users').select('display_name').where('id', '=', found.counselId).executeTakeFirst();
  const at = nowInstant(ctx);
  const rights = noticeRightsFor(resolveRuleSet(found.ruleSetId), input.fearClaimHow ?? DEFAULT_FEAR_CLAIM_HOW[input.language] ?? DEFAULT_FEAR_CLAIM_HOW.en ?? '');
  const noticeInput: NoticeInput = {
    language: input.language,
    personName: `${person.givenNames} ${person.familyName}`.trim(),
    caseReference: found.reference,
    destinationCountry: destination,
    issuedAt: at,
    removalNotBefore: input.removalNotBefore ?? null,
    ...(input.timeZone !== undefined && { timeZone: input.timeZone }),
    rights,
    counselOfRecord: counsel?.display_name ?? null,
    legalServices: input.legalServices ?? [],
  };
  const bytes = input.format === 'pdf' ? await renderNoticePdf(noticeInput) : new TextEncoder().encode(renderNoticeHtml(noticeInput));
  const contentType = input.format === 'pdf' ? 'application/pdf' : 'text/html';
  const sha256 = sha256Hex(bytes);
  const stored = await runWrite(ctx, (trx) =>
    storeDocument(
      trx,
      principal,
      {
        document: {
          kind: 'notice',
          title: `Third-country removal notice (${input.language}) ${found.reference}`,
          documentDate: at.slice(0, 10),
          originator: createdByOf(principal),
          // The notice is given to the person and their counsel: it carries no classified content.
          classification: 'UNCLASSIFIED',
          caveats: [],
          header: {
            notice: {
              caseId,
              language: input.language,
              format: input.format,
              destinationCountry: destination,
              ruleSetId: found.ruleSetId,
              issuedAt: at,
              // Read back when the notice is served: the fact records what this document says.
              explainsHowToContest: rights.contestInCourt,
            },
          },
          distribution: [],
          releasableTo: [],
          subjectTags: [],
          countryTags: [destination],
          floorClassification: 'UNCLASSIFIED',
          bindingCaveats: [],
          isDemo: false,
          createdBy: createdByOf(principal),
        },
        // Not indexed for search: a notice holds a person's name, which search must not reveal beyond need-to-know.
        paragraphs: [],
        links: { caseIds: [caseId], agreementIds: [], transferIds: [], countries: [] },
        attachment: { filename: `notice-${found.reference}-${input.language}.${input.format}`, contentType, bytes, sha256 },
        auditAction: 'document.render',
      },
      at,
    ),
  );
  return { documentId: stored.document.id, language: input.language, format: input.format, contentType, sha256, bytes };
}
