import { loadScenarioFile, SCENARIOS_DIR } from '../scenario/load-scenario';
import { planScenario } from '../plan/plan-scenario';
import type { PlannedAction } from '../plan/plan.types';
import { conflictChains, planWaves, runChains } from './action-waves';
import { join } from 'node:path';

const lookup = (at: string, i: number): PlannedAction => ({
  kind: 'bhyt.lookup',
  id: `lookup:${i}`,
  at,
  success: true,
  subject: i,
  facility: 0,
});

describe('planWaves', () => {
  it('groups the actions of one quarter of an hour and starts a new wave at the next one', () => {
    const actions = [
      lookup('2023-09-05T01:00:05.000Z', 0),
      lookup('2023-09-05T01:14:59.000Z', 1),
      lookup('2023-09-05T01:15:00.000Z', 2),
    ];
    expect(planWaves(actions)).toEqual([
      { at: '2023-09-05T01:00:05.000Z', indexes: [0, 1] },
      { at: '2023-09-05T01:15:00.000Z', indexes: [2] },
    ]);
  });

  it('runs environment levers alone, between the waves around them', () => {
    const actions: PlannedAction[] = [
      lookup('2023-09-05T01:00:05.000Z', 0),
      { kind: 'service.kill', id: 'kill:0', at: '2023-09-05T01:00:06.000Z', service: 'bhyt' },
      lookup('2023-09-05T01:00:07.000Z', 1),
      lookup('2023-09-05T01:00:08.000Z', 2),
    ];
    expect(planWaves(actions).map((wave) => wave.indexes)).toEqual([[0], [1], [2, 3]]);
  });

  it('caps a wave at maxSize', () => {
    const actions = Array.from({ length: 5 }, (_, i) => lookup('2023-09-05T01:00:05.000Z', i));
    expect(planWaves(actions, 2).map((wave) => wave.indexes)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('keeps every action of the shipped scenarios once, in plan order, on its day and side of 15:00', () => {
    for (const file of ['demo.yaml', 'drills/drill-crash.yaml', 'drills/drill-vneid-l1-delay.yaml']) {
      const plan = planScenario(loadScenarioFile(join(SCENARIOS_DIR, file)));
      const waves = planWaves(plan.actions);
      expect(waves.flatMap((wave) => wave.indexes)).toEqual(plan.actions.map((_, i) => i));
      for (const wave of waves) {
        for (const index of wave.indexes) {
          const planned = Date.parse(plan.actions[index].at);
          const shifted = Date.parse(wave.at);
          expect(planned - shifted).toBeGreaterThanOrEqual(0);
          expect(planned - shifted).toBeLessThan(15 * 60_000);
          // the same Vietnam day, and the same side of the 15:00 reception cut-off
          const vietnam = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString();
          expect(vietnam(shifted).slice(0, 10)).toBe(vietnam(planned).slice(0, 10));
          expect(vietnam(shifted).slice(11, 13) >= '15').toBe(vietnam(planned).slice(11, 13) >= '15');
        }
      }
      // a dossier's actions in one wave are one chain, in plan order
      for (const wave of waves) {
        for (const chain of conflictChains(plan.actions, wave))
          expect(chain).toEqual([...chain].sort((a, b) => a - b));
        const chainOf = new Map<string, number>();
        conflictChains(plan.actions, wave).forEach((chain, c) =>
          chain.forEach((i) => {
            const action = plan.actions[i];
            const dossier =
              action.kind === 'dossier.submit'
                ? action.id
                : action.kind === 'dossier.process' || action.kind === 'dossier.complete'
                  ? action.dossier
                  : undefined;
            if (!dossier) return;
            expect(chainOf.get(dossier) ?? c).toBe(c);
            chainOf.set(dossier, c);
          }),
        );
      }
    }
  });
});

describe('conflictChains', () => {
  it('chains actions that share an online applicant, in plan order, and leaves the others apart', () => {
    const submit = (i: number, applicant: number, channel: 'online' | 'counter'): PlannedAction => ({
      kind: 'dossier.submit',
      id: `dossier:da06-02:${i}`,
      at: '2023-09-05T01:00:05.000Z',
      serviceKey: 'da06-02',
      channel,
      applicant,
      outcome: 'on-time',
    });
    const actions = [submit(0, 1, 'online'), submit(1, 1, 'counter'), submit(2, 1, 'online'), lookup('x', 3)];
    const chains = conflictChains(actions, { at: 'x', indexes: [0, 1, 2, 3] });
    expect(chains).toEqual([[0, 2], [1], [3]]);
  });

  it("puts an online applicant's account activation before its dossier", () => {
    const actions: PlannedAction[] = [
      { kind: 'eid.activate', id: 'eid:2:4:activate', at: 'x', application: 'eid:2:4', level: 2 },
      {
        kind: 'dossier.submit',
        id: 'dossier:da06-03:0',
        at: 'x',
        serviceKey: 'da06-03',
        channel: 'online',
        applicant: 4,
        outcome: 'on-time',
      },
      { kind: 'eid.activate', id: 'eid:1:4:activate', at: 'x', application: 'eid:1:4', level: 1 },
    ];
    expect(conflictChains(actions, { at: 'x', indexes: [0, 1, 2] })).toEqual([[0, 1], [2]]);
  });
});

describe('runChains', () => {
  it('keeps each chain in order and bounds what is in flight', async () => {
    const order: number[] = [];
    let inFlight = 0;
    let peak = 0;
    await runChains([[0, 1, 2], [3], [4], [5]], 2, async (index) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      order.push(index);
      inFlight -= 1;
    });
    expect(peak).toBe(2);
    expect(order.filter((i) => i <= 2)).toEqual([0, 1, 2]);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('starts the chains set alongside all at once, holding none of the slots', async () => {
    let inFlight = 0;
    let most = 0;
    const order: number[] = [];
    await runChains(
      [[0, 1], [2], [3], [4], [5]],
      1,
      async (index) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        order.push(index);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
      },
      (index) => index >= 3,
    );
    // 3, 4 and 5 beside the one slot's chains [0, 1] and [2], which still run one at a time
    expect(most).toBe(4);
    expect(order.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(order).toHaveLength(6);
  });
});
