import { setTimeout as sleep } from 'node:timers/promises';
import type { Comparison } from '../compare/compare-figures';
import { expectedFigures } from '../ledger/expected-ledger';
import { Ledger, type Figures } from '../ledger/ledger';
import { planScenario } from '../plan/plan-scenario';
import type { PlannedAction } from '../plan/plan.types';
import type { Scenario, ServiceName } from '../scenario/scenario.types';
import { ActionExecutor, serviceOf, type ActionOutcome } from './action-executor';
import { conflictChains, planWaves, runChains } from './action-waves';
import type { RunEnvironment, RunProgress } from './run-environment';
import { deathRecorded, LinkedRunSettler, linkedRunView, type LinkedRunView } from './linked-run-settler';
import { consumerLagNote } from './consumer-lag';
import { ServiceClient, ServiceUnavailableError } from './service-client';
import { settledReport } from './settled-report';
import { subjectPools } from './subject-pools';

export interface LinkedRunResult {
  readonly id: string;
  readonly procedure: 'birth' | 'death';
  readonly runId: string;
  readonly status: string;
  readonly expectFailure: boolean;
  readonly reason?: string;
  readonly withinLimit?: boolean;
  readonly endsBenefit?: 'socialAssistance' | 'meritorious';
  /** A death: recorded in the population register (its benefit ended), even if a later step failed. */
  readonly deathRecorded?: boolean;
}

export type Verdict = 'passed' | 'failed' | 'unverified';

export interface RunResult {
  readonly scenario: string;
  readonly period: string;
  readonly provinceCode: string;
  readonly verdict: Verdict;
  /** Why the verdict is what it is, in one line. */
  readonly summary: string;
  readonly outcomes: readonly ActionOutcome[];
  readonly linkedRuns: readonly LinkedRunResult[];
  /** The ground truth: what the run caused. */
  readonly ledger: Figures;
  /** What the plan meant to cause (equal to the ledger when every action ended as planned). */
  readonly planned: Figures;
  readonly comparison?: Comparison;
  readonly report?: unknown;
  readonly reportError?: string;
  readonly servicesMissing: readonly ServiceName[];
  readonly seconds: number;
}

export interface RunOptions {
  readonly onProgress?: (progress: RunProgress) => void;
  /**
   * Actions carried out at once (default 1: one after another, each at its own business instant). Above 1, the
   * actions of one business minute form a wave at its earliest instant, run in independent chains (action-waves).
   */
  readonly concurrency?: number;
}

/**
 * Runs a scenario against running services: plans it, moves the shared business clock to each action's time,
 * carries the action out and records its actual outcome in the ledger, lets the events settle, then fetches the
 * metrics report and compares it with the ledger figure by figure.
 */
export async function runScenario(
  scenario: Scenario,
  env: RunEnvironment,
  options: RunOptions = {},
): Promise<RunResult> {
  const started = performance.now();
  const plan = planScenario(scenario);
  const period = scenario.period.label ?? scenario.period.to.slice(0, 7);
  const faults = scenario.faults?.http ?? [];
  const clients: Partial<Record<ServiceName, ServiceClient>> = {};
  const missing: ServiceName[] = [];
  for (const [service, url] of Object.entries(env.urls) as [ServiceName, string][]) {
    const client = new ServiceClient(service, url, faults);
    if (await client.reachable()) clients[service] = client;
    else missing.push(service);
  }
  const pools = env.pools ?? subjectPools(scenario, plan.provinceCode);
  const facilities = await facilityCodes(clients.bhyt, plan.provinceCode);
  const ledger = new Ledger(scenario.openingBalances, env.seeded);
  const opening = await setOpeningBalances(clients.metrics, plan.provinceCode, scenario.openingBalances);
  if (clients['one-stop']) ledger.coverEssentialServices();
  const executor = new ActionExecutor(
    clients,
    pools,
    ledger,
    plan.provinceCode,
    env.urls.vneid,
    facilities,
    env.urls['one-stop'],
  );
  const outcomes: ActionOutcome[] = [];
  const settler = new LinkedRunSettler(clients['one-stop'], () => executor.linkedRuns);
  const clock = env.clock;
  await clock?.pause();
  const total = plan.actions.length;
  let done = 0;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const waves =
    concurrency > 1
      ? planWaves(plan.actions)
      : plan.actions.map((action, index) => ({ at: action.at, indexes: [index] }));
  for (const wave of waves) {
    const at = new Date(wave.at);
    if (clock && at > clock.now()) {
      await settler.settle();
      await clock.set(at);
    }
    const chains = wave.indexes.length > 1 ? conflictChains(plan.actions, wave) : [wave.indexes];
    const run = async (index: number): Promise<void> => {
      const action = plan.actions[index];
      outcomes[index] = {
        id: action.id,
        kind: action.kind,
        at: action.at,
        ...(await carryOut(action, at, env, executor)),
      };
      done += 1;
      options.onProgress?.({ done, total, businessTime: action.at, phase: 'actions' });
    };
    // the wave's card checks travel as lists, all at once, beside the chains
    await runChains(chains, concurrency, run, (index) => executor.sendsInLists(plan.actions[index]));
  }
  if (clock && new Date(plan.end) > clock.now()) {
    await settler.settle();
    await clock.set(new Date(plan.end));
  }
  options.onProgress?.({ done: total, total, businessTime: plan.end, phase: 'settle' });
  const linkedRuns = await followLinkedRuns(clients['one-stop'], executor);
  for (const run of linkedRuns) {
    // a completed run is the row's on-time (within the legal limit) or overdue dossier
    if (run.status === 'completed')
      ledger.dossierCompleted(run.procedure === 'birth' ? 'da06-15' : 'da06-16', run.withinLimit !== false);
    // the death ends the benefit when the register records it, even if the run fails at a later step
    if (run.deathRecorded && run.endsBenefit) ledger.benefitEnded(run.endsBenefit);
  }
  // a delayed message is still on its way for up to the fault's delay
  const busDelayMs = scenario.faults?.bus?.delay?.ms ?? 0;
  await sleep(Math.max(scenario.clock?.settleMs ?? 2_000, busDelayMs + 500));
  options.onProgress?.({ done: total, total, businessTime: plan.end, phase: 'report' });
  const figures = ledger.figures();
  const { fetched, comparison } = await settledReport(
    () => fetchReport(clients.metrics, plan.provinceCode, period, Number(scenario.period.from.slice(8, 10))),
    figures,
    { timeoutMs: env.settleTimeoutMs ?? 0, quietMs: busDelayMs + 1_000 },
  );
  const failedActions =
    outcomes.filter((o) => o.status === 'failed').length +
    linkedRuns.filter((run) => (run.status === 'failed') !== run.expectFailure).length;
  // passed: the report equals the ledger and every action ended as planned (so the ledger is the plan's)
  const verdict: Verdict = comparison
    ? comparison.passed && failedActions === 0
      ? 'passed'
      : 'failed'
    : 'unverified';
  const summary = comparison
    ? `${comparison.equal} of ${comparison.checks.length} figures equal the report` +
      (comparison.passed ? '' : ` (${comparison.differs} differ, ${comparison.missing} missing)`)
    : `not compared: ${fetched.error}`;
  const notes = opening ? [opening] : [];
  // a report that did not catch up: say which partitions were still being counted
  const lag = comparison && !comparison.passed ? await consumerLagNote(clients.metrics) : undefined;
  if (lag) notes.push(lag);
  return {
    scenario: scenario.name,
    period,
    provinceCode: plan.provinceCode,
    verdict,
    summary: [
      summary,
      ...notes,
      ...(failedActions > 0 ? [`${failedActions} actions did not end as planned`] : []),
    ].join('; '),
    outcomes,
    linkedRuns,
    ledger: figures,
    planned: expectedFigures(scenario, plan, {
      seeded: env.seeded,
      benefitEndedByDeath: (subject) => executor.benefitEndedByDeath(subject),
    }),
    comparison,
    report: fetched.report,
    reportError: fetched.error,
    servicesMissing: missing,
    seconds: (performance.now() - started) / 1_000,
  };
}

async function carryOut(
  action: PlannedAction,
  at: Date,
  env: RunEnvironment,
  executor: ActionExecutor,
): Promise<Pick<ActionOutcome, 'status' | 'detail'>> {
  const lever = async (fn: (() => Promise<void>) | undefined, what: string) => {
    if (!fn) return { status: 'skipped' as const, detail: `${what} is not possible on this infrastructure` };
    await fn();
    return { status: 'ok' as const };
  };
  switch (action.kind) {
    case 'service.kill':
    case 'outage.start':
      return lever(env.kill && (() => env.kill!(action.service)), `stopping ${action.service}`);
    case 'service.restart':
    case 'outage.end':
      return lever(env.restart && (() => env.restart!(action.service)), `restarting ${action.service}`);
    case 'broker.restart':
      return lever(env.restartBroker && (() => env.restartBroker!()), 'a broker restart');
    default:
      try {
        return await executor.execute(action, at);
      } catch (error) {
        if (error instanceof ServiceUnavailableError) return { status: 'failed', detail: error.message };
        return {
          status: 'failed',
          detail: `${serviceOf(action)}: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
  }
}

async function facilityCodes(bhyt: ServiceClient | undefined, provinceCode: string): Promise<string[]> {
  if (!bhyt) return [];
  const result = await bhyt.call<{ facilities?: { facilityCode: string; acceptsIdCard: boolean }[] }>(
    'GET',
    `/v1/facilities?provinceCode=${provinceCode}`,
  );
  return (result.body?.facilities ?? []).filter((f) => f.acceptsIdCard).map((f) => f.facilityCode);
}

/** Waits (real time, bounded) for each linked run to end, for the JUnit case of each. */
async function followLinkedRuns(
  oneStop: ServiceClient | undefined,
  executor: ActionExecutor,
): Promise<LinkedRunResult[]> {
  if (!oneStop) return [];
  const results: LinkedRunResult[] = [];
  for (const run of executor.linkedRuns) {
    let view: LinkedRunView = {};
    for (let attempt = 0; attempt < 100; attempt += 1) {
      view = await linkedRunView(oneStop, run.runId);
      if (view.status && view.status !== 'running') break;
      await sleep(100);
    }
    results.push({
      ...run,
      status: view.status ?? 'unknown',
      reason: view.reason,
      withinLimit: view.withinLimit,
      ...(run.procedure === 'death' ? { deathRecorded: deathRecorded(view) } : {}),
    });
  }
  return results;
}

/**
 * Hands the scenario's opening balances to metrics (its paths name the cumulative figure without `.cumulative`),
 * replacing the province's. Returns a note when metrics refuses them.
 */
async function setOpeningBalances(
  metrics: ServiceClient | undefined,
  provinceCode: string,
  balances: Readonly<Record<string, number>> | undefined,
): Promise<string | undefined> {
  if (!metrics || !balances || Object.keys(balances).length === 0) return undefined;
  const figures = Object.fromEntries(
    Object.entries(balances).map(([path, value]) => [path.replace(/\.cumulative$/, ''), value]),
  );
  const result = await metrics.call<{ detail?: string }>('PUT', '/v1/opening-balances', {
    body: { province: provinceCode, figures, replace: true },
  });
  return result.status < 300
    ? undefined
    : `opening balances refused by metrics (HTTP ${result.status} ${result.body?.detail ?? ''})`;
}

async function fetchReport(
  metrics: ServiceClient | undefined,
  provinceCode: string,
  period: string,
  startDay: number,
): Promise<{ report?: unknown; error?: string }> {
  if (!metrics) return { error: 'the metrics service is not running' };
  const province = String(Number(provinceCode));
  const result = await metrics.call(
    'GET',
    `/v1/reports?province=${province}&period=${period}&startDay=${startDay}`,
  );
  if (result.status === 200) return { report: result.body };
  return { error: `the metrics service has no report yet (GET /v1/reports answered ${result.status})` };
}
