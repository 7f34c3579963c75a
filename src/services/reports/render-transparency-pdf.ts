import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { PublishedTransparencyTable, TransparencyReport } from '../../core/reports/index.js';
import { chartBars, chartScale, publishedValueText, SUPPRESSED_MARK } from '../../core/reports/index.js';

const require = createRequire(import.meta.url);
/** The same embedded fonts as the notices: nothing is fetched at run time, and "–" has a glyph. */
const REGULAR_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const PAGE = { width: 841.89, height: 595.28, margin: 40 } as const;
const ROW_HEIGHT = 14;
const BAR_HEIGHT = 12;

/**
 * The public report as a landscape A4 PDF: title, period and release, the
 * method statement with its parameters, then per table the published numbers
 * and a bar chart of each country's published total (drawn with pdfkit
 * rectangles; suppressed totals get "–" and no bar). The bytes depend only on
 * the report (creation date = generatedAt).
 *
 * @example const pdf = await renderTransparencyPdf(report); // Uint8Array starting with %PDF
 */
export async function renderTransparencyPdf(report: TransparencyReport): Promise<Uint8Array> {
  const generatedAt = new Date(report.generatedAt);
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    lang: 'en',
    displayTitle: true,
    info: { Title: report.title, Author: 'Waypoint', Creator: 'Waypoint', Producer: 'Waypoint', CreationDate: generatedAt, ModDate: generatedAt },
  });
  doc.registerFont('regular', REGULAR_FONT);
  doc.registerFont('bold', BOLD_FONT);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const width = PAGE.width - 2 * PAGE.margin;
  doc.font('bold').fontSize(16).text(report.title, PAGE.margin, PAGE.margin, { width });
  doc.moveDown(0.3);
  const release = report.version === null ? 'Preview (not a stored release)' : `Release ${String(report.version)}`;
  doc.font('regular').fontSize(10).text(`${release} · period ${report.period.from} to ${report.period.to} · generated ${report.generatedAt}`, { width });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(12).text('Method', { width });
  doc.font('regular').fontSize(9).text(report.method, { width });
  const rounding = report.parameters.roundingBase === null ? 'none' : `to multiples of ${String(report.parameters.roundingBase)}`;
  doc.text(`Parameters: threshold ${String(report.parameters.threshold)}; rounding ${rounding}.`, { width });
  for (const note of report.notes) doc.text(`• ${note}`, { width });

  for (const table of report.tables) {
    doc.addPage();
    drawTable(doc, table);
    drawChart(doc, table);
  }
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

function drawTable(doc: PDFKit.PDFDocument, { title, unit, table }: PublishedTransparencyTable): void {
  doc.font('bold').fontSize(12).text(title, PAGE.margin, PAGE.margin);
  doc.font('regular').fontSize(9).text(`${unit} per receiving country and quarter (${SUPPRESSED_MARK} = suppressed)`);
  const labelWidth = 70;
  const columnWidth = Math.min(60, (PAGE.width - 2 * PAGE.margin - labelWidth) / (table.columnLabels.length + 1));
  let y = doc.y + 6;
  const drawRow = (label: string, values: readonly string[], bold: boolean): void => {
    doc.font(bold ? 'bold' : 'regular').fontSize(8);
    doc.text(label, PAGE.margin, y, { width: labelWidth, lineBreak: false });
    values.forEach((value, index) => doc.text(value, PAGE.margin + labelWidth + index * columnWidth, y, { width: columnWidth - 4, align: 'right', lineBreak: false }));
    y += ROW_HEIGHT;
  };
  drawRow('Country', [...table.columnLabels, 'Total'], true);
  table.rowLabels.forEach((label, row) => drawRow(label, [...(table.cells[row] ?? []).map(publishedValueText), publishedValueText(table.rowTotals[row])], false));
  drawRow('Total', [...table.columnTotals.map(publishedValueText), publishedValueText(table.grandTotal)], true);
  doc.y = y + 10;
}

function drawChart(doc: PDFKit.PDFDocument, { unit, table }: PublishedTransparencyTable): void {
  const bars = chartBars(table);
  const scale = chartScale(bars);
  const labelWidth = 70;
  const maxBar = 360;
  doc.font('bold').fontSize(10).text(`Total ${unit} per receiving country`, PAGE.margin, doc.y);
  let y = doc.y + 4;
  for (const bar of bars) {
    if (y + BAR_HEIGHT > PAGE.height - PAGE.margin) {
      doc.addPage();
      y = PAGE.margin;
    }
    doc.font('regular').fontSize(8).fillColor('#1a1a1a').text(bar.label, PAGE.margin, y + 2, { width: labelWidth, lineBreak: false });
    const barWidth = bar.value === null ? 0 : Math.round((bar.value / scale) * maxBar);
    if (barWidth > 0) doc.rect(PAGE.margin + labelWidth, y, barWidth, BAR_HEIGHT - 2).fill('#1f4e79');
    doc.fillColor('#1a1a1a').text(bar.value === null ? SUPPRESSED_MARK : String(bar.value), PAGE.margin + labelWidth + barWidth + 4, y + 2, { lineBreak: false });
    y += BAR_HEIGHT + 2;
  }
  doc.y = y;
}
