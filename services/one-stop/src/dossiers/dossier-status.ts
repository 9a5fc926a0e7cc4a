/**
 * The dossier's status machine: received → processing → (supplement-requested → processing) → completed |
 * rejected | withdrawn. Pure, so the rules are tested without I/O.
 */
export const DOSSIER_STATUSES = [
  'received',
  'processing',
  'supplement-requested',
  'completed',
  'rejected',
  'withdrawn',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIER_ACTIONS = [
  'process',
  'request-supplement',
  'supplement',
  'complete',
  'reject',
  'withdraw',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

const OPEN: readonly DossierStatus[] = ['received', 'processing', 'supplement-requested'];

/** From which statuses each action may be taken, and where it leads. */
const TRANSITIONS: Readonly<Record<DossierAction, { from: readonly DossierStatus[]; to: DossierStatus }>> = {
  process: { from: ['received'], to: 'processing' },
  'request-supplement': { from: ['received', 'processing'], to: 'supplement-requested' },
  supplement: { from: ['supplement-requested'], to: 'processing' },
  complete: { from: ['processing'], to: 'completed' },
  reject: { from: OPEN, to: 'rejected' },
  withdraw: { from: OPEN, to: 'withdrawn' },
};

/** Actions whose event must say why. */
export const ACTIONS_NEEDING_REASON: ReadonlySet<DossierAction> = new Set(['request-supplement', 'reject']);

export type Transition =
  { ok: true; to: DossierStatus } | { ok: false; allowedFrom: readonly DossierStatus[] };

export function transition(from: DossierStatus, action: DossierAction): Transition {
  const rule = TRANSITIONS[action];
  return rule.from.includes(from) ? { ok: true, to: rule.to } : { ok: false, allowedFrom: rule.from };
}

export function isTerminal(status: DossierStatus): boolean {
  return !OPEN.includes(status);
}

/** The actions possible from a status (shown with the dossier). */
export function actionsFrom(status: DossierStatus): DossierAction[] {
  return DOSSIER_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}
