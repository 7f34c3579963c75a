import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildNoticeContent } from '../../core/notices/notice-content.js';
import { sampleNoticeInput } from '../../core/notices/sample-notice-input.js';
import { renderNoticeHtml } from '../../core/notices/render-notice-html.js';
import { renderNoticePdf } from './render-notice-pdf.js';

interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** Text items of every page, as a reader reads them: pages in order, lines top-down, words in the line's direction. */
async function readWords(bytes: Uint8Array, direction: 'ltr' | 'rtl'): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const words: string[] = [];
  for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
    const page = await pdf.getPage(pageNumber);
    const content = await page.getTextContent();
    const items: PlacedText[] = [];
    for (const item of content.items) {
      if ('str' in item && item.str.trim() !== '') items.push({ text: item.str.trim(), x: Number(item.transform[4]), y: Math.round(Number(item.transform[5])) });
    }
    const lines = new Map<number, PlacedText[]>();
    for (const item of items) lines.set(item.y, [...(lines.get(item.y) ?? []), item]);
    for (const y of [...lines.keys()].sort((a, b) => b - a)) {
      const line = (lines.get(y) ?? []).sort((a, b) => (direction === 'rtl' ? b.x - a.x : a.x - b.x));
      words.push(...line.flatMap((item) => item.text.split(/\s+/)).filter((text) => text !== '•'));
    }
  }
  await pdf.destroy();
  return words;
}

function expectedWords(language: string): string[] {
  return buildNoticeContent(sampleNoticeInput(language))
    .blocks.flatMap((block) => block.text.replace(/[\u2066-\u2069]/g, '').split(/\s+/))
    .filter((word) => word !== '');
}

describe('renderNoticePdf', () => {
  for (const language of ['en', 'es', 'fr', 'ar'] as const) {
    it(`renders ${language} with embedded fonts, and its text reads back word for word in order`, async () => {
      const bytes = await renderNoticePdf(sampleNoticeInput(language));
      const raw = Buffer.from(bytes).toString('latin1');
      expect(raw.startsWith('%PDF-1.')).toBe(true);
      expect(raw).toContain('/FontFile2');
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
      expect(raw).toContain(`/Lang (${language})`);
      const direction = language === 'ar' ? 'rtl' : 'ltr';
      expect(await readWords(bytes, direction)).toEqual(expectedWords(language));
    });
  }

  it('lays Arabic out right to left: the first word of a line is at the right margin', async () => {
    const bytes = await renderNoticePdf(sampleNoticeInput('ar'));
    const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
    const page = await pdf.getPage(1);
    const items = (await page.getTextContent()).items.filter((item) => 'str' in item);
    const title = items.filter((item) => Math.round(Number(item.transform[5])) === Math.round(Number(items[0]?.transform[5])));
    expect(title.map((item) => item.str)).toEqual(['إشعار', 'بالترحيل', 'إلى', 'بلد', 'ثالث']);
    const xs = title.map((item) => Number(item.transform[4]));
    expect([...xs].sort((a, b) => b - a)).toEqual(xs);
    const first = title[0];
    expect(Number(first?.transform[4]) + Number(first?.width)).toBeCloseTo(595.28 - 56, 0);
    expect(title.every((item) => item.dir === 'rtl')).toBe(true);
    await pdf.destroy();
  });

  it('keeps the lam-alef ligature in logical order when read back', async () => {
    const words = await readWords(await renderNoticePdf(sampleNoticeInput('ar')), 'rtl');
    expect(words).toContain('الاضطهاد');
    expect(words).toContain('إلى:');
  });

  it('the Arabic HTML is right to left too', () => {
    expect(renderNoticeHtml(sampleNoticeInput('ar'))).toContain('<html lang="ar" dir="rtl">');
  });

  it('is deterministic: the same input gives the same bytes, a different name different bytes', async () => {
    const input = sampleNoticeInput('ar');
    const first = await renderNoticePdf(input);
    const second = await renderNoticePdf(input);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const other = await renderNoticePdf({ ...input, personName: 'Other Example' });
    expect(Buffer.from(first).equals(Buffer.from(other))).toBe(false);
  });

  it('rejects a language without a template before producing any bytes', async () => {
    await expect(renderNoticePdf(sampleNoticeInput('de'))).rejects.toMatchObject({ code: 'notice_language_unavailable', details: { available: ['ar', 'en', 'es', 'fr'] } });
  });
});
