import type { CountryCode } from '../country.js';
import type { Caveat } from '../document.js';
import type { Classification } from '../principal.js';
import type { Instant } from '../time.js';

/**
 * The parsed form of a State Department telegram (format: ../shared/SAFEGUARDS.md,
 * "Cable format"). Stored JSON shapes derive from this: renaming a field changes
 * what the document store keeps, so add fields rather than rename them.
 */
export const PRECEDENCES = { Z: 'FLASH', O: 'IMMEDIATE', P: 'PRIORITY', R: 'ROUTINE' } as const;
export type PrecedenceLetter = keyof typeof PRECEDENCES;
export type PrecedenceName = (typeof PRECEDENCES)[PrecedenceLetter];

/** A paragraph's portion mark: `(C/NF)` is `{ classification: 'CONFIDENTIAL', caveats: ['NOFORN'] }`. */
export interface PortionMark {
  readonly classification: Classification;
  /** Caveats from the mark itself plus the cable's distribution captions (NODIS, EXDIS), which bind every portion. */
  readonly caveats: readonly Caveat[];
}

export interface CableParagraph {
  readonly number: number;
  /** 1-based line of the paragraph's first line in the source text. */
  readonly line: number;
  /** The mark as written, e.g. `SBU/N`. */
  readonly markText: string;
  readonly portion: PortionMark;
  /** Paragraph text without number and mark; continuation lines joined with "\n". */
  readonly text: string;
}

export interface CableReference {
  /** `A`, `B` … when the REF block lists several; null for a single reference. */
  readonly label: string | null;
  /** e.g. `STATE 012345` or `25 KIGALI 000098`. */
  readonly citation: string;
}

export interface ClassificationAuthority {
  /** Everything before `Reasons`, e.g. `Ambassador A. Example`. */
  readonly classifiedBy: string;
  /** Letters of E.O. 13526 section 1.4, e.g. `['b', 'd']`. */
  readonly reasons: readonly string[];
}

export interface ParsedCable {
  /** `#` lines above the header (e.g. the ILLUSTRATIVE marker); not part of the telegram. */
  readonly headerComments: readonly string[];
  readonly precedence: PrecedenceLetter;
  readonly precedenceName: PrecedenceName;
  /** As written: `131045Z MAR 25`. */
  readonly dateTimeGroup: string;
  readonly sentAt: Instant;
  readonly from: string;
  readonly to: readonly string[];
  readonly info: readonly string[];
  /** The classification line as written, e.g. `C O N F I D E N T I A L KIGALI 000123`. */
  readonly classificationLine: string;
  /** The cable's declared level; UNCLAS with caption SENSITIVE is SBU. */
  readonly classification: Classification;
  /** Post and serial from the classification line, e.g. `KIGALI 000123`; null when absent. */
  readonly serial: string | null;
  /** In the canonical order of CAVEATS. */
  readonly caveats: readonly Caveat[];
  /** Calendar date (YYYY-MM-DD) from `DECL:`; null for `E.O. 13526: N/A`. */
  readonly declassifyOn: string | null;
  readonly subjectTags: readonly string[];
  readonly countryTags: readonly CountryCode[];
  readonly subject: string;
  readonly references: readonly CableReference[];
  readonly classificationAuthority: ClassificationAuthority | null;
  readonly paragraphs: readonly CableParagraph[];
  /** True when paragraph 1 or a header comment says the cable was written for illustration. */
  readonly illustrative: boolean;
}

/** The error codes a cable can fail with; each is also an AppError code. */
export type CableErrorCode = 'cable_malformed' | 'unknown_caveat' | 'classification_contradiction' | 'caveat_conflict';

export interface CableError {
  /** 1-based line number in the source text. */
  readonly line: number;
  readonly code: CableErrorCode;
  readonly message: string;
}

export type CableParseResult =
  | { readonly ok: true; readonly cable: ParsedCable }
  | { readonly ok: false; readonly errors: readonly CableError[] };
