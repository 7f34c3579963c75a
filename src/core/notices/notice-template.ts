/**
 * A third-country removal notice template in one language. Templates hold
 * wording only; facts (name, destination, deadlines from the case's rule set)
 * arrive in NoticeInput and are escaped by the renderer, never by a template.
 */
export type TextDirection = 'ltr' | 'rtl';

/** Who wrote and who checked a translation. Shown on every rendered notice. */
export interface TranslationProvenance {
  /** Language the wording was translated from; null for the source text. */
  readonly translatedFrom: string | null;
  readonly translatedBy: string;
  /** Null until a qualified reviewer has checked the wording. */
  readonly reviewedBy: string | null;
  /** Calendar date (YYYY-MM-DD) of the translation. */
  readonly translatedOn: string;
  readonly reviewedOn: string | null;
  /** True: the wording was written for the Waypoint project, not taken from an official form. */
  readonly writtenForProject: true;
}

export interface NoticeMessages {
  readonly title: string;
  readonly projectMarking: string;
  readonly to: (personName: string) => string;
  readonly caseReference: (reference: string) => string;
  readonly dateOfNotice: (date: string) => string;
  readonly destination: (country: string) => string;
  readonly removalTiming: (hours: number) => string;
  readonly removalNotBefore: (dateTime: string) => string;
  readonly rightsHeading: string;
  readonly fearClaim: (country: string, how: string) => string;
  readonly fearWindow: (days: number) => string;
  readonly interview: (hours: number) => string;
  readonly reopening: (days: number) => string;
  /** How to contest the removal in court (habeas corpus): US rule sets; required by the Alien Enemies Act notice. */
  readonly contestInCourt: string;
  readonly interpreter: string;
  readonly counselHeading: string;
  readonly counselOfRecord: (name: string) => string;
  readonly legalHelp: string;
  readonly ruleSet: (citation: string) => string;
  readonly provenanceHeading: string;
  readonly translatedBy: (who: string, date: string) => string;
  readonly reviewedBy: (who: string, date: string) => string;
  readonly notReviewed: string;
}

export interface NoticeTemplate {
  /** ISO 639-1 code, also the HTML lang attribute. */
  readonly language: string;
  readonly direction: TextDirection;
  readonly provenance: TranslationProvenance;
  readonly messages: NoticeMessages;
}
