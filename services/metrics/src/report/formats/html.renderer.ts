import type { D06Report, ServiceRow } from '../report.types';
import { APPENDIX_COLUMNS, appendixCells, reportOutline } from './report-outline';
import { vnNumber, vnPercent } from './vn-format';

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Horizontal bars of online rate per service (inline SVG, no external resources). */
function onlineRateChart(rows: readonly ServiceRow[]): string {
  const shown = rows.filter((row) => (row.total ?? 0) > 0);
  const bar = 18;
  const width = 720;
  const label = 260;
  const scale = (width - label - 60) / 100;
  const bars = shown.map((row, i) => {
    const y = i * (bar + 6);
    const rate = row.onlineRate ?? 0;
    return (
      `<text x="0" y="${y + 13}" font-size="11">${escape(row.key)} ${escape(row.name.slice(0, 34))}</text>` +
      `<rect x="${label}" y="${y}" width="${(rate * scale).toFixed(1)}" height="${bar}" fill="#2f6fb0"/>` +
      `<text x="${label + rate * scale + 4}" y="${y + 13}" font-size="11">${vnPercent(rate)}</text>`
    );
  });
  const height = Math.max(1, shown.length) * (bar + 6);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Tỷ lệ trực tuyến" width="${width}" height="${height}">${bars.join('')}</svg>`;
}

/** Success against failure of BHYT lookups as a two-part bar. */
function lookupChart(report: D06Report): string {
  const total = report.healthInsurance.lookups.total.cumulative ?? 0;
  const ok = report.healthInsurance.lookups.succeeded.cumulative ?? 0;
  const width = 600;
  const okWidth = total > 0 ? (ok / total) * width : 0;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Tra cứu BHYT" width="${width}" height="40">` +
    `<rect x="0" y="0" width="${okWidth.toFixed(1)}" height="24" fill="#3a9a4a"/>` +
    `<rect x="${okWidth.toFixed(1)}" y="0" width="${(width - okWidth).toFixed(1)}" height="24" fill="#c8504a"/>` +
    `<text x="0" y="38" font-size="11">thành công ${vnNumber(ok)} / ${vnNumber(total)} (${vnPercent(report.healthInsurance.lookups.successRate.value)})</text></svg>`
  );
}

/** The report as one self-contained HTML page with charts. */
export function renderHtml(report: D06Report): string {
  const outline = reportOutline(report);
  const sections = outline.sections
    .map(
      (section) =>
        `<h2>${escape(section.heading)}</h2><table class="kv">${section.lines
          .map((line) => `<tr><th>${escape(line.label)}</th><td>${escape(line.value)}</td></tr>`)
          .join('')}</table>` +
        (section.heading.startsWith('I.')
          ? `<h3>Tỷ lệ hồ sơ trực tuyến (Đề án 06)</h3>${onlineRateChart(report.essentialServices.decision06)}`
          : '') +
        (section.heading.startsWith('II.')
          ? `<h3>Tra cứu thẻ BHYT bằng CCCD</h3>${lookupChart(report)}`
          : ''),
    )
    .join('\n');
  const appendices = outline.appendices
    .map(
      (appendix) =>
        `<h2>${escape(appendix.title)}</h2><table class="grid"><thead><tr>${APPENDIX_COLUMNS.map((c) => `<th>${escape(c)}</th>`).join('')}</tr></thead><tbody>${appendix.rows
          .map(
            (row, i) =>
              `<tr>${appendixCells(row, i)
                .map((c, j) => `<td${j >= 3 && j <= 7 ? ' class="n"' : ''}>${escape(c)}</td>`)
                .join('')}</tr>`,
          )
          .join('')}</tbody></table>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escape(outline.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:.5em 0}
.kv th{text-align:left;font-weight:normal;padding:2px 12px 2px 0}.kv td{font-weight:bold}.grid td,.grid th{border:1px solid #999;padding:3px 6px;font-size:13px}.n{text-align:right}</style>
</head><body><h1>${escape(outline.title)}</h1><p><em>${escape(outline.subtitle)}</em></p>
${sections}
${appendices}
</body></html>
`;
}
