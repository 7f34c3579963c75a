import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { buildNoticeContent, type NoticeBlockKind, type NoticeInput } from '../../core/notices/notice-content.js';
import type { TextDirection } from '../../core/notices/notice-template.js';
import { placeLine } from './pdf-bidi-line.js';

const require = createRequire(import.meta.url);
/** DejaVu Sans covers Latin and Arabic (with shaping tables) in one font; it ships in an npm package, so nothing is fetched at run time. */
const REGULAR_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const PAGE = { width: 595.28, height: 841.89, margin: 56 } as const;
const STYLE: Readonly<Record<NoticeBlockKind, { font: 'regular' | 'bold'; size: number; before: number; indent: number }>> = {
  title: { font: 'bold', size: 18, before: 0, indent: 0 },
  marking: { font: 'regular', size: 9, before: 6, indent: 0 },
  field: { font: 'regular', size: 11, before: 2, indent: 0 },
  heading: { font: 'bold', size: 14, before: 12, indent: 0 },
  paragraph: { font: 'regular', size: 11, before: 6, indent: 0 },
  item: { font: 'regular', size: 11, before: 4, indent: 14 },
  footnote: { font: 'regular', size: 9, before: 4, indent: 0 },
};
const LINE_HEIGHT = 1.45;
/** Bidi controls (LRM, RLM, ALM, embeddings, isolates) carry no glyph; our line layout does their work. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Renders the notice to PDF bytes: A4, DejaVu Sans embedded (subset), Arabic
 * shaped and laid out right to left. The bytes depend only on the input
 * (creation date = issuedAt), so the lead can hash them as the served document.
 *
 * @example
 *   const pdf = await renderNoticePdf(input);
 *   const documentHash = sha256Hex(pdf);
 */
export async function renderNoticePdf(input: NoticeInput): Promise<Uint8Array> {
  const content = buildNoticeContent(input);
  const issuedAt = new Date(input.issuedAt);
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    autoFirstPage: true,
    lang: content.language,
    displayTitle: true,
    info: { Title: content.title, Author: 'Waypoint', Creator: 'Waypoint', Producer: 'Waypoint', CreationDate: issuedAt, ModDate: issuedAt },
  });
  doc.registerFont('regular', REGULAR_FONT);
  doc.registerFont('bold', BOLD_FONT);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  let y = PAGE.margin;
  for (const block of content.blocks) {
    const style = STYLE[block.kind];
    doc.font(style.font).fontSize(style.size);
    y += style.before;
    const lineHeight = style.size * LINE_HEIGHT;
    const left = PAGE.margin + (content.direction === 'ltr' ? style.indent : 0);
    const right = PAGE.width - PAGE.margin - (content.direction === 'rtl' ? style.indent : 0);
    const lines = wrapWords(block.text.replace(BIDI_CONTROLS, '').split(/\s+/).filter((word) => word !== ''), (word) => doc.widthOfString(word), doc.widthOfString(' '), right - left);
    lines.forEach((words, lineIndex) => {
      if (y + lineHeight > PAGE.height - PAGE.margin) {
        doc.addPage();
        y = PAGE.margin;
      }
      if (block.kind === 'item' && lineIndex === 0) drawBullet(doc, content.direction, left, right, y, style.indent);
      for (const word of placeLine(words, content.direction, (w) => doc.widthOfString(w), doc.widthOfString(' '), left, right)) {
        doc.text(word.text, word.x, y, { lineBreak: false });
        if (content.direction === 'rtl') mapLigaturesInVisualOrder(doc);
      }
      y += lineHeight;
    });
  }
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

function drawBullet(doc: PDFKit.PDFDocument, direction: TextDirection, left: number, right: number, y: number, indent: number): void {
  const bulletWidth = doc.widthOfString('•');
  doc.text('•', direction === 'ltr' ? left - indent : right + indent - bulletWidth, y, { lineBreak: false });
}

/** Greedy line filling; a word wider than the line gets a line of its own rather than being cut. */
function wrapWords(words: readonly string[], measure: (word: string) => number, spaceWidth: number, width: number): string[][] {
  const lines: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const word of words) {
    const wordWidth = measure(word);
    const needed = current.length === 0 ? wordWidth : used + spaceWidth + wordWidth;
    if (current.length > 0 && needed > width) {
      lines.push(current);
      current = [word];
      used = wordWidth;
    } else {
      current.push(word);
      used = needed;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

interface EmbeddedFontInternals {
  unicode?: Array<number[] | undefined>;
  visualOrderGlyphs?: Set<number>;
}

/**
 * pdfkit maps a ligature glyph (Arabic lam-alef) to its characters in logical
 * order, but the glyph sits in a right-to-left run that text extractors
 * reverse as a whole, which would swap the pair (لا read back as ال). Storing
 * multi-character Arabic glyphs in visual order makes extraction logical. Uses
 * pdfkit's internal `unicode` table (pdfkit 0.20); the PDF text test guards it.
 */
function mapLigaturesInVisualOrder(doc: PDFKit.PDFDocument): void {
  const font = (doc as unknown as { _font?: EmbeddedFontInternals })._font;
  if (!font?.unicode) return;
  font.visualOrderGlyphs ??= new Set();
  font.unicode.forEach((codePoints, glyphId) => {
    if (!codePoints || codePoints.length < 2 || font.visualOrderGlyphs?.has(glyphId)) return;
    font.visualOrderGlyphs?.add(glyphId);
    if (codePoints.every((codePoint) => codePoint >= 0x0600 && codePoint <= 0x06ff)) {
      if (font.unicode) font.unicode[glyphId] = [...codePoints].reverse();
    }
  });
}
