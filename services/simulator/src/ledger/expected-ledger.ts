import type { Plan } from '../plan/plan.types';
import type { Scenario } from '../scenario/scenario.types';
import { Ledger, type Figures } from './ledger';

/** What the run knows beyond the plan: the seeds' figures and whose benefit each death ends. */
export interface RunFacts {
  readonly seeded?: Readonly<Record<string, number>>;
  readonly benefitEndedByDeath?: (subject: number) => 'socialAssistance' | 'meritorious' | undefined;
}

/** The figures the plan causes if every action ends as planned: what a run must reproduce. */
export function expectedLedger(scenario: Scenario, plan: Plan, facts: RunFacts = {}): Ledger {
  const ledger = new Ledger(scenario.openingBalances, facts.seeded);
  const submitted = new Map<string, { serviceKey: string; onTime: boolean }>();
  if (plan.actions.some((a) => a.kind === 'dossier.submit' || a.kind === 'linked.submit')) {
    ledger.coverEssentialServices();
  }
  for (const action of plan.actions) {
    switch (action.kind) {
      case 'dossier.submit':
        ledger.dossierReceived(action.serviceKey, action.channel === 'online');
        submitted.set(action.id, { serviceKey: action.serviceKey, onTime: action.outcome === 'on-time' });
        break;
      case 'dossier.complete': {
        const dossier = submitted.get(action.dossier)!;
        ledger.dossierCompleted(dossier.serviceKey, dossier.onTime);
        break;
      }
      case 'linked.submit':
        ledger.dossierReceived(
          action.procedure === 'birth' ? 'da06-15' : 'da06-16',
          action.channel === 'online',
        );
        // a run that completes does so within the legal limit; a completed death ends the deceased's benefit
        if (!action.expectFailure) {
          ledger.dossierCompleted(action.procedure === 'birth' ? 'da06-15' : 'da06-16', true);
          const ended =
            action.procedure === 'death' ? facts.benefitEndedByDeath?.(action.subject) : undefined;
          if (ended) ledger.benefitEnded(ended);
        }
        break;
      case 'bhyt.lookup':
        ledger.lookup(action.success);
        break;
      case 'eid.apply':
        ledger.eidApplied();
        break;
      case 'eid.activate':
        ledger.eidActivated();
        break;
      case 'ssa.account':
        ledger.accountLinked(action.group);
        break;
      default:
        break;
    }
  }
  return ledger;
}

export function expectedFigures(scenario: Scenario, plan: Plan, facts: RunFacts = {}): Figures {
  return expectedLedger(scenario, plan, facts).figures();
}
