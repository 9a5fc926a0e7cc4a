import { writeFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { formatDiffTable, htmlSummary, junitReport, type RunProgress, type RunResult } from '@d06/simulator';

/** Progress of a run: a bar on a terminal, a plain line every 10% otherwise. */
export function runProgressReporter(stream: NodeJS.WriteStream = process.stderr): {
  report: (progress: RunProgress) => void;
  stop: () => void;
} {
  if (stream.isTTY) {
    const bar = new SingleBar({
      format: 'simulating [{bar}] {value}/{total} actions · business time {time}',
      stream,
    });
    let started = false;
    return {
      report: (p) => {
        if (!started) bar.start(p.total, 0, { time: p.businessTime.slice(0, 16) });
        started = true;
        bar.update(p.done, { time: p.businessTime.slice(0, 16) });
      },
      stop: () => started && bar.stop(),
    };
  }
  let nextTenth = 1;
  return {
    report: (p) => {
      if (p.phase !== 'actions') return void stream.write(`${p.phase}…\n`);
      if (p.total > 0 && p.done >= (nextTenth * p.total) / 10) {
        stream.write(`simulated ${p.done}/${p.total} actions, business time ${p.businessTime}\n`);
        while (p.done >= (nextTenth * p.total) / 10) nextTenth += 1;
      }
    },
    stop: () => undefined,
  };
}

/** The human summary of a run: verdict, the main figures, what did not go as planned, the diff table. */
export function formatRunSummary(result: RunResult): string {
  const n = (value: number | undefined) => (value ?? 0).toLocaleString('en-US');
  const figure = (path: string) => result.ledger[path];
  const rows = Object.entries(result.ledger).filter(
    ([p]) => p.startsWith('essentialServices') && p.endsWith('.total'),
  );
  const dossiers = rows.reduce((sum, [, v]) => sum + v, 0);
  const counts = new Map<string, number>();
  for (const o of result.outcomes) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  const lines = [
    `Scenario ${result.scenario} (province ${result.provinceCode}, period ${result.period}) in ${result.seconds.toFixed(1)} s: ` +
      `${n(counts.get('ok'))} actions ok, ${n(counts.get('failed'))} failed, ${n(counts.get('skipped'))} skipped.`,
    `  dossiers received      ${n(dossiers)}${result.servicesMissing.includes('one-stop') ? ' (one-stop not running)' : ''}`,
    `  BHYT lookups           ${n(figure('healthInsurance.lookups.total.change'))} (${n(figure('healthInsurance.lookups.succeeded.change'))} successful; success rate ${figure('healthInsurance.lookups.successRate.value') ?? 0}% cumulative)`,
    `  e-ID applications      ${n(figure('digitalCitizen.eidApplications.cumulative'))} cumulative, ${n(figure('digitalCitizen.eidActivated.cumulative'))} activated`,
    `  accounts linked        ${n(figure('socialSecurity.withAccount.total'))}, paid non-cash ${n(figure('socialSecurity.paidCashless.total'))}`,
    `  linked runs            ${result.linkedRuns.length} (${result.linkedRuns.filter((r) => r.status === 'completed').length} completed)`,
  ];
  const skipped = [...new Set(result.outcomes.filter((o) => o.status === 'skipped').map((o) => o.detail))];
  if (skipped.length > 0) lines.push(`  skipped: ${skipped.join('; ')}`);
  const failed = result.outcomes.filter((o) => o.status === 'failed').slice(0, 5);
  for (const o of failed) lines.push(`  not as planned: ${o.id} — ${o.detail}`);
  lines.push(`Ledger vs report: ${result.verdict.toUpperCase()} — ${result.summary}`);
  if (result.comparison && !result.comparison.passed) lines.push(formatDiffTable(result.comparison));
  return `${lines.join('\n')}\n`;
}

export interface RunOutputs {
  readonly report?: string;
  readonly junit?: string;
  readonly html?: string;
}

/** Writes the rehearsal files a tester files: the report JSON, JUnit XML, the HTML summary. */
export function writeRunOutputs(result: RunResult, outputs: RunOutputs): string[] {
  const written: string[] = [];
  if (outputs.report) {
    writeFileSync(
      outputs.report,
      `${JSON.stringify(result.report ?? { error: result.reportError, ledger: result.ledger }, null, 2)}\n`,
    );
    written.push(outputs.report);
  }
  if (outputs.junit) {
    writeFileSync(outputs.junit, junitReport(result));
    written.push(outputs.junit);
  }
  if (outputs.html) {
    writeFileSync(outputs.html, htmlSummary(result));
    written.push(outputs.html);
  }
  return written;
}
