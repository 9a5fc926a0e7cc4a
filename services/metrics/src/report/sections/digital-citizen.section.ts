import { EVENT_TYPES } from '@d06/contracts';
import { M } from '../../ingest/metric-names';
import { rate, type FigureContext } from '../figure-context';
import type { D06Report } from '../report.types';

const P = 'digitalCitizen';

/** ID-card and e-ID applications and activations, cumulative with the period's change, by level, vs the target. */
export async function digitalCitizenSection(ctx: FigureContext): Promise<D06Report['digitalCitizen']> {
  const to = ctx.period.to;
  const idCards = await ctx.cumulative(`${P}.idCardApplications`, [M.idcardApplied], to);
  const levels = [1, 2] as const;
  const requested = levels.map(M.eidRequested);
  const activated = levels.map(M.eidActivated);
  const applications = await ctx.cumulative(`${P}.eidApplications`, requested, to);
  const activations = await ctx.cumulative(`${P}.eidActivated`, activated, to);
  const target = await targetOf(ctx);
  ctx.derived(`${P}.eidActivated.rate`, 'cumulative activations / target × 100');
  const byLevel = async (path: string, metric: (level: 1 | 2) => string, from: string) => ({
    level1: await ctx.count(`${path}.level1`, [metric(1)], from, to),
    level2: await ctx.count(`${path}.level2`, [metric(2)], from, to),
  });
  return {
    idCardApplications: {
      cumulative: idCards,
      change: await ctx.inPeriod(`${P}.idCardApplications.change`, M.idcardApplied),
      onlineChange: await ctx.inPeriod(`${P}.idCardApplications.onlineChange`, M.idcardAppliedOnline),
      issuedChange: await ctx.inPeriod(`${P}.idCardApplications.issuedChange`, M.idcardIssued),
    },
    eidApplications: {
      cumulative: applications,
      change: await ctx.inPeriod(`${P}.eidApplications.change`, ...requested),
      target,
      changeByLevel: await byLevel(`${P}.eidApplications.changeByLevel`, M.eidRequested, ctx.period.from),
    },
    eidActivated: {
      cumulative: activations,
      change: await ctx.inPeriod(`${P}.eidActivated.change`, ...activated),
      target,
      rate: target === null ? null : rate(activations, target),
      changeByLevel: await byLevel(`${P}.eidActivated.changeByLevel`, M.eidActivated, ctx.period.from),
      upgradedToLevel2Change: await ctx.inPeriod(`${P}.eidActivated.upgradedToLevel2Change`, M.eidUpgraded),
    },
  };
}

async function targetOf(ctx: FigureContext): Promise<number | null> {
  const path = `${P}.eidActivated.target`;
  if (ctx.hasOpening(path)) return ctx.openingOf(path);
  const snapshot = await ctx.snapshot('eid-target', ctx.period.to);
  if (!snapshot) return null;
  const value = Number(snapshot.payload.target);
  ctx.trace.add(path, {
    source: 'snapshot',
    eventType: EVENT_TYPES.EID_ACTIVATION_TARGET_SET,
    field: 'target',
    effectiveDay: snapshot.effectiveDay,
    value,
  });
  return value;
}
