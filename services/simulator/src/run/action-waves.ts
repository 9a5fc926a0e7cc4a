import type { PlannedAction } from '../plan/plan.types';

/**
 * Actions that change the environment or act on a whole registry: each runs alone, at its own instant, after
 * everything planned before it has finished.
 */
const ALONE: ReadonlySet<PlannedAction['kind']> = new Set([
  'service.kill',
  'service.restart',
  'outage.start',
  'outage.end',
  'broker.restart',
  'bhyt.participant-sync',
  'ssa.review',
  'ssa.disburse',
  'verification.batch',
]);

/**
 * The most actions a wave holds: a full quarter hour of a 1:1 month (~900 actions) in one wave, its card checks,
 * dossiers and actions in lists of up to 500, instead of several waves each waiting for its slowest chain.
 */
export const WAVE_MAX_ACTIONS = 1_000;

/** Consecutive plan actions carried out together, the business clock standing at `at` (the earliest of them). */
export interface Wave {
  readonly at: string;
  /** Indexes into the plan's actions, in plan order. */
  readonly indexes: readonly number[];
}

/** The business time a wave may span: a quarter of an hour, aligned to the hour (Vietnam is UTC+7, whole hours). */
export const WAVE_WINDOW_MS = 15 * 60_000;

/**
 * Cuts the plan into waves the runner may carry out concurrently: the actions of one aligned window of business
 * time, none of them a lone action, at most `maxSize`. Why a quarter of an hour is safe: the planner places every
 * action of a working day between 08:00 and 14:59:59 (in-progress dossiers after 16:00), so moving an action back
 * to its window's earliest action keeps its day and its side of the 15:00 reception cut-off, hence its deadline;
 * a level-1 activation comes at least 30 minutes after its approval is due; and actions on the same dossier,
 * applicant or subject within a wave run one after another in plan order (`conflictChains`).
 */
export function planWaves(
  actions: readonly PlannedAction[],
  maxSize = WAVE_MAX_ACTIONS,
  windowMs = WAVE_WINDOW_MS,
): Wave[] {
  const waves: Wave[] = [];
  let current: { at: string; window: number; indexes: number[] } | undefined;
  actions.forEach((action, index) => {
    const window = Math.floor(Date.parse(action.at) / windowMs);
    const alone = ALONE.has(action.kind);
    if (
      current &&
      !alone &&
      current.window === window &&
      current.indexes.length < maxSize &&
      !ALONE.has(actions[current.indexes[0]].kind)
    ) {
      current.indexes.push(index);
      return;
    }
    if (current) waves.push({ at: current.at, indexes: current.indexes });
    current = { at: action.at, window, indexes: [index] };
  });
  if (current) waves.push({ at: current.at, indexes: current.indexes });
  return waves;
}

/**
 * What an action must not do at the same time as another action naming the same key: act on the same dossier,
 * log in as the same online applicant, or act for the same subject.
 */
export function conflictKeys(action: PlannedAction): string[] {
  switch (action.kind) {
    case 'dossier.submit':
      return [action.id, ...(action.channel === 'online' ? [`applicant:${action.applicant}`] : [])];
    case 'dossier.process':
    case 'dossier.complete':
      return [action.dossier];
    case 'linked.submit':
      return [
        `${action.procedure}:${action.subject}`,
        ...(action.channel === 'online' ? [`applicant:${action.applicant}`] : []),
      ];
    // a level-2 account is an online applicant's (eid:2:N is applicant N): opened before it logs in
    case 'eid.apply':
      return [action.id, ...(action.level === 2 ? [`applicant:${action.subject}`] : [])];
    case 'eid.activate':
      return [
        action.application,
        ...(action.level === 2 ? [`applicant:${action.application.split(':')[2]}`] : []),
      ];
    case 'ssa.account':
      return [`ssa:${action.group}:${action.subject}`];
    case 'bhyt.lookup':
      return [];
    default:
      return [action.id];
  }
}

/**
 * The wave's actions as chains: actions sharing a conflict key (directly or through others) form one chain, kept
 * in plan order; chains are independent of each other.
 */
export function conflictChains(actions: readonly PlannedAction[], wave: Wave): number[][] {
  const parent = new Map<number, number>();
  const find = (i: number): number => {
    let root = i;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(i, root);
    return root;
  };
  const owner = new Map<string, number>();
  for (const index of wave.indexes) {
    parent.set(index, index);
    for (const key of conflictKeys(actions[index])) {
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, index);
      else parent.set(find(index), find(seen));
    }
  }
  const chains = new Map<number, number[]>();
  for (const index of wave.indexes) {
    const root = find(index);
    const chain = chains.get(root) ?? [];
    chain.push(index);
    chains.set(root, chain);
  }
  return [...chains.values()];
}

/**
 * Runs the chains with at most `concurrency` in flight, each chain's actions one after another. The one-action
 * chains `alongside` selects (actions the executor sends in lists) all start at once beside them, holding no slot.
 */
export async function runChains(
  all: readonly (readonly number[])[],
  concurrency: number,
  run: (index: number) => Promise<void>,
  alongside: (index: number) => boolean = () => false,
): Promise<void> {
  const apart = (chain: readonly number[]) => chain.length === 1 && alongside(chain[0]);
  const chains = all.filter((chain) => !apart(chain));
  const listed = all.filter(apart).map(([index]) => run(index));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chains.length) {
      const chain = chains[next++];
      for (const index of chain) await run(index);
    }
  };
  await Promise.all([
    ...listed,
    ...Array.from({ length: Math.max(1, Math.min(concurrency, chains.length)) }, worker),
  ]);
}
