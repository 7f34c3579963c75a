import { describe, expect, it } from 'vitest';
import { placeLine, wordDirection } from './pdf-bidi-line.js';

/** Every character 10 units wide, a space 5: positions are easy to read. */
const measure = (word: string): number => Array.from(word).length * 10;

describe('wordDirection', () => {
  it('takes the first strong character', () => {
    expect(['إلى', 'Amina', '72', '—', '(D.', 'إلى:', '+1'].map(wordDirection)).toEqual(['rtl', 'ltr', 'ltr', 'neutral', 'ltr', 'rtl', 'ltr']);
  });
});

describe('placeLine', () => {
  it('places left-to-right words from the left margin', () => {
    expect(placeLine(['ab', 'cde'], 'ltr', measure, 5, 100, 500)).toEqual([
      { text: 'ab', x: 100, width: 20 },
      { text: 'cde', x: 125, width: 30 },
    ]);
  });

  it('places right-to-left words from the right margin, first word rightmost', () => {
    expect(placeLine(['إلى', 'بلد'], 'rtl', measure, 5, 100, 500).map((word) => [word.text, word.x])).toEqual([
      ['إلى', 470],
      ['بلد', 435],
    ]);
  });

  it('keeps a run of Latin words in reading order inside a right-to-left line', () => {
    // "إلى: Amina Example محاميك" → إلى: at the right, then "Amina Example" left to right, then محاميك.
    expect(placeLine(['إلى:', 'Amina', 'Example', 'محاميك'], 'rtl', measure, 5, 0, 300).map((word) => [word.text, word.x])).toEqual([
      ['إلى:', 260],
      ['Amina', 130],
      ['Example', 185],
      ['محاميك', 65],
    ]);
  });

  it('a neutral word between Latin words joins their run; between Arabic and Latin it follows the line', () => {
    const placed = placeLine(['Legal', '—', '+1', 'بلد', '—', 'X'], 'rtl', measure, 5, 0, 300).map((word) => [word.text, word.x]);
    expect(placed).toEqual([
      ['Legal', 210],
      ['—', 265],
      ['+1', 280],
      ['بلد', 175],
      ['—', 160],
      ['X', 145],
    ]);
  });
});
