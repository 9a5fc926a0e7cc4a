import { setTimeout as sleep } from 'node:timers/promises';
import { compareFigures, type Comparison } from '../compare/compare-figures';
import type { Figures } from '../ledger/ledger';

/**
 * The report compared with the ledger. Where the environment allows time to catch up (processes restarting,
 * consumer groups rebalancing after a kill), a report that differs is fetched again until it equals the ledger or
 * the time is up; an equal one is fetched once more after a quiet spell and must still be equal, so a figure that
 * only passes through the ledger's value on its way elsewhere (a late duplicate) still fails the run.
 */
export async function settledReport(
  fetch: () => Promise<{ report?: unknown; error?: string }>,
  figures: Figures,
  settle: { timeoutMs: number; quietMs: number },
): Promise<{ fetched: { report?: unknown; error?: string }; comparison?: Comparison }> {
  const deadline = Date.now() + settle.timeoutMs;
  for (;;) {
    const fetched = await fetch();
    const comparison = fetched.report === undefined ? undefined : compareFigures(figures, fetched.report);
    if (settle.timeoutMs <= 0) return { fetched, comparison };
    if (comparison?.passed) {
      await sleep(settle.quietMs);
      const again = await fetch();
      return {
        fetched: again,
        comparison: again.report === undefined ? undefined : compareFigures(figures, again.report),
      };
    }
    if (Date.now() >= deadline) return { fetched, comparison };
    await sleep(1_000);
  }
}
