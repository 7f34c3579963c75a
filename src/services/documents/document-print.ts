import { formatPortionMark } from '../../core/documents/portion-redaction.js';
import { escapeHtml } from '../../core/notices/html-escape.js';
import type { DocumentView } from './read-document.js';

/** The banner line: overall level (highest portion) and caveats, e.g. `CONFIDENTIAL//NOFORN`. */
export function classificationBanner(view: DocumentView): string {
  const caveats = view.redacted.overallCaveats.length > 0 ? view.redacted.overallCaveats : view.document.caveats;
  return [view.redacted.paragraphs.length > 0 ? view.redacted.overallClassification : view.document.classification, ...caveats].join('//');
}

/**
 * The export: a plain-text rendering with the same redaction as the view.
 *
 * @example documentExportText(view) // "CONFIDENTIAL//NOFORN\nSUBJECT: …\n\n1. (U) …\n\n[paragraph 3 withheld: CONFIDENTIAL]\n…"
 */
export function documentExportText(view: DocumentView): string {
  const banner = classificationBanner(view);
  const { document } = view;
  const lines = [
    banner,
    `TITLE: ${document.title}`,
    `KIND: ${document.kind}`,
    `DATE: ${document.documentDate ?? '-'}`,
    `FROM: ${document.originator || '-'}`,
    ...(document.subjectTags.length + document.countryTags.length > 0 ? [`TAGS: ${[...document.subjectTags, ...document.countryTags].join(', ')}`] : []),
    '',
    view.redacted.text,
    '',
    banner,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A print-ready HTML page of the redacted document, the banner at top and
 * bottom. Every value is escaped; withheld paragraphs show only their notice.
 */
export function documentPrintHtml(view: DocumentView): string {
  const banner = escapeHtml(classificationBanner(view));
  const { document } = view;
  const paragraphs = view.redacted.paragraphs.map((paragraph) =>
    paragraph.visible
      ? `<p class="paragraph">${paragraph.number}. (${escapeHtml(formatPortionMark(paragraph.portion))}) ${escapeHtml(paragraph.text).replaceAll('\n', '<br>')}</p>`
      : `<p class="withheld">${escapeHtml(paragraph.text)}</p>`,
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(document.title)}</title>`,
    '<style>@page { size: A4; margin: 20mm; } body { font-family: "DejaVu Sans Mono", monospace; font-size: 11pt; } .banner { text-align: center; font-weight: bold; } .withheld { font-style: italic; }</style>',
    '</head>',
    '<body>',
    `<header class="banner">${banner}</header>`,
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p>${escapeHtml(document.kind)} · ${escapeHtml(document.documentDate ?? '-')} · ${escapeHtml(document.originator || '-')}</p>`,
    '<main>',
    ...paragraphs,
    '</main>',
    `<footer class="banner">${banner}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
