import type { Ledger } from '../ledger/ledger';
import type { PlannedAction } from '../plan/plan.types';
import type { ServiceName } from '../scenario/scenario.types';
import { lookupCard } from './actions/bhyt-actions';
import { DossierActions, OFFICER, type DossierLists, type LinkedRunRef } from './actions/dossier-actions';
import { EidActions } from './actions/eid-actions';
import { SsaActions } from './actions/ssa-actions';
import { skipped, type StepOutcome } from './actions/step-outcome';
import { CallLists } from './call-lists';
import { CARD_CHECKS_PATH, CardCheckBatcher } from './card-check-batcher';
import type { ServiceClient } from './service-client';
import type { SubjectPools } from './subject-pools';

export type { LinkedRunRef } from './actions/dossier-actions';

export interface ActionOutcome extends StepOutcome {
  readonly id: string;
  readonly kind: PlannedAction['kind'];
  readonly at: string;
}

/**
 * Carries out one planned action against the services and writes its actual outcome into the ledger; each
 * sector's actions live in `actions/` (VNeID, BHYT, social security, one-stop dossiers and linked procedures).
 */
export class ActionExecutor {
  private readonly eid: EidActions;
  private readonly ssa: SsaActions;
  private readonly dossiers: DossierActions;
  /** Card checks go to BHYT in lists, unless the scenario's faults act on single card-check calls. */
  private readonly cardChecks?: CardCheckBatcher;
  /** Ordinary dossiers and officers' actions go to one-stop in lists, unless the scenario's faults act on them. */
  private readonly dossierLists?: DossierLists;

  constructor(
    private readonly clients: Readonly<Partial<Record<ServiceName, ServiceClient>>>,
    private readonly pools: SubjectPools,
    private readonly ledger: Ledger,
    provinceCode: string,
    vneidIssuer: string | undefined,
    private readonly facilities: readonly string[],
    oneStopUrl = 'http://127.0.0.1:3003',
  ) {
    const bhyt = clients.bhyt;
    if (bhyt && !bhyt.hasFaultsOn('POST', CARD_CHECKS_PATH)) this.cardChecks = new CardCheckBatcher(bhyt);
    this.dossierLists = clients['one-stop'] && dossierLists(clients['one-stop']);
    this.eid = new EidActions(pools, ledger, provinceCode);
    this.ssa = new SsaActions(pools, ledger, provinceCode);
    this.dossiers = new DossierActions({
      pools,
      ledger,
      provinceCode,
      vneidIssuer,
      oneStopUrl,
      claimantWithAccount: (subject) => this.ssa.claimantWithAccount(clients['social-security'], subject),
      lists: this.dossierLists,
    });
  }

  /** The linked runs submitted so far, to follow to their end. */
  get linkedRuns(): readonly LinkedRunRef[] {
    return this.dossiers.linkedRuns;
  }

  /** Whether the action goes to its service in a list with others (unless faults act on its single calls). */
  sendsInLists(action: PlannedAction): boolean {
    switch (action.kind) {
      case 'bhyt.lookup':
        return this.cardChecks !== undefined;
      case 'dossier.submit':
      case 'dossier.process':
      case 'dossier.complete':
        return this.dossierLists !== undefined;
      default:
        return false;
    }
  }

  async execute(action: PlannedAction, now: Date): Promise<StepOutcome> {
    const client = this.clients[serviceOf(action)];
    if (!client) return skipped(`${serviceOf(action)} is not running`);
    switch (action.kind) {
      case 'eid.apply':
        return this.eid.apply(client, action.id, action.level, action.subject, now);
      case 'eid.activate':
        return this.eid.activate(client, action.application, now);
      case 'bhyt.lookup':
        return lookupCard(
          client,
          { pools: this.pools, ledger: this.ledger, facilities: this.facilities, batcher: this.cardChecks },
          action,
          now,
        );
      case 'ssa.account':
        return this.ssa.linkAccount(client, action.group, action.subject, now);
      case 'ssa.disburse':
        return this.ssa.disburse(client, action.cycle, now);
      case 'dossier.submit':
        return this.dossiers.submit(client, action, now);
      case 'dossier.process':
      case 'dossier.complete':
        return this.dossiers.act(
          client,
          action.dossier,
          action.kind === 'dossier.process' ? 'process' : 'complete',
          now,
        );
      case 'linked.submit':
        return this.dossiers.submitLinked(client, action, now);
      default:
        return skipped(`${action.kind} is not carried out by this runner yet`);
    }
  }

  /** The benefit group of a death's subject (every one of them is a beneficiary): the benefit the death ends. */
  benefitEndedByDeath(subject: number): 'socialAssistance' | 'meritorious' | undefined {
    return this.dossiers.benefitEndedByDeath(subject);
  }
}

/** One-stop's lists (at most 500 items each, its DOSSIER_LIST_MAX), when no HTTP fault acts on dossier calls. */
function dossierLists(client: ServiceClient): DossierLists | undefined {
  if (['/v1/dossiers', '/v1/dossiers/{code}/actions'].some((path) => client.hasFaultsOn('POST', path)))
    return undefined;
  return {
    submissions: new CallLists(client, {
      path: '/v1/dossiers/batch',
      field: 'dossiers',
      max: 500,
      headers: OFFICER,
    }),
    actions: new CallLists(client, {
      path: '/v1/dossiers/actions/batch',
      field: 'actions',
      max: 500,
      headers: OFFICER,
    }),
  };
}

export function serviceOf(action: PlannedAction): ServiceName {
  if (action.kind.startsWith('eid.')) return 'vneid';
  if (action.kind.startsWith('bhyt.')) return 'bhyt';
  if (action.kind.startsWith('ssa.')) return 'social-security';
  if (action.kind.startsWith('dossier.') || action.kind === 'linked.submit') return 'one-stop';
  return 'population';
}
