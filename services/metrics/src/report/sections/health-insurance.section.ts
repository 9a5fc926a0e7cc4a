import { EVENT_TYPES } from '@d06/contracts';
import { M } from '../../ingest/metric-names';
import { BEGINNING } from '../../store/figure-reader';
import { rate, type FigureContext } from '../figure-context';
import type { D06Report } from '../report.types';

const REGISTRY = { name: 'bhyt-registry', eventType: EVENT_TYPES.BHYT_REGISTRY_SEEDED };
const P = 'healthInsurance';

/**
 * BHYT: facilities from the registry seed plus facility.updated history; lookups (answered, not refused) and
 * successes cumulative with the change over the period; CCCDs synced with a valid card from the seed plus
 * participant.synced; the pilot model's period figures.
 */
export async function healthInsuranceSection(ctx: FigureContext): Promise<D06Report['healthInsurance']> {
  const { period } = ctx;
  const facilities = await facilitiesAsOf(ctx, period.to);
  const total = await ctx.cumulative(`${P}.lookups.total`, [M.bhytLookup], period.to);
  const totalChange = await ctx.inPeriod(`${P}.lookups.total.change`, M.bhytLookup);
  const succeeded = await ctx.cumulative(`${P}.lookups.succeeded`, [M.bhytLookupSucceeded], period.to);
  const succeededChange = await ctx.inPeriod(`${P}.lookups.succeeded.change`, M.bhytLookupSucceeded);
  const previousRate = rate(succeeded - succeededChange, total - totalChange);
  const currentRate = rate(succeeded, total);
  ctx.derived(
    `${P}.lookups.successRate`,
    'succeeded / total × 100 (cumulative), change against the previous period end',
  );
  const synced = (to: string): Promise<number> =>
    ctx.fromSnapshot(
      `${P}.cardsSyncedWithIdCard`,
      REGISTRY,
      'validCardsSyncedWithIdCard',
      (payload) => Number(payload.validCardsSyncedWithIdCard ?? 0),
      [M.bhytSyncedValid],
      to,
    );
  const syncedNow = await synced(period.to);
  const syncedChange = await ctx.inPeriod(`${P}.cardsSyncedWithIdCard.change`, M.bhytSyncedValid);
  return {
    facilities,
    lookups: {
      total: { cumulative: total, change: totalChange },
      succeeded: { cumulative: succeeded, change: succeededChange },
      successRate: {
        value: currentRate,
        change: currentRate !== null && previousRate !== null ? round2(currentRate - previousRate) : null,
      },
      refused: { change: await ctx.inPeriod(`${P}.lookups.refused.change`, M.bhytLookupRefused) },
    },
    cardsSyncedWithIdCard: { cumulative: syncedNow, change: syncedChange },
    pilotModelPeriod: {
      from: period.from,
      to: period.to,
      lookups: await ctx.inPeriod(`${P}.pilotModelPeriod.lookups`, M.bhytLookupSucceeded),
      facilitiesWithLookups: await facilitiesWithLookups(ctx),
      insuranceClaims: await ctx.inPeriod(`${P}.pilotModelPeriod.insuranceClaims`, M.bhytClaim),
      claimsAmountVnd: await ctx.inPeriod(`${P}.pilotModelPeriod.claimsAmountVnd`, M.bhytClaimAmount),
    },
    cards: {
      issuedForChildren: await ctx.inPeriod(
        `${P}.cards.issuedForChildren`,
        M.bhytCardIssued('child-under-6'),
      ),
      issuedInHouseholdRenewals: await ctx.inPeriod(
        `${P}.cards.issuedInHouseholdRenewals`,
        M.bhytCardIssued('household-renewal'),
      ),
      reduced: await ctx.inPeriod(`${P}.cards.reduced`, M.bhytCardReduced),
      householdRenewals: await ctx.inPeriod(`${P}.cards.householdRenewals`, M.bhytRenewed),
      householdRenewalsFailed: await ctx.inPeriod(`${P}.cards.householdRenewalsFailed`, M.bhytRenewalFailed),
    },
  };
}

async function facilitiesWithLookups(ctx: FigureContext): Promise<number> {
  const value = await ctx.reader.facilitiesWithLookups(ctx.province, ctx.period.from, ctx.period.to);
  ctx.trace.add(`${P}.pilotModelPeriod.facilitiesWithLookups`, {
    source: 'events',
    eventType: EVENT_TYPES.BHYT_LOOKUP_PERFORMED,
    counter: 'distinct facilityCode of answered lookups',
    from: ctx.period.from,
    to: ctx.period.to,
    value,
  });
  return value;
}

/**
 * Facilities as of a day: the seed's counts plus facilities created since; using the ID card: the seed's count
 * adjusted by each facility's changes since (a facility first seen as a change of a seeded one is taken to have
 * had the opposite acceptsIdCard before: the change the event reports).
 */
async function facilitiesAsOf(
  ctx: FigureContext,
  to: string,
): Promise<{ total: number | null; usingIdCard: number | null }> {
  if (ctx.commune !== undefined) return { total: null, usingIdCard: null };
  const snapshot = await ctx.snapshot(REGISTRY.name, to);
  const from = snapshot?.effectiveDay ?? BEGINNING;
  let total = ctx.openingOf(`${P}.facilities.total`) + Number(snapshot?.payload.facilities ?? 0);
  let using =
    ctx.openingOf(`${P}.facilities.usingIdCard`) + Number(snapshot?.payload.facilitiesAcceptingIdCard ?? 0);
  for (const state of await ctx.reader.facilityStates(ctx.province, from, to)) {
    const before = state.firstCreated ? 0 : state.firstAcceptsIdCard ? 0 : 1;
    if (state.firstCreated) total += 1;
    using += (state.lastAcceptsIdCard ? 1 : 0) - before;
  }
  if (snapshot) {
    for (const field of ['facilities.total', 'facilities.usingIdCard'])
      ctx.trace.add(`${P}.${field}`, {
        source: 'snapshot',
        eventType: REGISTRY.eventType,
        field: field.endsWith('total') ? 'facilities' : 'facilitiesAcceptingIdCard',
        effectiveDay: snapshot.effectiveDay,
        value: Number(
          field.endsWith('total') ? snapshot.payload.facilities : snapshot.payload.facilitiesAcceptingIdCard,
        ),
      });
  }
  ctx.derived(
    `${P}.facilities`,
    `seed + ${EVENT_TYPES.BHYT_FACILITY_UPDATED} from ${from} to ${to} (latest state per facility)`,
  );
  return { total, usingIdCard: using };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
