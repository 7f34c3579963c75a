import { isCountryCode } from '../country.js';
import type { Caveat } from '../document.js';
import { AppError } from '../errors.js';
import { classificationRank, type Classification } from '../principal.js';
import { isCalendarDate } from '../time.js';
import {
  PRECEDENCES,
  type CableError,
  type CableErrorCode,
  type CableParagraph,
  type CableParseResult,
  type CableReference,
  type ClassificationAuthority,
  type ParsedCable,
  type PrecedenceLetter,
} from './cable.js';
import { parsePortionMark, sortCaveats } from './portion-mark.js';

/*
 * Expected layout (one section after another, blank lines between sections allowed):
 *
 *   # comment lines (optional, top of file only)
 *   R 131045Z MAR 25                       precedence letter + date-time group
 *   FM AMEMBASSY KIGALI
 *   TO SECSTATE WASHDC 0123                 further addressees on following lines
 *   INFO AMEMBASSY KAMPALA                  optional, further addressees on following lines
 *   CONFIDENTIAL KIGALI 000123              classification line (letters may be spaced)
 *   SIPDIS / NOFORN / SENSITIVE …           caption lines, any number
 *   E.O. 13526: DECL: 03/13/2035            or E.O. 13526: N/A
 *   TAGS: PREL, PREF, RW, US
 *   SUBJECT: …                              may continue until a blank line
 *   REF: A. STATE 012345                    optional; further references on following lines
 *   Classified By: …, Reasons 1.4 (b) and (d)   required on CONFIDENTIAL and SECRET
 *   1. (C) …                                numbered paragraphs with portion marks
 *   CONFIDENTIAL                            optional trailer repeating the classification
 */

const CLASSIFICATION_WORDS: Readonly<Record<string, Classification>> = {
  UNCLASSIFIED: 'UNCLASSIFIED',
  UNCLAS: 'UNCLASSIFIED',
  CONFIDENTIAL: 'CONFIDENTIAL',
  SECRET: 'SECRET',
};
const CAPTIONS = ['SENSITIVE', 'SIPDIS', 'NOFORN', 'NODIS', 'EXDIS'] as const;
type Caption = (typeof CAPTIONS)[number];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

const PRECEDENCE_LINE = /^([A-Z])\s+(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2})$/;
const PRECEDENCE_PREFIX = /^[A-Z]\s+\d/;
const EO_LINE = /^E\.O\.\s*13526:\s*(?:(N\/A)|DECL:\s*(\S+))$/;
const CLASSIFIED_BY_LINE = /^Classified By:\s*(.+?),\s*Reasons?\s+1\.4\s*(\([a-h]\)(?:\s*(?:,|and|,\s*and)\s*\([a-h]\))*)\.?$/i;
const PARAGRAPH_START = /^(\d+)\.\s+/;
const PARAGRAPH_WITH_MARK = /^(\d+)\.\s+\(([A-Z/]+)\)\s*(.*)$/;
const REFERENCE = /^(?:([A-Z])\.\s+)?((?:\d{2}\s+)?[A-Z][A-Z ]*?\s+\d{1,6})$/;
const SECTION_STARTS = [/^E\.O\./, /^TAGS:/, /^SUBJECT:/, /^REF:/, /^Classified By:/i, PARAGRAPH_START];

interface Line {
  readonly number: number;
  readonly text: string;
}

/**
 * Parses a telegram. Returns the whole cable or every error found, each with
 * its line number; never a partial cable.
 *
 * @example
 *   const result = parseCable(text);
 *   if (result.ok) console.log(result.cable.classification, result.cable.paragraphs.length);
 *   else for (const error of result.errors) console.log(error.line, error.message);
 */
export function parseCable(text: string): CableParseResult {
  return new CableReader(text).read();
}

/**
 * Like parseCable but throws an AppError whose code is the first error's code
 * (by line) and whose details.errors lists all `{ line, code, message }`.
 *
 * @example
 *   const cable = parseCableOrThrow(text); // AppError('cable_malformed', …) on a bad header
 */
export function parseCableOrThrow(text: string): ParsedCable {
  const result = parseCable(text);
  if (result.ok) return result.cable;
  const [first] = result.errors;
  const code: CableErrorCode = first?.code ?? 'cable_malformed';
  const summary = result.errors.map((error) => `line ${error.line}: ${error.message}`).join('; ');
  throw new AppError(code, `cable rejected: ${summary}`, { errors: result.errors }, `The cable could not be imported: ${summary}`);
}

class CableReader {
  private readonly lines: Line[];
  private index = 0;
  private readonly errors: CableError[] = [];

  constructor(text: string) {
    this.lines = text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line, offset) => ({ number: offset + 1, text: line.trimEnd() }));
  }

  read(): CableParseResult {
    const headerComments = this.readComments();
    const precedence = this.readPrecedence();
    const from = this.readSingleHeader('FM', /^FM\b/, 'FM <originating post>');
    const to = this.readAddressees('TO', true);
    if (!precedence && from === null && to === null) {
      // Nothing telegram-like at the top: reading on would only bury these three errors under noise.
      return { ok: false, errors: [...this.errors] };
    }
    const info = this.readAddressees('INFO', false);
    const banner = this.readClassificationLine();
    const captions = this.readCaptions();
    const eo = this.readExecutiveOrderLine();
    const tags = this.readTags();
    const subject = this.readSubject();
    const references = this.readReferences();
    const authority = this.readClassifiedBy();
    const paragraphs = this.readParagraphs(captions.distribution);
    const trailer = this.readTrailer();

    const classification = banner ? this.resolveClassification(banner, captions) : null;
    if (classification !== null && banner) {
      this.checkTrailer(trailer, banner.classification);
      this.checkClassifiedRequirements(classification, eo, authority, banner.line);
      this.checkPortions(classification, banner.line, captions.all, paragraphs);
    }

    if (this.errors.length > 0 || !precedence || from === null || to === null || !banner || classification === null || !eo || !tags || subject === null) {
      if (this.errors.length === 0) this.error(this.current()?.number ?? this.lines.length, 'cable_malformed', 'cable is incomplete');
      return { ok: false, errors: [...this.errors].sort((a, b) => a.line - b.line) };
    }
    const firstParagraphText = paragraphs[0]?.text ?? '';
    return {
      ok: true,
      cable: {
        headerComments,
        precedence: precedence.letter,
        precedenceName: PRECEDENCES[precedence.letter],
        dateTimeGroup: precedence.dateTimeGroup,
        sentAt: precedence.sentAt,
        from,
        to,
        info: info ?? [],
        classificationLine: banner.text,
        classification,
        serial: banner.serial,
        caveats: sortCaveats(captions.all),
        declassifyOn: eo.declassifyOn,
        subjectTags: tags.subject,
        countryTags: tags.countries,
        subject,
        references,
        classificationAuthority: authority?.value ?? null,
        paragraphs,
        illustrative: /^ILLUSTRATIVE\b/.test(firstParagraphText) || headerComments.some((comment) => /\bILLUSTRATIVE\b/i.test(comment)),
      },
    };
  }

  // ---- cursor -------------------------------------------------------------

  private current(): Line | undefined {
    return this.lines[this.index];
  }

  private skipBlank(): void {
    while (this.current()?.text.trim() === '') this.index += 1;
  }

  /** The line a missing section is reported at: the next non-blank line, or the last line. */
  private expectedAt(): number {
    this.skipBlank();
    return this.current()?.number ?? this.lines.length;
  }

  private error(line: number, code: CableErrorCode, message: string): void {
    this.errors.push({ line, code, message });
  }

  // ---- header sections ----------------------------------------------------

  private readComments(): string[] {
    const comments: string[] = [];
    for (;;) {
      this.skipBlank();
      const line = this.current();
      if (!line?.text.startsWith('#')) return comments;
      comments.push(line.text.replace(/^#\s?/, ''));
      this.index += 1;
    }
  }

  private readPrecedence(): { letter: PrecedenceLetter; dateTimeGroup: string; sentAt: string } | null {
    this.skipBlank();
    const line = this.current();
    if (!line || !PRECEDENCE_PREFIX.test(line.text)) {
      this.error(this.expectedAt(), 'cable_malformed', 'missing precedence and date-time group, e.g. "R 131045Z MAR 25"');
      return null;
    }
    this.index += 1;
    const match = PRECEDENCE_LINE.exec(line.text);
    if (!match) {
      this.error(line.number, 'cable_malformed', `malformed precedence line "${line.text}": expected "<Z|O|P|R> DDHHMMZ MON YY"`);
      return null;
    }
    const [, letter = '', day = '', hour = '', minute = '', month = '', year = ''] = match;
    if (!(letter in PRECEDENCES)) {
      this.error(line.number, 'cable_malformed', `unknown precedence "${letter}": expected Z (flash), O (immediate), P (priority) or R (routine)`);
      return null;
    }
    const monthNumber = MONTHS.indexOf(month) + 1;
    const date = `20${year}-${String(monthNumber).padStart(2, '0')}-${day}`;
    if (monthNumber === 0 || !isCalendarDate(date) || Number(hour) > 23 || Number(minute) > 59) {
      this.error(line.number, 'cable_malformed', `invalid date-time group "${line.text.slice(2).trim()}"`);
      return null;
    }
    return {
      letter: letter as PrecedenceLetter,
      dateTimeGroup: `${day}${hour}${minute}Z ${month} ${year}`,
      sentAt: `${date}T${hour}:${minute}:00.000Z`,
    };
  }

  private readSingleHeader(keyword: string, prefix: RegExp, shape: string): string | null {
    this.skipBlank();
    const line = this.current();
    if (!line || !prefix.test(line.text)) {
      this.error(this.expectedAt(), 'cable_malformed', `missing ${keyword} line (${shape})`);
      return null;
    }
    this.index += 1;
    const value = line.text.slice(keyword.length).trim();
    if (value === '') {
      this.error(line.number, 'cable_malformed', `malformed ${keyword} line: expected ${shape}`);
      return null;
    }
    return value;
  }

  /** TO or INFO with continuation lines: every following line up to a blank line or the next keyword. */
  private readAddressees(keyword: 'TO' | 'INFO', required: boolean): string[] | null {
    this.skipBlank();
    const line = this.current();
    const prefix = new RegExp(`^${keyword}\\b`);
    if (!line || !prefix.test(line.text)) {
      if (required) this.error(this.expectedAt(), 'cable_malformed', `missing ${keyword} line (${keyword} <addressee>)`);
      return required ? null : [];
    }
    const first = this.readSingleHeader(keyword, prefix, `${keyword} <addressee>`);
    const addressees = first === null ? [] : [first];
    for (;;) {
      const next = this.current();
      if (!next || next.text.trim() === '' || /^(TO|INFO)\b/.test(next.text) || this.classificationWord(next.text) !== null) break;
      addressees.push(next.text.trim());
      this.index += 1;
    }
    return first === null ? null : addressees;
  }

  private classificationWord(text: string): Classification | null {
    const [word = ''] = collapseSpacedLetters(text.trim()).split(/\s+/);
    return CLASSIFICATION_WORDS[word] ?? null;
  }

  private readClassificationLine(): { line: number; text: string; classification: Classification; serial: string | null } | null {
    this.skipBlank();
    const line = this.current();
    const classification = line ? this.classificationWord(line.text) : null;
    if (!line || classification === null) {
      const looksLikeLaterSection = !line || isCaptionLine(line.text) || SECTION_STARTS.some((start) => start.test(line.text));
      if (line && !looksLikeLaterSection) {
        this.index += 1;
        this.error(line.number, 'cable_malformed', `malformed classification line "${line.text}": expected UNCLASSIFIED, UNCLAS, CONFIDENTIAL or SECRET`);
      } else {
        this.error(this.expectedAt(), 'cable_malformed', 'missing classification line (UNCLASSIFIED, UNCLAS, CONFIDENTIAL or SECRET)');
      }
      return null;
    }
    this.index += 1;
    const rest = collapseSpacedLetters(line.text.trim()).split(/\s+/).slice(1).join(' ');
    return { line: line.number, text: line.text.trim(), classification, serial: rest === '' ? null : rest };
  }

  private readCaptions(): { all: Set<Caveat>; distribution: Caveat[]; sensitive: boolean; line: number } {
    const found = new Map<Caption, number>();
    for (;;) {
      this.skipBlank();
      const line = this.current();
      if (!line || SECTION_STARTS.some((start) => start.test(line.text))) break;
      this.index += 1;
      for (const word of line.text.trim().split(/[\s,]+/)) {
        if ((CAPTIONS as readonly string[]).includes(word)) found.set(word as Caption, line.number);
        else this.error(line.number, 'unknown_caveat', `unknown caption "${word}": expected one of ${CAPTIONS.join(', ')}`);
      }
    }
    const sipdis = found.get('SIPDIS');
    for (const restricted of ['NODIS', 'EXDIS'] as const) {
      const at = found.get(restricted);
      if (sipdis !== undefined && at !== undefined) {
        this.error(Math.max(sipdis, at), 'caveat_conflict', `SIPDIS may not be combined with ${restricted}`);
      }
    }
    const all = new Set<Caveat>([...found.keys()].filter((caption): caption is Caveat => caption !== 'SENSITIVE'));
    return {
      all,
      distribution: sortCaveats([...all].filter((caveat) => caveat === 'NODIS' || caveat === 'EXDIS')),
      sensitive: found.has('SENSITIVE'),
      line: found.get('SENSITIVE') ?? 0,
    };
  }

  private readExecutiveOrderLine(): { line: number; declassifyOn: string | null } | null {
    this.skipBlank();
    const line = this.current();
    if (!line || !/^E\.O\./.test(line.text)) {
      this.error(this.expectedAt(), 'cable_malformed', 'missing E.O. line ("E.O. 13526: N/A" or "E.O. 13526: DECL: <date>")');
      return null;
    }
    this.index += 1;
    const match = EO_LINE.exec(line.text.trim());
    if (!match) {
      this.error(line.number, 'cable_malformed', `malformed E.O. line "${line.text}": expected "E.O. 13526: N/A" or "E.O. 13526: DECL: MM/DD/YYYY"`);
      return null;
    }
    if (match[1] === 'N/A') return { line: line.number, declassifyOn: null };
    const declassifyOn = toCalendarDate(match[2] ?? '');
    if (declassifyOn === null) {
      this.error(line.number, 'cable_malformed', `invalid declassification date "${match[2] ?? ''}": expected MM/DD/YYYY or YYYY-MM-DD`);
      return null;
    }
    return { line: line.number, declassifyOn };
  }

  private readTags(): { subject: string[]; countries: string[] } | null {
    this.skipBlank();
    const line = this.current();
    if (!line || !line.text.startsWith('TAGS:')) {
      this.error(this.expectedAt(), 'cable_malformed', 'missing TAGS line (TAGS: PREL, PREF, RW)');
      return null;
    }
    this.index += 1;
    const tags = line.text.slice('TAGS:'.length).trim().split(/[\s,]+/).filter((tag) => tag !== '');
    const subject: string[] = [];
    const countries: string[] = [];
    let valid = tags.length > 0;
    if (!valid) this.error(line.number, 'cable_malformed', 'malformed TAGS line: no tags');
    for (const tag of tags) {
      if (/^[A-Z]{4}$/.test(tag)) subject.push(tag);
      else if (/^[A-Z]{2}$/.test(tag) && isCountryCode(tag)) countries.push(tag);
      else {
        valid = false;
        this.error(line.number, 'cable_malformed', `malformed tag "${tag}": expected a four-letter subject tag or a two-letter country code`);
      }
    }
    return valid ? { subject, countries } : null;
  }

  private readSubject(): string | null {
    this.skipBlank();
    const line = this.current();
    if (!line || !line.text.startsWith('SUBJECT:')) {
      this.error(this.expectedAt(), 'cable_malformed', 'missing SUBJECT line');
      return null;
    }
    this.index += 1;
    const parts = [line.text.slice('SUBJECT:'.length).trim()];
    for (let next = this.current(); next && next.text.trim() !== ''; next = this.current()) {
      if (SECTION_STARTS.some((start) => start.test(next.text))) break;
      parts.push(next.text.trim());
      this.index += 1;
    }
    const subject = parts.filter((part) => part !== '').join(' ');
    if (subject === '') {
      this.error(line.number, 'cable_malformed', 'malformed SUBJECT line: subject is empty');
      return null;
    }
    return subject;
  }

  private readReferences(): CableReference[] {
    this.skipBlank();
    const line = this.current();
    if (!line?.text.startsWith('REF:')) return [];
    this.index += 1;
    const entries: Line[] = [{ number: line.number, text: line.text.slice('REF:'.length).trim() }];
    for (let next = this.current(); next && next.text.trim() !== ''; next = this.current()) {
      if (SECTION_STARTS.some((start) => start.test(next.text))) break;
      entries.push({ number: next.number, text: next.text.trim() });
      this.index += 1;
    }
    const references: CableReference[] = [];
    for (const entry of entries) {
      const match = REFERENCE.exec(entry.text);
      if (!match) {
        this.error(entry.number, 'cable_malformed', `malformed reference "${entry.text}": expected e.g. "A. STATE 012345" or "KIGALI 000098"`);
        continue;
      }
      references.push({ label: match[1] ?? null, citation: (match[2] ?? '').replace(/\s+/g, ' ') });
    }
    return references;
  }

  private readClassifiedBy(): { line: number; value: ClassificationAuthority } | null {
    this.skipBlank();
    const line = this.current();
    if (!line || !/^Classified By:/i.test(line.text)) return null;
    this.index += 1;
    const match = CLASSIFIED_BY_LINE.exec(line.text.trim());
    if (!match) {
      this.error(line.number, 'cable_malformed', `malformed Classified By line: expected "Classified By: <name>, Reasons 1.4 (b) and (d)"`);
      return null;
    }
    const reasons = [...(match[2] ?? '').matchAll(/\(([a-h])\)/g)].map((reason) => reason[1] ?? '');
    return { line: line.number, value: { classifiedBy: (match[1] ?? '').trim(), reasons } };
  }

  // ---- body ---------------------------------------------------------------

  private readParagraphs(distribution: readonly Caveat[]): CableParagraph[] {
    this.skipBlank();
    const paragraphs: CableParagraph[] = [];
    let open: { number: number; line: number; markText: string; portion: CableParagraph['portion']; lines: string[] } | null = null;
    const close = (): void => {
      if (open) paragraphs.push({ number: open.number, line: open.line, markText: open.markText, portion: open.portion, text: open.lines.join('\n').trim() });
      open = null;
    };
    let expected = 1;
    let sawStart = false;
    const bodyEnd = this.trailerIndex();
    for (; this.index < bodyEnd; this.index += 1) {
      const line = this.lines[this.index];
      if (!line) break;
      const start = PARAGRAPH_START.exec(line.text);
      if (!start) {
        if (open) (open as { lines: string[] }).lines.push(line.text.trim());
        else if (line.text.trim() !== '' && !sawStart) {
          sawStart = true;
          this.error(line.number, 'cable_malformed', `expected paragraph 1, found "${line.text.trim().slice(0, 40)}"`);
        }
        continue;
      }
      close();
      sawStart = true;
      const number = Number(start[1]);
      if (number !== expected) {
        this.error(line.number, 'cable_malformed', `paragraph numbering gap: expected paragraph ${expected}, found ${number}`);
      }
      expected = number + 1;
      const marked = PARAGRAPH_WITH_MARK.exec(line.text);
      if (!marked) {
        this.error(line.number, 'cable_malformed', `paragraph ${number} has no portion mark such as (U), (SBU), (C) or (S)`);
        continue;
      }
      const markText = marked[2] ?? '';
      const mark = parsePortionMark(markText);
      if (!mark.ok) {
        this.error(line.number, mark.code, `paragraph ${number}: ${mark.message}`);
        continue;
      }
      open = {
        number,
        line: line.number,
        markText,
        portion: { classification: mark.classification, caveats: sortCaveats([...mark.caveats, ...distribution]) },
        lines: [marked[3] ?? ''],
      };
    }
    close();
    if (!sawStart) this.error(this.lines.length, 'cable_malformed', 'cable has no numbered paragraphs');
    return paragraphs;
  }

  /** Index of a final line that only repeats the classification (e.g. `CONFIDENTIAL`), or the end. */
  private trailerIndex(): number {
    let last = this.lines.length - 1;
    while (last >= this.index && this.lines[last]?.text.trim() === '') last -= 1;
    const text = this.lines[last]?.text.trim() ?? '';
    const isTrailer = last >= this.index && this.classificationWord(text) !== null && collapseSpacedLetters(text).split(/\s+/).length === 1;
    return isTrailer ? last : this.lines.length;
  }

  private readTrailer(): { line: number; classification: Classification } | null {
    const line = this.lines[this.index];
    if (!line) return null;
    const classification = this.classificationWord(line.text);
    this.index = this.lines.length;
    return classification === null ? null : { line: line.number, classification };
  }

  // ---- cross-checks -------------------------------------------------------

  private resolveClassification(banner: { line: number; classification: Classification }, captions: { sensitive: boolean; line: number }): Classification {
    if (!captions.sensitive) return banner.classification;
    if (banner.classification !== 'UNCLASSIFIED') {
      this.error(captions.line, 'classification_contradiction', `caption SENSITIVE marks SBU and is only used on UNCLAS cables, not ${banner.classification}`);
      return banner.classification;
    }
    return 'SBU';
  }

  private checkTrailer(trailer: { line: number; classification: Classification } | null, bannerLevel: Classification): void {
    if (trailer && trailer.classification !== bannerLevel) {
      this.error(trailer.line, 'classification_contradiction', `closing classification ${trailer.classification} differs from the classification line ${bannerLevel}`);
    }
  }

  private checkClassifiedRequirements(
    classification: Classification,
    eo: { line: number; declassifyOn: string | null } | null,
    authority: { line: number } | null,
    bannerLine: number,
  ): void {
    if (classificationRank(classification) < classificationRank('CONFIDENTIAL')) return;
    if (eo && eo.declassifyOn === null) {
      this.error(eo.line, 'cable_malformed', `a ${classification} cable needs "E.O. 13526: DECL: <date>", not N/A`);
    }
    if (authority === null && !this.errors.some((error) => /Classified By/.test(error.message))) {
      this.error(this.firstParagraphLine() ?? bannerLine, 'cable_malformed', `a ${classification} cable needs a "Classified By: <name>, Reasons 1.4 (b) and (d)" line`);
    }
  }

  private firstParagraphLine(): number | null {
    return this.lines.find((line) => PARAGRAPH_START.test(line.text))?.number ?? null;
  }

  private checkPortions(classification: Classification, bannerLine: number, captions: ReadonlySet<Caveat>, paragraphs: readonly CableParagraph[]): void {
    for (const paragraph of paragraphs) {
      if (classificationRank(paragraph.portion.classification) > classificationRank(classification)) {
        this.error(bannerLine, 'classification_contradiction', `classification ${classification} is lower than paragraph ${paragraph.number} marked (${paragraph.markText})`);
      }
      for (const caveat of paragraph.portion.caveats) {
        if (!captions.has(caveat)) {
          this.error(paragraph.line, 'classification_contradiction', `paragraph ${paragraph.number} is marked ${caveat} but the cable carries no ${caveat} caption`);
        }
      }
    }
  }
}

function isCaptionLine(text: string): boolean {
  const words = text.trim().split(/[\s,]+/);
  return words.length > 0 && words.every((word) => (CAPTIONS as readonly string[]).includes(word));
}

/** `C O N F I D E N T I A L KIGALI 1` → `CONFIDENTIAL KIGALI 1`: telegrams space out the classification's letters. */
function collapseSpacedLetters(text: string): string {
  return text.replace(/^(?:[A-Z] )+[A-Z](?=\s|$)/, (spaced) => spaced.replace(/ /g, ''));
}

/** `03/13/2035` or `2035-03-13` → `2035-03-13`; null when not a real date. */
function toCalendarDate(text: string): string | null {
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const candidate = us ? `${us[3] ?? ''}-${us[1] ?? ''}-${us[2] ?? ''}` : text;
  return isCalendarDate(candidate) ? candidate : null;
}
