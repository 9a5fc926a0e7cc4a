import type { RunResult } from '../run/run-scenario';

const esc = (value: string | number | null | undefined): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** A one-page HTML summary of a run: verdict, figure checks, linked runs, actions that did not go as planned. */
export function htmlSummary(result: RunResult): string {
  const checks =
    result.comparison?.checks ??
    Object.entries(result.ledger).map(([path, expected]) => ({
      path,
      expected,
      actual: undefined,
      status: 'not compared',
    }));
  const rows = checks
    .map(
      (c) =>
        `<tr class="${esc(c.status)}"><td>${esc(c.path)}</td><td>${esc(c.expected.toLocaleString('en-US'))}</td><td>${esc(c.actual ?? '—')}</td><td>${esc(c.status)}</td></tr>`,
    )
    .join('\n');
  const runs = result.linkedRuns
    .map(
      (r) =>
        `<tr><td>${esc(r.id)}</td><td>${esc(r.procedure)}</td><td>${esc(r.status)}</td><td>${esc(r.reason)}</td></tr>`,
    )
    .join('\n');
  const off = result.outcomes.filter((o) => o.status !== 'ok');
  const offRows = off
    .slice(0, 200)
    .map(
      (o) =>
        `<tr><td>${esc(o.at)}</td><td>${esc(o.id)}</td><td>${esc(o.status)}</td><td>${esc(o.detail)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>d06 scenario ${esc(result.scenario)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;font-size:.9rem}
.differs td,.missing td{background:#fdd}.equal td:last-child{color:#080}.verdict-passed{color:#080}.verdict-failed{color:#c00}.verdict-unverified{color:#a60}</style></head>
<body><h1>Scenario ${esc(result.scenario)} — province ${esc(result.provinceCode)}, period ${esc(result.period)}</h1>
<p class="verdict-${esc(result.verdict)}"><strong>${esc(result.verdict.toUpperCase())}</strong>: ${esc(result.summary)} (${result.seconds.toFixed(1)} s)</p>
${result.servicesMissing.length ? `<p>Services not running: ${esc(result.servicesMissing.join(', '))}</p>` : ''}
<h2>Ledger vs report</h2><table><tr><th>figure</th><th>ledger</th><th>report</th><th>status</th></tr>${rows}</table>
<h2>Linked procedures</h2><table><tr><th>run</th><th>procedure</th><th>status</th><th>reason</th></tr>${runs}</table>
<h2>Actions not as planned (${off.length})</h2><table><tr><th>business time</th><th>action</th><th>status</th><th>detail</th></tr>${offRows}</table>
</body></html>
`;
}
