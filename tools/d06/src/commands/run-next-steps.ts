import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlSummary, type RunResult, type Scenario } from '@d06/simulator';
import { formatRunSummary } from './scenario-output';
import { portOf } from './service-ports';

/**
 * What `d06 up` prints when its scenario has run, whichever the infrastructure: the run's summary, then where to
 * look next (the HTML summary, written now, the report, discovery, API docs, the simulator and a drill).
 */
export function finishedRunSummary(
  result: RunResult,
  scenario: Scenario,
  portBase: number | undefined,
  closing: string,
): string {
  const html = join(tmpdir(), `d06-${scenario.name}-run.html`);
  writeFileSync(html, htmlSummary(result));
  const url = (service: Parameters<typeof portOf>[0]) => `http://127.0.0.1:${portOf(service, portBase)}`;
  const report =
    `${url('metrics')}/v1/reports?province=${Number(result.provinceCode)}&period=${result.period}` +
    `&startDay=${Number(scenario.period.from.slice(8, 10))}`;
  return [
    formatRunSummary(result),
    'Where to look next:',
    `  run summary (HTML)   file://${html}`,
    `  report (JSON)        ${report}`,
    `  OIDC discovery       ${url('vneid')}/.well-known/openid-configuration`,
    `  API docs             ${url('population')}/docs (each service has /docs)`,
    `  simulator runs       ${url('simulator')}/v1/runs (start the next one there)`,
    `  a drill              npx d06 scenario list; npx d06 scenario run drill-crash --junit r.xml --html r.html`,
    closing,
    '',
  ].join('\n');
}
