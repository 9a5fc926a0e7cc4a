import type { ServiceName } from '../scenario/scenario.types';

/** How a dossier is meant to end as of the report's as-of date. */
export type DossierOutcome = 'on-time' | 'overdue' | 'in-progress';

interface ActionBase {
  /** Business time (ISO, UTC) at which the action happens. */
  readonly at: string;
  /** Stable id within the plan (`dossier:da06-02:17`); later actions refer to it. */
  readonly id: string;
}

export type PlannedAction =
  | (ActionBase & {
      readonly kind: 'dossier.submit';
      readonly serviceKey: string;
      readonly channel: 'online' | 'counter';
      /** Index into the applicant pool (online: the VNeID accounts opened for the purpose). */
      readonly applicant: number;
      readonly outcome: DossierOutcome;
    })
  | (ActionBase & { readonly kind: 'dossier.process' | 'dossier.complete'; readonly dossier: string })
  | (ActionBase & {
      readonly kind: 'linked.submit';
      readonly procedure: 'birth' | 'death';
      readonly channel: 'online' | 'counter';
      readonly applicant: number;
      /** Index of the subject (the child's parents' household, or the deceased). */
      readonly subject: number;
      readonly expectFailure: boolean;
    })
  | (ActionBase & {
      readonly kind: 'bhyt.lookup';
      readonly success: boolean;
      readonly subject: number;
      readonly facility: number;
    })
  | (ActionBase & { readonly kind: 'bhyt.participant-sync'; readonly limit: number })
  | (ActionBase & { readonly kind: 'eid.apply'; readonly level: 1 | 2; readonly subject: number })
  | (ActionBase & { readonly kind: 'eid.activate'; readonly application: string; readonly level: 1 | 2 })
  | (ActionBase & {
      readonly kind: 'ssa.account';
      readonly group: 'socialAssistance' | 'meritorious';
      readonly subject: number;
    })
  | (ActionBase & { readonly kind: 'ssa.review' })
  | (ActionBase & { readonly kind: 'ssa.disburse'; readonly cycle: string })
  | (ActionBase & {
      readonly kind: 'verification.batch';
      readonly sector: 'insurance' | 'tax' | 'social-security';
      readonly records: number;
    })
  | (ActionBase & { readonly kind: 'service.kill' | 'service.restart'; readonly service: ServiceName })
  | (ActionBase & { readonly kind: 'outage.start' | 'outage.end'; readonly service: ServiceName })
  | (ActionBase & { readonly kind: 'broker.restart' });

export type ActionKind = PlannedAction['kind'];

export interface Plan {
  readonly scenario: string;
  readonly seed: number;
  readonly provinceCode: string;
  readonly start: string;
  readonly end: string;
  /** Sorted by `at`, then by plan order: the order the runner executes. */
  readonly actions: readonly PlannedAction[];
  /** How many online applicants (level-2 VNeID accounts) the online dossiers use, opened first. */
  readonly onlineApplicants: number;
}
