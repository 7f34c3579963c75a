import type { TextDirection } from '../../core/notices/notice-template.js';

/** A word as drawn: its text in logical order (the font engine shapes and mirrors it) and where it starts. */
export interface PlacedWord {
  readonly text: string;
  readonly x: number;
  readonly width: number;
}

const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LEFT_TO_RIGHT_LETTER = /[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

export type WordDirection = TextDirection | 'neutral';

/** The strong direction of a word: its first strong letter, as in the Unicode bidi P2 rule. */
export function wordDirection(word: string): WordDirection {
  for (const character of word) {
    if (RIGHT_TO_LEFT_LETTER.test(character)) return 'rtl';
    if (LEFT_TO_RIGHT_LETTER.test(character)) return 'ltr';
  }
  return 'neutral';
}

/**
 * Places one line's words. Enough of the Unicode bidi algorithm for notices:
 * in a right-to-left line, runs of left-to-right words (names, numbers,
 * citations) keep their inner order while the runs go right to left; neutral
 * words join a left-to-right run only when both neighbours are left-to-right.
 * Each word is shaped on its own by the font engine (fontkit reverses Arabic glyphs).
 *
 * @example
 *   placeLine(['إلى:', 'Amina', 'Example'], 'rtl', measure, 4, 56, 539)
 *   // إلى: at the right margin, then "Amina Example" left to right to its left
 */
export function placeLine(
  words: readonly string[],
  direction: TextDirection,
  measure: (word: string) => number,
  spaceWidth: number,
  left: number,
  right: number,
): PlacedWord[] {
  if (direction === 'ltr') {
    const placed: PlacedWord[] = [];
    let x = left;
    for (const word of words) {
      const width = measure(word);
      placed.push({ text: word, x, width });
      x += width + spaceWidth;
    }
    return placed;
  }
  const directions = words.map(wordDirection);
  const resolved = directions.map((own, index): TextDirection => {
    if (own !== 'neutral') return own;
    const before = directions.slice(0, index).reverse().find((d) => d !== 'neutral');
    const after = directions.slice(index + 1).find((d) => d !== 'neutral');
    return before === 'ltr' && after === 'ltr' ? 'ltr' : 'rtl';
  });
  const runs: Array<{ direction: TextDirection; words: string[] }> = [];
  words.forEach((word, index) => {
    const runDirection = resolved[index] ?? 'rtl';
    const last = runs[runs.length - 1];
    if (last && last.direction === runDirection && runDirection === 'ltr') last.words.push(word);
    else runs.push({ direction: runDirection, words: [word] });
  });
  const placed: PlacedWord[] = [];
  let x = right;
  for (const run of runs) {
    const widths = run.words.map(measure);
    const runWidth = widths.reduce((sum, width) => sum + width, 0) + spaceWidth * (run.words.length - 1);
    let cursor = x - runWidth;
    run.words.forEach((word, index) => {
      const width = widths[index] ?? 0;
      placed.push({ text: word, x: cursor, width });
      cursor += width + spaceWidth;
    });
    x -= runWidth + spaceWidth;
  }
  return placed;
}
