import { describe, expect, it } from 'vitest';
import { countPhrase } from './count-phrase.js';

const ARABIC_DAYS = { few: 'أيام', many: 'يوما', other: 'يوم' } as const;

describe('countPhrase', () => {
  it('uses singular and plural in English, Spanish and French', () => {
    expect([1, 2, 24].map((n) => countPhrase('en', n, { one: 'hour', other: 'hours' }))).toEqual(['1 hour', '2 hours', '24 hours']);
    expect([1, 15].map((n) => countPhrase('es', n, { one: 'día', other: 'días' }))).toEqual(['1 día', '15 días']);
    // French counts 0 and 1 as singular.
    expect([0, 1, 2].map((n) => countPhrase('fr', n, { one: 'jour', other: 'jours' }))).toEqual(['0 jour', '1 jour', '2 jours']);
  });

  it('uses the Arabic plural for 3–10 and the singular accusative for 11–99', () => {
    expect([3, 10, 11, 15, 72, 100].map((n) => countPhrase('ar', n, ARABIC_DAYS))).toEqual(['3 أيام', '10 أيام', '11 يوما', '15 يوما', '72 يوما', '100 يوم']);
  });
});
