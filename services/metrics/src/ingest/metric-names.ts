/**
 * Names of the daily counters (`metric_daily.metric`). A name with `:` carries a dimension (service key, group,
 * level, sector, exchange service). Each counter comes from exactly one event type (see METRIC_SOURCES), which is
 * what the report's trace shows.
 */
/** A name made once per distinct argument (types, service keys, groups: small sets seen on every event). */
function memo<A extends string | number>(name: (arg: A) => string): (arg: A) => string {
  const made = new Map<A, string>();
  return (arg) => {
    let text = made.get(arg);
    if (text === undefined) {
      text = name(arg);
      if (made.size < 10_000) made.set(arg, text);
    }
    return text;
  };
}

export const M = {
  event: memo((type: string) => `ev:${type}`),
  citizenRegistered: 'citizen.registered',
  citizenDeceased: 'citizen.deceased',
  idcardApplied: 'idcard.applied',
  idcardAppliedOnline: 'idcard.applied.online',
  idcardIssued: 'idcard.issued',
  residenceRegistered: (kind: string) => `residence.registered:${kind}`,
  residenceRemoved: (reason: string) => `residence.removed:${reason}`,
  absenceDeclared: 'residence.absence-declared',
  recordVerified: (sector: string) => `record.verified:${sector}`,
  recordMatched: (sector: string) => `record.verified.match:${sector}`,
  dossierReceived: memo((service: string) => `dossier.received:${service}`),
  dossierOnline: memo((service: string) => `dossier.received.online:${service}`),
  dossierOnTime: memo((service: string) => `dossier.completed.on-time:${service}`),
  dossierOverdue: memo((service: string) => `dossier.completed.overdue:${service}`),
  dossierRejected: memo((service: string) => `dossier.rejected:${service}`),
  dossierWithdrawn: memo((service: string) => `dossier.withdrawn:${service}`),
  portalSynced: memo((service: string) => `dossier.portal-synced:${service}`),
  portalSyncFailed: memo((service: string) => `dossier.portal-sync-failed:${service}`),
  linkedStarted: memo((procedure: string) => `linked.started:${procedure}`),
  linkedCompleted: memo((procedure: string) => `linked.completed:${procedure}`),
  linkedWithinLimit: memo((procedure: string) => `linked.completed.within-limit:${procedure}`),
  linkedFailed: memo((procedure: string) => `linked.failed:${procedure}`),
  bhytLookup: 'bhyt.lookup',
  bhytLookupSucceeded: 'bhyt.lookup.succeeded',
  bhytLookupRefused: 'bhyt.lookup.refused',
  bhytClaim: 'bhyt.claim',
  bhytClaimAmount: 'bhyt.claim.amount-vnd',
  bhytSynced: 'bhyt.participant.synced',
  bhytSyncedValid: 'bhyt.participant.synced.valid',
  bhytCardIssued: (reason: string) => `bhyt.card.issued:${reason}`,
  bhytCardReduced: 'bhyt.card.reduced',
  bhytRenewed: 'bhyt.household.renewed',
  bhytRenewalFailed: 'bhyt.household.renewal-failed',
  ssaEnrolled: (group: string) => `ssa.enrolled:${group}`,
  ssaEnded: (group: string) => `ssa.ended:${group}`,
  ssaReviewed: (group: string) => `ssa.reviewed:${group}`,
  ssaReviewedMatch: (group: string) => `ssa.reviewed.match:${group}`,
  ssaAccountLinked: (group: string) => `ssa.account.linked.first:${group}`,
  ssaPaid: (group: string) => `ssa.payment.succeeded:${group}`,
  ssaPaidAmount: (group: string) => `ssa.payment.succeeded.amount-vnd:${group}`,
  ssaRejected: (group: string) => `ssa.payment.rejected:${group}`,
  ssaReversed: (group: string) => `ssa.payment.reversed:${group}`,
  ssaReversedAmount: (group: string) => `ssa.payment.reversed.amount-vnd:${group}`,
  ssaFuneralPaid: 'ssa.funeral.paid',
  ssaFuneralAmount: 'ssa.funeral.amount-vnd',
  eidRequested: (level: number) => `eid.requested:${level}`,
  eidApproved: (level: number) => `eid.approved:${level}`,
  eidActivated: (level: number) => `eid.activated:${level}`,
  eidUpgraded: 'eid.upgraded',
  eidRevoked: (previous: string) => `eid.revoked:${previous}`,
  eidLoginSucceeded: 'eid.login.succeeded',
  eidLoginFailed: 'eid.login.failed',
  exchangeCalls: (service: string) => `xc.calls:${service}`,
  exchangeSucceeded: (service: string) => `xc.succeeded:${service}`,
  exchangeCacheHits: (service: string) => `xc.cache-hits:${service}`,
  exchangeCost: (service: string) => `xc.cost-vnd:${service}`,
  exchangeDurationMicros: (service: string) => `xc.duration-us:${service}`,
  exchangeLatency: (bucketMicros: number, service: string) => `xc.lat:${bucketMicros}:${service}`,
} as const;

/** Province of records that belong to no province (e.g. a national gateway's calls from a ministry). */
export const NATIONAL = '000';

/** The event type each counter comes from (by the counter's name before any `:`), for the report's trace. */
export const METRIC_SOURCES: Readonly<Record<string, string>> = {
  'citizen.registered': 'vn.d06.population.citizen.registered.v1',
  'citizen.deceased': 'vn.d06.population.citizen.deceased.v1',
  'idcard.applied': 'vn.d06.population.idcard.applied.v1',
  'idcard.applied.online': 'vn.d06.population.idcard.applied.v1',
  'idcard.issued': 'vn.d06.population.idcard.issued.v1',
  'residence.registered': 'vn.d06.population.residence.registered.v1',
  'residence.removed': 'vn.d06.population.residence.removed.v1',
  'residence.absence-declared': 'vn.d06.population.residence.absence-declared.v1',
  'record.verified': 'vn.d06.population.record.verified.v1',
  'record.verified.match': 'vn.d06.population.record.verified.v1',
  'dossier.received': 'vn.d06.onestop.dossier.received.v1',
  'dossier.received.online': 'vn.d06.onestop.dossier.received.v1',
  'dossier.completed.on-time': 'vn.d06.onestop.dossier.completed.v1',
  'dossier.completed.overdue': 'vn.d06.onestop.dossier.completed.v1',
  'dossier.rejected': 'vn.d06.onestop.dossier.rejected.v1',
  'dossier.withdrawn': 'vn.d06.onestop.dossier.withdrawn.v1',
  'dossier.portal-synced': 'vn.d06.onestop.dossier.portal-synced.v1',
  'dossier.portal-sync-failed': 'vn.d06.onestop.dossier.portal-synced.v1',
  'linked.started': 'vn.d06.onestop.linked.run.started.v1',
  'linked.completed': 'vn.d06.onestop.linked.run.completed.v1',
  'linked.completed.within-limit': 'vn.d06.onestop.linked.run.completed.v1',
  'linked.failed': 'vn.d06.onestop.linked.run.failed.v1',
  'bhyt.lookup': 'vn.d06.bhyt.lookup.performed.v1',
  'bhyt.lookup.succeeded': 'vn.d06.bhyt.lookup.performed.v1',
  'bhyt.lookup.refused': 'vn.d06.bhyt.lookup.performed.v1',
  'bhyt.claim': 'vn.d06.bhyt.claim.submitted.v1',
  'bhyt.claim.amount-vnd': 'vn.d06.bhyt.claim.submitted.v1',
  'bhyt.participant.synced': 'vn.d06.bhyt.participant.synced.v1',
  'bhyt.participant.synced.valid': 'vn.d06.bhyt.participant.synced.v1',
  'bhyt.card.issued': 'vn.d06.bhyt.card.issued.v1',
  'bhyt.card.reduced': 'vn.d06.bhyt.card.reduced.v1',
  'bhyt.household.renewed': 'vn.d06.bhyt.household.renewed.v1',
  'bhyt.household.renewal-failed': 'vn.d06.bhyt.household.renewal-failed.v1',
  'ssa.enrolled': 'vn.d06.ssa.beneficiary.enrolled.v1',
  'ssa.ended': 'vn.d06.ssa.beneficiary.ended.v1',
  'ssa.reviewed': 'vn.d06.ssa.beneficiary.reviewed.v1',
  'ssa.reviewed.match': 'vn.d06.ssa.beneficiary.reviewed.v1',
  'ssa.account.linked.first': 'vn.d06.ssa.account.linked.v1',
  'ssa.payment.succeeded': 'vn.d06.ssa.payment.succeeded.v1',
  'ssa.payment.succeeded.amount-vnd': 'vn.d06.ssa.payment.succeeded.v1',
  'ssa.payment.rejected': 'vn.d06.ssa.payment.rejected.v1',
  'ssa.payment.reversed': 'vn.d06.ssa.payment.reversed.v1',
  'ssa.payment.reversed.amount-vnd': 'vn.d06.ssa.payment.reversed.v1',
  'ssa.funeral.paid': 'vn.d06.ssa.funeral-allowance.paid.v1',
  'ssa.funeral.amount-vnd': 'vn.d06.ssa.funeral-allowance.paid.v1',
  'eid.requested': 'vn.d06.vneid.eid.account.requested.v1',
  'eid.approved': 'vn.d06.vneid.eid.account.approved.v1',
  'eid.activated': 'vn.d06.vneid.eid.account.activated.v1',
  'eid.upgraded': 'vn.d06.vneid.eid.account.upgraded.v1',
  'eid.revoked': 'vn.d06.vneid.eid.account.revoked.v1',
  'eid.login.succeeded': 'vn.d06.vneid.eid.login.succeeded.v1',
  'eid.login.failed': 'vn.d06.vneid.eid.login.failed.v1',
  'xc.calls': 'vn.d06.exchange.call.completed.v1',
  'xc.succeeded': 'vn.d06.exchange.call.completed.v1',
  'xc.cache-hits': 'vn.d06.exchange.call.completed.v1',
  'xc.cost-vnd': 'vn.d06.exchange.call.completed.v1',
  'xc.duration-us': 'vn.d06.exchange.call.completed.v1',
  'xc.lat': 'vn.d06.exchange.call.completed.v1',
};

export function sourceOfMetric(metric: string): string | undefined {
  if (metric.startsWith('ev:')) return metric.slice(3);
  const colon = metric.indexOf(':');
  return METRIC_SOURCES[colon < 0 ? metric : metric.slice(0, colon)];
}
