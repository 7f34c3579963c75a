import { escapeHtml } from './html-escape.js';
import { buildNoticeContent, type NoticeBlock, type NoticeInput } from './notice-content.js';

const PRINT_CSS = `
@page { size: A4; margin: 20mm; }
html { font-family: "DejaVu Sans", "Noto Naskh Arabic", "Noto Sans", Arial, sans-serif; font-size: 12pt; line-height: 1.5; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 170mm; }
h1 { font-size: 18pt; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 6mm 0 2mm; break-after: avoid; }
.marking { border: 1px solid #000; padding: 2mm; font-size: 10pt; }
.field { margin: 0; }
ul { padding-inline-start: 6mm; }
li, p { break-inside: avoid; }
footer { margin-top: 8mm; font-size: 9pt; }
@media print { a { color: inherit; text-decoration: none; } }
`.trim();

/**
 * A complete, print-ready HTML document for the notice, in the template's
 * language and direction. Every interpolated value is escaped.
 *
 * @example
 *   const html = renderNoticeHtml({ language: 'ar', personName: 'Example Person', destinationCountry: 'RW', … });
 *   html.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">') // true
 */
export function renderNoticeHtml(input: NoticeInput): string {
  const content = buildNoticeContent(input);
  const body: string[] = [];
  const footer: string[] = [];
  let list: string[] | null = null;
  const flushList = (): void => {
    if (list) body.push(`<ul>\n${list.join('\n')}\n</ul>`);
    list = null;
  };
  for (const block of content.blocks) {
    if (block.kind === 'item') {
      list ??= [];
      list.push(`  <li>${escapeHtml(block.text)}</li>`);
      continue;
    }
    flushList();
    if (block.kind === 'footnote') footer.push(`  <p>${escapeHtml(block.text)}</p>`);
    else body.push(renderBlock(block));
  }
  flushList();
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(content.language)}" dir="${content.direction}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(content.title)}</title>`,
    `<style>\n${PRINT_CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '<footer>',
    ...footer,
    '</footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBlock(block: NoticeBlock): string {
  const text = escapeHtml(block.text);
  switch (block.kind) {
    case 'title':
      return `<h1>${text}</h1>`;
    case 'marking':
      return `<p class="marking">${text}</p>`;
    case 'field':
      return `<p class="field">${text}</p>`;
    case 'heading':
      return `<h2>${text}</h2>`;
    case 'paragraph':
    case 'item':
    case 'footnote':
      return `<p>${text}</p>`;
  }
}
