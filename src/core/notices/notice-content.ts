import { isCountryCode, type CountryCode } from '../country.js';
import { AppError } from '../errors.js';
import type { Instant } from '../time.js';
import type { TextDirection } from './notice-template.js';
import { noticeTemplateFor } from './notice-templates.js';

/** A legal service the person can contact; printed as given (not translated). */
export interface NoticeLegalService {
  readonly name: string;
  readonly phone: string | null;
  readonly address: string | null;
}

/** The rights and deadlines the case's rule set gives; a null deadline omits its sentence. */
export interface NoticeRights {
  readonly hoursBeforeRemoval: number;
  /** How to raise a fear claim (channel, phone, officer), in the notice's language. */
  readonly fearClaimHow: string;
  readonly fearWindowDays: number | null;
  readonly interviewNoticeHours: number | null;
  readonly reopeningWindowDays: number | null;
  /**
   * Whether the notice says how to ask a court to review the removal (habeas corpus). Every US rule
   * set gives it; the Alien Enemies Act notice safeguard passes only on a notice that says it.
   */
  readonly contestInCourt: boolean;
  /** The rule set and its source, e.g. `US-DVD-STRICT (D.V.D. v. DHS, No. 1:25-cv-10676)`. */
  readonly ruleSetCitation: string;
}

export interface NoticeInput {
  /** ISO 639-1 language of the notice; must have a template. */
  readonly language: string;
  readonly personName: string;
  readonly caseReference: string;
  readonly destinationCountry: CountryCode;
  readonly issuedAt: Instant;
  readonly removalNotBefore: Instant | null;
  /** IANA zone for printed dates and times; UTC when absent. */
  readonly timeZone?: string;
  readonly rights: NoticeRights;
  readonly counselOfRecord: string | null;
  readonly legalServices: readonly NoticeLegalService[];
}

export type NoticeBlockKind = 'title' | 'marking' | 'field' | 'heading' | 'paragraph' | 'item' | 'footnote';

export interface NoticeBlock {
  readonly kind: NoticeBlockKind;
  /** Plain text: renderers escape or shape it, never interpret it. */
  readonly text: string;
}

/** A notice as ordered plain-text blocks, shared by the HTML and PDF renderers so that both say the same. */
export interface NoticeContent {
  readonly language: string;
  readonly direction: TextDirection;
  readonly title: string;
  readonly destinationName: string;
  readonly blocks: readonly NoticeBlock[];
}

/**
 * Fills the language's template with the case facts.
 *
 * @example
 *   const content = buildNoticeContent({ language: 'es', destinationCountry: 'RW', … });
 *   content.destinationName // 'Ruanda'
 */
export function buildNoticeContent(input: NoticeInput): NoticeContent {
  const template = noticeTemplateFor(input.language);
  const destination: string = input.destinationCountry;
  if (!isCountryCode(destination)) {
    const given = String(destination);
    throw new AppError('unknown_country', `destination "${given}" is not an ISO 3166-1 alpha-2 code`, { country: given });
  }
  const { messages, provenance } = template;
  const timeZone = input.timeZone ?? 'UTC';
  // Latin digits in every language: digits must read the same to the person, counsel and the officer serving the notice.
  const dateFormat = new Intl.DateTimeFormat(template.language, { dateStyle: 'long', timeZone, numberingSystem: 'latn' });
  const dateTimeFormat = new Intl.DateTimeFormat(template.language, { dateStyle: 'long', timeStyle: 'short', timeZone, numberingSystem: 'latn' });
  const destinationName = new Intl.DisplayNames([template.language], { type: 'region', fallback: 'code' }).of(input.destinationCountry) ?? input.destinationCountry;
  const { rights } = input;
  // In right-to-left text a Latin name or a reference number must not reorder its neighbours: wrap facts in
  // Unicode first-strong isolates (FSI … PDI), the plain-text equivalent of <bdi>.
  const isolate = (value: string): string => (template.direction === 'rtl' ? `\u2068${value}\u2069` : value);

  const blocks: NoticeBlock[] = [
    { kind: 'title', text: messages.title },
    { kind: 'marking', text: messages.projectMarking },
    { kind: 'field', text: messages.to(isolate(input.personName)) },
    { kind: 'field', text: messages.caseReference(isolate(input.caseReference)) },
    { kind: 'field', text: messages.dateOfNotice(isolate(dateFormat.format(new Date(input.issuedAt)))) },
    { kind: 'paragraph', text: messages.destination(destinationName) },
    { kind: 'paragraph', text: messages.removalTiming(rights.hoursBeforeRemoval) },
  ];
  if (input.removalNotBefore !== null) {
    blocks.push({ kind: 'paragraph', text: messages.removalNotBefore(isolate(`${dateTimeFormat.format(new Date(input.removalNotBefore))} (${timeZone})`)) });
  }
  blocks.push({ kind: 'heading', text: messages.rightsHeading });
  blocks.push({ kind: 'item', text: messages.fearClaim(destinationName, isolate(rights.fearClaimHow)) });
  if (rights.fearWindowDays !== null) blocks.push({ kind: 'item', text: messages.fearWindow(rights.fearWindowDays) });
  if (rights.interviewNoticeHours !== null) blocks.push({ kind: 'item', text: messages.interview(rights.interviewNoticeHours) });
  if (rights.reopeningWindowDays !== null) blocks.push({ kind: 'item', text: messages.reopening(rights.reopeningWindowDays) });
  if (rights.contestInCourt) blocks.push({ kind: 'item', text: messages.contestInCourt });
  blocks.push({ kind: 'item', text: messages.interpreter });
  blocks.push({ kind: 'heading', text: messages.counselHeading });
  if (input.counselOfRecord !== null) blocks.push({ kind: 'paragraph', text: messages.counselOfRecord(isolate(input.counselOfRecord)) });
  if (input.legalServices.length > 0) {
    blocks.push({ kind: 'paragraph', text: messages.legalHelp });
    for (const service of input.legalServices) {
      blocks.push({ kind: 'item', text: [service.name, service.phone, service.address].filter((part): part is string => part !== null && part !== '').map((part) => isolate(part)).join(' — ') });
    }
  }
  blocks.push({ kind: 'footnote', text: messages.ruleSet(isolate(rights.ruleSetCitation)) });
  blocks.push({ kind: 'heading', text: messages.provenanceHeading });
  blocks.push({ kind: 'footnote', text: messages.translatedBy(provenance.translatedBy, provenance.translatedOn) });
  blocks.push({
    kind: 'footnote',
    text: provenance.reviewedBy !== null && provenance.reviewedOn !== null ? messages.reviewedBy(provenance.reviewedBy, provenance.reviewedOn) : messages.notReviewed,
  });
  return { language: template.language, direction: template.direction, title: messages.title, destinationName, blocks };
}
