import type { RunProgress } from '../run/run-environment';
import type { RunResult, Verdict } from '../run/run-scenario';

export type RunState = 'running' | 'finished' | 'crashed';

/** At most this many figure checks that are not equal are listed in a run's view (the HTML has them all). */
const LISTED_CHECKS = 50;

/** One run of a scenario through the API: its progress while it runs, then its result. */
export class RunRecord {
  state: RunState = 'running';
  progress: RunProgress | undefined;
  result: RunResult | undefined;
  error: string | undefined;
  finishedAt: Date | undefined;
  readonly startedAt = new Date();

  constructor(
    readonly id: string,
    readonly scenario: string,
  ) {}

  finish(result: RunResult): void {
    this.state = 'finished';
    this.result = result;
    this.finishedAt = new Date();
  }

  crash(error: unknown): void {
    this.state = 'crashed';
    this.error = error instanceof Error ? error.message : String(error);
    this.finishedAt = new Date();
  }

  /** What GET /v1/runs/{id} answers. */
  view(): RunView {
    const result = this.result;
    const base = `/v1/runs/${this.id}`;
    return {
      id: this.id,
      scenario: this.scenario,
      state: this.state,
      startedAt: this.startedAt.toISOString(),
      finishedAt: this.finishedAt?.toISOString(),
      progress: {
        done: this.progress?.done ?? 0,
        total: this.progress?.total ?? 0,
        businessTime: this.progress?.businessTime,
        phase: this.state === 'running' ? (this.progress?.phase ?? 'starting') : 'done',
      },
      ...(result ? resultView(result) : {}),
      ...(this.error ? { error: this.error } : {}),
      links: {
        self: base,
        ...(result ? { report: `${base}/report`, junit: `${base}/junit`, html: `${base}/html` } : {}),
      },
    };
  }
}

function resultView(result: RunResult) {
  const actions = { ok: 0, failed: 0, skipped: 0 };
  for (const outcome of result.outcomes) actions[outcome.status] += 1;
  const comparison = result.comparison;
  return {
    verdict: result.verdict,
    summary: result.summary,
    period: result.period,
    provinceCode: result.provinceCode,
    seconds: Math.round(result.seconds * 10) / 10,
    actions,
    figures: comparison
      ? {
          checks: comparison.checks.length,
          equal: comparison.equal,
          differs: comparison.differs,
          missing: comparison.missing,
          passed: comparison.passed,
          notEqual: comparison.checks.filter((c) => c.status !== 'equal').slice(0, LISTED_CHECKS),
        }
      : { checks: 0, reportError: result.reportError },
    linkedRuns: result.linkedRuns.map((run) => ({
      ...run,
      // a run that was meant to fail (failStep) and failed is as planned
      asPlanned: (run.status === 'failed') === run.expectFailure && run.status !== 'running',
    })),
    servicesMissing: result.servicesMissing,
  };
}

export interface RunView {
  readonly id: string;
  readonly scenario: string;
  readonly state: RunState;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly progress: {
    readonly done: number;
    readonly total: number;
    readonly businessTime?: string;
    readonly phase: RunProgress['phase'] | 'starting' | 'done';
  };
  readonly verdict?: Verdict;
  readonly summary?: string;
  readonly error?: string;
  readonly links: Readonly<Record<string, string>>;
}
