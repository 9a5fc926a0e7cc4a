import type { RunResult } from '../run/run-scenario';

const xml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML for testers: a case per linked-procedure run and per figure check. */
export function junitReport(result: RunResult): string {
  const runCases = result.linkedRuns.map((run) => {
    const ok = (run.status === 'failed') === run.expectFailure && run.status !== 'running';
    const body = ok
      ? ''
      : `<failure message="${xml(`run ${run.runId} ${run.status}${run.reason ? `: ${run.reason}` : ''}`)}"/>`;
    return `    <testcase classname="linked.${run.procedure}" name="${xml(run.id)}">${body}</testcase>`;
  });
  const checks = result.comparison?.checks ?? [];
  const figureCases = checks.map((check) => {
    const body =
      check.status === 'equal'
        ? ''
        : `<failure message="${xml(`ledger ${check.expected}, report ${check.actual ?? 'missing'}`)}"/>`;
    return `    <testcase classname="figures" name="${xml(check.path)}">${body}</testcase>`;
  });
  if (!result.comparison) {
    figureCases.push(
      `    <testcase classname="figures" name="report"><skipped message="${xml(result.reportError ?? 'no report')}"/></testcase>`,
    );
  }
  const failures = (cases: string[]) => cases.filter((c) => c.includes('<failure')).length;
  const suite = (name: string, cases: string[]) =>
    `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures(cases)}" skipped="${cases.filter((c) => c.includes('<skipped')).length}">\n${cases.join('\n')}\n  </testsuite>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="d06 scenario ${xml(result.scenario)}" time="${result.seconds.toFixed(1)}">`,
    suite(`${result.scenario}: linked procedures`, runCases),
    suite(`${result.scenario}: ledger vs report`, figureCases),
    '</testsuites>',
    '',
  ].join('\n');
}
