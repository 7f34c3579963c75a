import type { Selectable } from 'kysely';
import type { Agreement, AgreementStatus, AgreementTerms, SourceReference } from '../../core/agreement.js';
import type { CreateAgreementInput, UpdateAgreementInput } from '../../core/schemas/agreement.schema.js';
import type { Queryable, Tx } from '../schema.js';
import type { AgreementsTable, AgreementTermsTable } from '../tables/foundation.table.js';
import { decodeCursor, toPage, type Page } from './pagination.js';

type AgreementRow = Selectable<AgreementsTable>;

export function toAgreement(row: AgreementRow): Agreement {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    sendingCountry: row.sending_country,
    receivingCountry: row.receiving_country,
    status: row.status as AgreementStatus,
    statusChangedAt: row.status_changed_at,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    summary: row.summary,
    confidence: row.confidence,
    sources: row.sources as SourceReference[],
    isDemo: row.is_demo,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export interface AgreementTermsVersion {
  readonly versionNo: number;
  readonly effectiveFrom: string;
  readonly changeSummary: string;
  readonly terms: AgreementTerms;
  readonly sourceDocuments: readonly SourceReference[];
  readonly createdAt: string;
}

export function toTermsVersion(row: Selectable<AgreementTermsTable>): AgreementTermsVersion {
  return {
    versionNo: row.version_no,
    effectiveFrom: row.effective_from,
    changeSummary: row.change_summary,
    terms: row.terms as unknown as AgreementTerms,
    sourceDocuments: row.source_documents as SourceReference[],
    createdAt: row.created_at,
  };
}

export async function insertAgreement(trx: Tx, input: CreateAgreementInput, at: string, isDemo = false): Promise<Agreement> {
  const row = await trx
    .insertInto('agreements')
    .values({
      code: input.code,
      title: input.title,
      sending_country: input.sendingCountry,
      receiving_country: input.receivingCountry,
      status: input.status,
      status_changed_at: at,
      effective_from: input.effectiveFrom,
      effective_to: input.effectiveTo,
      summary: input.summary,
      confidence: input.confidence,
      sources: JSON.stringify(input.sources),
      is_demo: isDemo,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAgreement(row);
}

export async function insertTermsVersion(
  trx: Tx,
  agreementId: string,
  version: { versionNo: number; effectiveFrom: string; changeSummary: string; terms: AgreementTerms; sourceDocuments: readonly SourceReference[] },
  at: string,
): Promise<AgreementTermsVersion> {
  const row = await trx
    .insertInto('agreement_terms')
    .values({
      agreement_id: agreementId,
      version_no: version.versionNo,
      effective_from: version.effectiveFrom,
      change_summary: version.changeSummary,
      terms: JSON.stringify(version.terms),
      source_documents: JSON.stringify(version.sourceDocuments),
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTermsVersion(row);
}

export async function findAgreement(db: Queryable, idOrCode: string): Promise<Agreement | undefined> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCode);
  const row = await db
    .selectFrom('agreements')
    .selectAll()
    .where(isUuid ? 'id' : 'code', '=', idOrCode)
    .executeTakeFirst();
  return row && toAgreement(row);
}

export async function lockAgreement(trx: Tx, id: string): Promise<Agreement | undefined> {
  const row = await trx.selectFrom('agreements').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toAgreement(row);
}

export async function listTermsVersions(db: Queryable, agreementId: string): Promise<AgreementTermsVersion[]> {
  const rows = await db.selectFrom('agreement_terms').selectAll().where('agreement_id', '=', agreementId).orderBy('version_no').execute();
  return rows.map(toTermsVersion);
}

export async function updateAgreementRow(trx: Tx, id: string, patch: UpdateAgreementInput, at: string): Promise<Agreement> {
  const row = await trx
    .updateTable('agreements')
    .set((eb) => ({
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.summary !== undefined && { summary: patch.summary }),
      ...(patch.confidence !== undefined && { confidence: patch.confidence }),
      ...(patch.sources !== undefined && { sources: JSON.stringify(patch.sources) }),
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAgreement(row);
}

export interface AgreementListQuery {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly status?: AgreementStatus | undefined;
  readonly receivingCountry?: string | undefined;
}

export async function listAgreements(db: Queryable, query: AgreementListQuery): Promise<Page<Agreement>> {
  const after = decodeCursor(query.cursor);
  let select = db.selectFrom('agreements').selectAll().orderBy('code').limit(query.limit + 1);
  if (after !== undefined) select = select.where('code', '>', after);
  if (query.status !== undefined) select = select.where('status', '=', query.status);
  if (query.receivingCountry !== undefined) select = select.where('receiving_country', '=', query.receivingCountry);
  return toPage(await select.execute(), query.limit, (row) => row.code, toAgreement);
}
