import { dueDate, serviceByKey } from '@d06/domain';
import { expectedFigures } from '../ledger/expected-ledger';
import { parseScenario } from '../scenario/load-scenario';
import { planScenario } from './plan-scenario';

const scenario = parseScenario(`
name: plan-test
province: "38"
period: { from: "2023-08-15", to: "2023-09-14", asOf: "2023-09-15" }
population: { size: 500 }
seed: 3
essentialServices:
  da06-02: { dossiers: 37, online: 13, onTime: 30, overdue: 4 }
  da06-03: { dossiers: 101, onlineShare: 0.9964 }
healthInsurance:
  lookups: { total: 1001, successRate: 0.669 }
eid:
  level1: { applications: 9, activationShare: 0.5 }
  level2: { applications: 4, activations: 4 }
openingBalances:
  healthInsurance.lookups.total.cumulative: 5000
`);

describe('planScenario', () => {
  const plan = planScenario(scenario);
  const figures = expectedFigures(scenario, plan);

  it('produces exactly the counts and shares asked for', () => {
    expect(figures['essentialServices.decision06[da06-02].total']).toBe(37);
    expect(figures['essentialServices.decision06[da06-02].online']).toBe(13);
    expect(figures['essentialServices.decision06[da06-02].onTime']).toBe(30);
    expect(figures['essentialServices.decision06[da06-02].overdue']).toBe(4);
    expect(figures['essentialServices.decision06[da06-03].online']).toBe(Math.round(101 * 0.9964));
    expect(figures['healthInsurance.lookups.succeeded.change']).toBe(Math.round(1001 * 0.669));
    expect(figures['healthInsurance.lookups.total.cumulative']).toBe(6001);
    expect(figures['digitalCitizen.eidApplications.cumulative']).toBe(13);
    expect(figures['digitalCitizen.eidActivated.cumulative']).toBe(4 + Math.round(9 * 0.5));
    // every catalogue row is counted once dossiers are in the run, untouched ones at zero
    expect(figures['essentialServices.decision06[da06-25].total']).toBe(0);
  });

  it('is deterministic for a scenario', () => {
    expect(planScenario(scenario)).toEqual(plan);
  });

  it('orders actions by business time within the period', () => {
    const times = plan.actions.map((action) => action.at);
    expect([...times].sort()).toEqual(times);
    expect(times[0] >= plan.start && times[times.length - 1] <= plan.end).toBe(true);
  });

  it('completes on-time dossiers by their due date and overdue ones after it', () => {
    const days = serviceByKey('da06-02')!.processingDays;
    const submits = new Map(plan.actions.filter((a) => a.kind === 'dossier.submit').map((a) => [a.id, a]));
    let late = 0;
    for (const action of plan.actions) {
      if (action.kind !== 'dossier.complete') continue;
      const submit = submits.get(action.dossier)!;
      if (submit.kind !== 'dossier.submit' || submit.serviceKey !== 'da06-02') continue;
      const onTime = new Date(action.at) <= dueDate(new Date(submit.at), days);
      expect(onTime).toBe(submit.outcome === 'on-time');
      if (!onTime) late += 1;
    }
    expect(late).toBe(4);
  });

  it('activates a level-1 account only after the approval delay', () => {
    const applied = new Map(plan.actions.filter((a) => a.kind === 'eid.apply').map((a) => [a.id, a.at]));
    for (const action of plan.actions) {
      if (action.kind !== 'eid.activate' || action.level !== 1) continue;
      expect(Date.parse(action.at) - Date.parse(applied.get(action.application)!)).toBeGreaterThan(
        24 * 3_600_000,
      );
    }
  });

  it('refuses online dossiers without level-2 applicants', () => {
    const noApplicants = { ...scenario, eid: undefined };
    expect(() => planScenario(noApplicants)).toThrow(/online dossiers need applicants/);
  });
});
