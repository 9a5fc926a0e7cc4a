import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SIMULATOR_OPTIONS, type SimulatorOptions } from '../app/simulator-options';
import { SimulatorError } from '../app/simulator.errors';
import type { RunProgress } from '../run/run-environment';
import { runScenario, type RunResult } from '../run/run-scenario';
import type { Scenario } from '../scenario/scenario.types';
import { RunRecord } from './run-record';
import { runMetrics } from './run-metrics';

export interface StartedRun {
  readonly record: RunRecord;
  /** Resolves with the result; rejects when the run stops with an error (the record says so too). */
  readonly finished: Promise<RunResult>;
}

/**
 * The runs of this simulator, one at a time (they move the one shared business clock): started here, followed
 * through their progress, kept after they end (the last `runsKept`) for their outputs.
 */
@Injectable()
export class RunRegistry {
  private readonly runs = new Map<string, RunRecord>();
  private readonly kept: number;

  constructor(@Inject(SIMULATOR_OPTIONS) private readonly options: SimulatorOptions) {
    this.kept = options.runsKept ?? 20;
  }

  /** Starts a run in the background; a second one while it runs is refused (409). */
  start(scenario: Scenario, hooks: { onProgress?: (progress: RunProgress) => void } = {}): StartedRun {
    const current = this.current();
    if (current) {
      throw new SimulatorError('RUN_IN_PROGRESS', {
        detail: `run ${current.id} (${current.scenario}) is still running; follow it at /v1/runs/${current.id}`,
      });
    }
    const record = new RunRecord(randomUUID(), scenario.name);
    this.runs.set(record.id, record);
    this.forgetOldRuns();
    runMetrics.running.set(1);
    runMetrics.actionsDone.set(0);
    const finished = runScenario(scenario, this.options.environment, {
      onProgress: (progress) => {
        record.progress = progress;
        runMetrics.actionsDone.set(progress.done);
        runMetrics.actionsPlanned.set(progress.total);
        hooks.onProgress?.(progress);
      },
    }).then(
      (result) => {
        record.finish(result);
        runMetrics.finished.inc({ outcome: result.verdict });
        runMetrics.running.set(0);
        return result;
      },
      (error: unknown) => {
        record.crash(error);
        runMetrics.finished.inc({ outcome: 'crashed' });
        runMetrics.running.set(0);
        throw error;
      },
    );
    // the HTTP caller does not wait for it: a crash is on the record, not an unhandled rejection
    finished.catch(() => undefined);
    return { record, finished };
  }

  get(id: string): RunRecord {
    const record = this.runs.get(id);
    if (!record) throw new SimulatorError('RUN_NOT_FOUND', { detail: `no run ${id} on this simulator` });
    return record;
  }

  /** Newest first. */
  list(): RunRecord[] {
    return [...this.runs.values()].reverse();
  }

  current(): RunRecord | undefined {
    return [...this.runs.values()].find((record) => record.state === 'running');
  }

  private forgetOldRuns(): void {
    const ended = [...this.runs.values()].filter((record) => record.state !== 'running');
    for (const record of ended.slice(0, Math.max(0, ended.length - this.kept))) this.runs.delete(record.id);
  }
}
