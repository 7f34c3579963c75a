import type { Caveat } from '../document.js';
import { CLASSIFICATIONS, classificationRank, type Classification } from '../principal.js';
import type { PortionMark } from './cable.js';
import { sortCaveats } from './portion-mark.js';

/** Any paragraph with a portion mark: a parsed cable's paragraphs fit, so do stored ones. */
export interface PortionedParagraph {
  readonly number: number;
  readonly portion: PortionMark;
  readonly text: string;
}

export interface RedactedParagraph {
  readonly number: number;
  readonly portion: PortionMark;
  readonly visible: boolean;
  /** The paragraph text, or the withheld notice when the reader may not see it. */
  readonly text: string;
}

export interface RedactedDocument {
  readonly paragraphs: readonly RedactedParagraph[];
  /** Visible paragraphs as `N. (MARK) text`, withheld ones as their notice, separated by blank lines. */
  readonly text: string;
  /** The document's level: its highest portion, whether or not the reader sees that portion. */
  readonly overallClassification: Classification;
  /** Every caveat on any portion, in canonical order. */
  readonly overallCaveats: readonly Caveat[];
  readonly withheldNumbers: readonly number[];
}

/**
 * Shows a reader only the portions `canRead` allows. The caller passes the
 * policy decision (Cedar, in the access layer) as the predicate, so this stays pure.
 *
 * @example
 *   const view = redactPortions(cable.paragraphs, (portion) => decide(principal, portion));
 *   view.text // "1. (U) …\n\n[paragraph 2 withheld: CONFIDENTIAL]"
 */
export function redactPortions(paragraphs: readonly PortionedParagraph[], canRead: (portion: PortionMark) => boolean): RedactedDocument {
  const redacted = paragraphs.map((paragraph): RedactedParagraph => {
    const visible = canRead(paragraph.portion);
    return {
      number: paragraph.number,
      portion: paragraph.portion,
      visible,
      text: visible ? paragraph.text : withheldNotice(paragraph.number, paragraph.portion.classification),
    };
  });
  return {
    paragraphs: redacted,
    text: redacted.map((paragraph) => (paragraph.visible ? `${paragraph.number}. (${formatPortionMark(paragraph.portion)}) ${paragraph.text}` : paragraph.text)).join('\n\n'),
    overallClassification: overallClassification(paragraphs.map((paragraph) => paragraph.portion)),
    overallCaveats: sortCaveats(paragraphs.flatMap((paragraph) => paragraph.portion.caveats)),
    withheldNumbers: redacted.filter((paragraph) => !paragraph.visible).map((paragraph) => paragraph.number),
  };
}

/**
 * The placeholder for a withheld paragraph. It names the level (readers may
 * know that something exists at that level) but never the caveats or text.
 *
 * @example
 *   withheldNotice(3, 'CONFIDENTIAL') // "[paragraph 3 withheld: CONFIDENTIAL]"
 */
export function withheldNotice(number: number, classification: Classification): string {
  return `[paragraph ${number} withheld: ${classification}]`;
}

/**
 * The highest level among the portions; UNCLASSIFIED for a document without any.
 *
 * @example
 *   overallClassification([{ classification: 'SBU', caveats: [] }, { classification: 'SECRET', caveats: [] }]) // 'SECRET'
 */
export function overallClassification(portions: readonly PortionMark[]): Classification {
  let highest = 0;
  for (const portion of portions) highest = Math.max(highest, classificationRank(portion.classification));
  return CLASSIFICATIONS[highest] ?? 'UNCLASSIFIED';
}

const MARK_LEVEL: Readonly<Record<Classification, string>> = { UNCLASSIFIED: 'U', SBU: 'SBU', CONFIDENTIAL: 'C', SECRET: 'S' };

/**
 * Writes a portion mark back in telegram style. Distribution captions
 * (NODIS, EXDIS) bind the whole cable, so they are left off the mark.
 *
 * @example
 *   formatPortionMark({ classification: 'SBU', caveats: ['NOFORN'] }) // "SBU/N"
 *   formatPortionMark({ classification: 'SECRET', caveats: ['NOFORN', 'NODIS'] }) // "S/NF"
 */
export function formatPortionMark(portion: PortionMark): string {
  const level = MARK_LEVEL[portion.classification];
  if (!portion.caveats.includes('NOFORN')) return level;
  return portion.classification === 'SBU' ? 'SBU/N' : `${level}/NF`;
}
