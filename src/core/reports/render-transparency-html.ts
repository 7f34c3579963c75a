import { escapeHtml } from './escape-html.js';
import { publishedValueText, SUPPRESSED_MARK } from './published-value-text.js';
import { chartBars, chartScale } from './transparency-chart.js';
import type { PublishedTransparencyTable, TransparencyReport } from './transparency-report.js';

/** Dark text on white and a dark blue bar: contrast well above WCAG AA. */
const STYLE = `body{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.5}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
table{border-collapse:collapse;margin:1rem 0}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #5c5c5c;padding:.25rem .6rem;text-align:right}th[scope=row],thead th:first-child{text-align:left}
thead th,tr.total{background:#eef1f5}.table-scroll{overflow-x:auto;max-width:100%}svg{max-width:100%;height:auto}svg text{font-size:12px;fill:#1a1a1a}.method{border-left:4px solid #1f4e79;padding-left:1rem}`;

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 60;
const CHART_WIDTH = 480;

/**
 * The public transparency report as one server-rendered HTML page: escaped
 * text, a lang attribute, a table per count table (caption, header scopes) and
 * an inline SVG bar chart of each country's published total (role="img" with
 * a title), tables in focusable scroll regions for narrow screens. No script of any kind, so it works under the
 * strictest Content-Security-Policy.
 *
 * @example renderTransparencyHtml(report).startsWith('<!doctype html>')
 */
export function renderTransparencyHtml(report: TransparencyReport): string {
  const release = report.version === null ? 'Preview (not a stored release)' : `Release ${String(report.version)}`;
  const rounding = report.parameters.roundingBase === null ? 'none' : `to multiples of ${String(report.parameters.roundingBase)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(report.title)}</h1>
<p>${escapeHtml(release)} · period ${escapeHtml(report.period.from)} to ${escapeHtml(report.period.to)} · generated ${escapeHtml(report.generatedAt)}</p>
<section class="method" aria-labelledby="method-heading">
<h2 id="method-heading">Method</h2>
<p>${escapeHtml(report.method)}</p>
<p>Parameters: threshold ${String(report.parameters.threshold)}; rounding ${escapeHtml(rounding)}.</p>
</section>
${report.tables.map(renderTable).join('\n')}
${report.notes.length === 0 ? '' : `<section aria-labelledby="notes-heading"><h2 id="notes-heading">Notes</h2><ul>${report.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul></section>`}
</main>
</body>
</html>
`;
}

function renderTable({ id, title, unit, table }: PublishedTransparencyTable): string {
  const headingId = `${escapeHtml(id)}-heading`;
  const header = `<tr><th scope="col">Receiving country</th>${table.columnLabels.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join('')}<th scope="col">Total</th></tr>`;
  const rows = table.rowLabels.map(
    (label, row) =>
      `<tr><th scope="row">${escapeHtml(label)}</th>${(table.cells[row] ?? []).map((value) => `<td>${escapeHtml(publishedValueText(value))}</td>`).join('')}<td>${escapeHtml(publishedValueText(table.rowTotals[row]))}</td></tr>`,
  );
  const totals = `<tr class="total"><th scope="row">Total</th>${table.columnTotals.map((value) => `<td>${escapeHtml(publishedValueText(value))}</td>`).join('')}<td>${escapeHtml(publishedValueText(table.grandTotal))}</td></tr>`;
  return `<section aria-labelledby="${headingId}">
<h2 id="${headingId}">${escapeHtml(title)}</h2>
<div class="table-scroll" role="region" aria-labelledby="${headingId}" tabindex="0"><table><caption>${escapeHtml(title)}: ${escapeHtml(unit)} per receiving country and quarter (${SUPPRESSED_MARK} = suppressed)</caption>
<thead>${header}</thead><tbody>${rows.join('')}${totals}</tbody></table></div>
${renderChart(id, title, unit, table)}
</section>`;
}

function renderChart(id: string, title: string, unit: string, table: PublishedTransparencyTable['table']): string {
  const bars = chartBars(table);
  const scale = chartScale(bars);
  const height = bars.length * BAR_HEIGHT + 8;
  const titleId = `${escapeHtml(id)}-chart-title`;
  const described = bars.map((bar) => `${bar.label}: ${bar.value === null ? 'suppressed' : String(bar.value)}`).join('; ');
  const drawn = bars.map((bar, index) => {
    const y = index * BAR_HEIGHT + 4;
    const width = bar.value === null ? 0 : Math.round((bar.value / scale) * (CHART_WIDTH - LABEL_WIDTH - 50));
    const valueText = bar.value === null ? SUPPRESSED_MARK : String(bar.value);
    return `<text x="0" y="${String(y + 15)}">${escapeHtml(bar.label)}</text><rect x="${String(LABEL_WIDTH)}" y="${String(y)}" width="${String(width)}" height="${String(BAR_HEIGHT - 6)}" fill="#1f4e79"></rect><text x="${String(LABEL_WIDTH + width + 6)}" y="${String(y + 15)}">${escapeHtml(valueText)}</text>`;
  });
  return `<svg role="img" aria-labelledby="${titleId}" width="${String(CHART_WIDTH)}" height="${String(height)}" preserveAspectRatio="xMinYMin meet" viewBox="0 0 ${String(CHART_WIDTH)} ${String(height)}" xmlns="http://www.w3.org/2000/svg"><title id="${titleId}">${escapeHtml(`${title}: total ${unit} per receiving country over the period. ${described}`)}</title>${drawn.join('')}</svg>`;
}
