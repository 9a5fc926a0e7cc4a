import { EVENT_TYPES as T, type EventDataMap } from '@d06/contracts';
import { BatchDelta } from './batch-delta';
import { latencyBucketMicros } from './latency-buckets';
import { M, NATIONAL } from './metric-names';
import { provinceCode, vietnamDay } from './vietnam-day';

/** The minimum of a CloudEvent the projection reads. */
export interface ProjectedEvent {
  readonly id: string;
  readonly type: string;
  readonly time?: string;
  readonly data?: unknown;
}

type Data<K extends keyof EventDataMap> = EventDataMap[K];
type Add = (metric: string, value?: number) => void;
interface Context {
  readonly delta: BatchDelta;
  readonly event: ProjectedEvent;
  readonly day: string;
  readonly province: string;
  readonly add: Add;
}
type Projector = (data: never, context: Context) => void;

/** Which data field holds the business time, where it is not `occurredAt`. */
const TIME_FIELD: Record<string, string> = {
  [T.CITIZEN_REGISTERED]: 'registeredAt',
  [T.CITIZEN_DECEASED]: 'recordedAt',
};

const SEEDS = new Set<string>([T.BHYT_REGISTRY_SEEDED, T.SSA_BENEFICIARIES_SEEDED]);
/** Read once (every use of `T` is a getter call under the CommonJS transform): compared for every event. */
const EXCHANGE_CALL_COMPLETED: string = T.EXCHANGE_CALL_COMPLETED;

/**
 * Adds a batch of (new, validated) events to a delta. Pure and commutative: counters are sums and state facts carry
 * their business time, so the order of delivery never changes a figure.
 */
export function projectEvents(events: Iterable<ProjectedEvent>, delta = new BatchDelta()): BatchDelta {
  for (const event of events) projectEvent(event, delta);
  return delta;
}

export function projectEvent(event: ProjectedEvent, delta: BatchDelta): void {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const day = SEEDS.has(event.type)
    ? seedDay(data)
    : vietnamDay(textOf(data[TIME_FIELD[event.type] ?? 'occurredAt'] ?? event.time));
  if (day === undefined) return;
  const province =
    event.type === EXCHANGE_CALL_COMPLETED
      ? exchangeProvince(textOf(data.client))
      : (provinceCode(data.provinceCode) ?? NATIONAL);
  const commune = typeof data.communeCode === 'string' ? data.communeCode : '';
  const add: Add = delta.cell(province, commune, day).add;
  add(M.event(event.type));
  const projector = PROJECTORS[event.type] as Projector | undefined;
  projector?.(data as never, { delta, event, day, province, add });
}

/**
 * The business day a seed is in force from: the day it was loaded on the business clock, or its reference date
 * when that is earlier. A run seeds the registries the day before its period, so the period's report carries
 * them; a registry loaded later but describing an earlier date counts from that date.
 */
function seedDay(data: { referenceDate?: unknown; occurredAt?: unknown }): string {
  const reference = String(data.referenceDate);
  const loaded = vietnamDay(textOf(data.occurredAt));
  return loaded !== undefined && loaded < reference ? loaded : reference;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The province of the calling agency (`…/000.00.00.H38/…` → 038), else the national pseudo-province. */
function exchangeProvince(client: string): string {
  const match = /\.H(\d{2})(?:\/|$)/.exec(client);
  return match ? `0${match[1]}` : NATIONAL;
}

const on = <K extends keyof EventDataMap>(
  _type: K,
  projector: (data: Data<K>, context: Context) => void,
): Projector => projector;

const PROJECTORS: Record<string, Projector> = {
  [T.CITIZEN_REGISTERED]: on(T.CITIZEN_REGISTERED, (_d, { add }) => add(M.citizenRegistered)),
  [T.CITIZEN_DECEASED]: on(T.CITIZEN_DECEASED, (_d, { add }) => add(M.citizenDeceased)),
  [T.IDCARD_APPLIED]: on(T.IDCARD_APPLIED, (d, { add }) => {
    add(M.idcardApplied);
    if (d.channel === 'online') add(M.idcardAppliedOnline);
  }),
  [T.IDCARD_ISSUED]: on(T.IDCARD_ISSUED, (_d, { add }) => add(M.idcardIssued)),
  [T.RESIDENCE_REGISTERED]: on(T.RESIDENCE_REGISTERED, (d, { add }) => add(M.residenceRegistered(d.kind))),
  [T.RESIDENCE_REMOVED]: on(T.RESIDENCE_REMOVED, (d, { add }) => add(M.residenceRemoved(d.reason))),
  [T.RESIDENCE_ABSENCE_DECLARED]: on(T.RESIDENCE_ABSENCE_DECLARED, (_d, { add }) => add(M.absenceDeclared)),
  [T.RECORD_VERIFIED]: on(T.RECORD_VERIFIED, (d, { add }) => {
    add(M.recordVerified(d.sector));
    if (d.result === 'match') add(M.recordMatched(d.sector));
  }),
  [T.DOSSIER_RECEIVED]: on(T.DOSSIER_RECEIVED, (d, { add }) => {
    add(M.dossierReceived(d.serviceKey));
    if (d.channel === 'online') add(M.dossierOnline(d.serviceKey));
  }),
  [T.DOSSIER_COMPLETED]: on(T.DOSSIER_COMPLETED, (d, { add }) =>
    add(d.onTime ? M.dossierOnTime(d.serviceKey) : M.dossierOverdue(d.serviceKey)),
  ),
  [T.DOSSIER_REJECTED]: on(T.DOSSIER_REJECTED, (d, { add }) => add(M.dossierRejected(d.serviceKey))),
  [T.DOSSIER_WITHDRAWN]: on(T.DOSSIER_WITHDRAWN, (d, { add }) => add(M.dossierWithdrawn(d.serviceKey))),
  [T.DOSSIER_PORTAL_SYNCED]: on(T.DOSSIER_PORTAL_SYNCED, (d, { add }) =>
    add(d.outcome === 'synced' ? M.portalSynced(d.serviceKey) : M.portalSyncFailed(d.serviceKey)),
  ),
  [T.LINKED_RUN_STARTED]: on(T.LINKED_RUN_STARTED, (d, { add }) => add(M.linkedStarted(d.procedure))),
  [T.LINKED_RUN_COMPLETED]: on(T.LINKED_RUN_COMPLETED, (d, { add }) => {
    add(M.linkedCompleted(d.procedure));
    if (d.withinLimit) add(M.linkedWithinLimit(d.procedure));
  }),
  [T.LINKED_RUN_FAILED]: on(T.LINKED_RUN_FAILED, (d, { add }) => add(M.linkedFailed(d.procedure))),
  [T.BHYT_LOOKUP_PERFORMED]: on(T.BHYT_LOOKUP_PERFORMED, (d, { add, delta, day, province }) => {
    if (d.refused) return add(M.bhytLookupRefused);
    add(M.bhytLookup);
    if (d.success) add(M.bhytLookupSucceeded);
    if (d.facilityCode) delta.lookupFacilityDays.add(`${province}|${d.facilityCode}|${day}`);
  }),
  [T.BHYT_CLAIM_SUBMITTED]: on(T.BHYT_CLAIM_SUBMITTED, (d, { add }) => {
    add(M.bhytClaim);
    add(M.bhytClaimAmount, d.amountVnd);
  }),
  [T.BHYT_PARTICIPANT_SYNCED]: on(T.BHYT_PARTICIPANT_SYNCED, (d, { add }) => {
    add(M.bhytSynced);
    if (d.cardValid) add(M.bhytSyncedValid);
  }),
  [T.BHYT_CARD_ISSUED]: on(T.BHYT_CARD_ISSUED, (d, { add }) => add(M.bhytCardIssued(d.reason))),
  [T.BHYT_CARD_REDUCED]: on(T.BHYT_CARD_REDUCED, (_d, { add }) => add(M.bhytCardReduced)),
  [T.BHYT_HOUSEHOLD_RENEWED]: on(T.BHYT_HOUSEHOLD_RENEWED, (_d, { add }) => add(M.bhytRenewed)),
  [T.BHYT_HOUSEHOLD_RENEWAL_FAILED]: on(T.BHYT_HOUSEHOLD_RENEWAL_FAILED, (_d, { add }) =>
    add(M.bhytRenewalFailed),
  ),
  [T.BHYT_FACILITY_UPDATED]: on(T.BHYT_FACILITY_UPDATED, (d, { delta, event, day, province }) =>
    delta.facilityChanges.push({
      facilityCode: d.facilityCode,
      province,
      occurredAt: d.occurredAt,
      eventId: event.id,
      day,
      acceptsIdCard: d.acceptsIdCard,
      created: d.created,
    }),
  ),
  [T.BHYT_REGISTRY_SEEDED]: on(T.BHYT_REGISTRY_SEEDED, (d, { delta, event, province }) =>
    delta.snapshots.push({
      kind: 'bhyt-registry',
      province,
      effectiveDay: seedDay(d),
      occurredAt: d.occurredAt,
      eventId: event.id,
      payload: {
        facilities: d.facilities,
        facilitiesAcceptingIdCard: d.facilitiesAcceptingIdCard,
        validCardsSyncedWithIdCard: d.validCardsSyncedWithIdCard,
        cardsSyncedWithIdCard: d.cardsSyncedWithIdCard,
        participants: d.participants,
      },
    }),
  ),
  [T.SSA_BENEFICIARIES_SEEDED]: on(T.SSA_BENEFICIARIES_SEEDED, (d, { delta, event, province }) =>
    delta.snapshots.push({
      kind: 'ssa-beneficiaries',
      province,
      effectiveDay: seedDay(d),
      occurredAt: d.occurredAt,
      eventId: event.id,
      payload: {
        beneficiaries: d.beneficiaries,
        withAccount: d.withAccount,
        monthlyAmountVnd: d.monthlyAmountVnd,
      },
    }),
  ),
  [T.EID_ACTIVATION_TARGET_SET]: on(T.EID_ACTIVATION_TARGET_SET, (d, { delta, event, province, day }) =>
    delta.snapshots.push({
      kind: 'eid-target',
      province,
      effectiveDay: day,
      occurredAt: d.occurredAt,
      eventId: event.id,
      payload: { target: d.target },
    }),
  ),
  [T.SSA_BENEFICIARY_ENROLLED]: on(T.SSA_BENEFICIARY_ENROLLED, (d, { add }) => add(M.ssaEnrolled(d.group))),
  [T.SSA_BENEFICIARY_ENDED]: on(T.SSA_BENEFICIARY_ENDED, (d, { add }) => add(M.ssaEnded(d.group))),
  [T.SSA_BENEFICIARY_REVIEWED]: on(T.SSA_BENEFICIARY_REVIEWED, (d, { add }) => {
    add(M.ssaReviewed(d.group));
    if (d.result === 'match') add(M.ssaReviewedMatch(d.group));
  }),
  [T.SSA_ACCOUNT_LINKED]: on(T.SSA_ACCOUNT_LINKED, (d, { add }) => {
    if (d.group !== undefined && !d.previouslyLinked) add(M.ssaAccountLinked(d.group));
  }),
  [T.SSA_PAYMENT_SUCCEEDED]: on(T.SSA_PAYMENT_SUCCEEDED, (d, { add }) => {
    if (d.purpose !== 'monthly') return;
    add(M.ssaPaid(d.group));
    add(M.ssaPaidAmount(d.group), d.amountVnd);
  }),
  [T.SSA_PAYMENT_REJECTED]: on(T.SSA_PAYMENT_REJECTED, (d, { add }) => add(M.ssaRejected(d.group))),
  [T.SSA_PAYMENT_REVERSED]: on(T.SSA_PAYMENT_REVERSED, (d, { add }) => {
    if (d.purpose !== 'monthly') return;
    add(M.ssaReversed(d.group));
    add(M.ssaReversedAmount(d.group), d.amountVnd);
  }),
  [T.SSA_FUNERAL_ALLOWANCE_PAID]: on(T.SSA_FUNERAL_ALLOWANCE_PAID, (d, { add }) => {
    add(M.ssaFuneralPaid);
    add(M.ssaFuneralAmount, d.amountVnd);
  }),
  [T.EID_ACCOUNT_REQUESTED]: on(T.EID_ACCOUNT_REQUESTED, (d, { add }) => add(M.eidRequested(d.level))),
  [T.EID_ACCOUNT_APPROVED]: on(T.EID_ACCOUNT_APPROVED, (d, { add }) => add(M.eidApproved(d.level))),
  [T.EID_ACCOUNT_ACTIVATED]: on(T.EID_ACCOUNT_ACTIVATED, (d, { add }) => add(M.eidActivated(d.level))),
  [T.EID_ACCOUNT_UPGRADED]: on(T.EID_ACCOUNT_UPGRADED, (_d, { add }) => add(M.eidUpgraded)),
  [T.EID_ACCOUNT_REVOKED]: on(T.EID_ACCOUNT_REVOKED, (d, { add }) => add(M.eidRevoked(d.previousStatus))),
  [T.EID_LOGIN_SUCCEEDED]: on(T.EID_LOGIN_SUCCEEDED, (_d, { add }) => add(M.eidLoginSucceeded)),
  [T.EID_LOGIN_FAILED]: on(T.EID_LOGIN_FAILED, (_d, { add }) => add(M.eidLoginFailed)),
  [T.EXCHANGE_CALL_COMPLETED]: on(T.EXCHANGE_CALL_COMPLETED, (d, { add }) => {
    add(M.exchangeCalls(d.service));
    if (d.succeeded) add(M.exchangeSucceeded(d.service));
    if (d.cacheHit) add(M.exchangeCacheHits(d.service));
    add(M.exchangeCost(d.service), Math.round(d.costVnd));
    const bucket = latencyBucketMicros(d.durationMs);
    add(M.exchangeDurationMicros(d.service), Math.round(d.durationMs * 1000));
    add(M.exchangeLatency(bucket, d.service));
  }),
};
