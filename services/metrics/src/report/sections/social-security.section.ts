import { EVENT_TYPES } from '@d06/contracts';
import { M } from '../../ingest/metric-names';
import { rate, type FigureContext } from '../figure-context';
import type { D06Report } from '../report.types';

const SEEDED = { name: 'ssa-beneficiaries', eventType: EVENT_TYPES.SSA_BENEFICIARIES_SEEDED };
const P = 'socialSecurity';
const GROUPS = [
  ['socialAssistance', 'social-assistance'],
  ['meritorious', 'meritorious'],
] as const;

/**
 * Social security: beneficiaries (seed + enrolled − ended) and those with an account (seed + first accounts linked)
 * as of the period end; reviews counted cumulatively; monthly payments credited in the period (less reversals) by
 * group, with amounts.
 */
export async function socialSecuritySection(ctx: FigureContext): Promise<D06Report['socialSecurity']> {
  const to = ctx.period.to;
  const beneficiaries = { total: 0, socialAssistance: 0, meritorious: 0 };
  const withAccount = { total: 0, socialAssistance: 0, meritorious: 0 };
  const paid = { total: 0, socialAssistance: 0, meritorious: 0 };
  const amount = { total: 0, socialAssistance: 0, meritorious: 0 };
  for (const [field, group] of GROUPS) {
    beneficiaries[field] = await ctx.fromSnapshot(
      `${P}.beneficiaries.${field}`,
      SEEDED,
      `beneficiaries.${field}`,
      (payload) => Number((payload.beneficiaries as Record<string, number> | undefined)?.[field] ?? 0),
      [M.ssaEnrolled(group), M.ssaEnded(group)],
      to,
      [1, -1],
    );
    withAccount[field] = await ctx.fromSnapshot(
      `${P}.withAccount.${field}`,
      SEEDED,
      `withAccount.${field}`,
      (payload) => Number((payload.withAccount as Record<string, number> | undefined)?.[field] ?? 0),
      [M.ssaAccountLinked(group)],
      to,
    );
    const path = `${P}.paidCashless.${field}`;
    paid[field] =
      (await ctx.inPeriod(path, M.ssaPaid(group))) -
      (await ctx.count(`${path}.reversed`, [M.ssaReversed(group)], ctx.period.from, to));
    amount[field] =
      (await ctx.inPeriod(`${P}.paidCashless.amountVnd.${field}`, M.ssaPaidAmount(group))) -
      (await ctx.count(
        `${P}.paidCashless.amountVnd.${field}.reversed`,
        [M.ssaReversedAmount(group)],
        ctx.period.from,
        to,
      ));
  }
  for (const figures of [beneficiaries, withAccount, paid, amount])
    figures.total = figures.socialAssistance + figures.meritorious;
  const reviewed = await ctx.cumulative(
    `${P}.reviewed`,
    [M.ssaReviewed('social-assistance'), M.ssaReviewed('meritorious')],
    to,
  );
  const rejected = await ctx.inPeriod(
    `${P}.paymentsRejected`,
    M.ssaRejected('social-assistance'),
    M.ssaRejected('meritorious'),
  );
  return {
    beneficiaries,
    reviewed,
    withAccount: { ...withAccount, rate: rate(withAccount.total, beneficiaries.total) },
    paidCashless: { ...paid, since: ctx.period.from, amountVnd: amount },
    paymentsRejected: rejected,
    funeralAllowances: {
      paid: await ctx.inPeriod(`${P}.funeralAllowances.paid`, M.ssaFuneralPaid),
      amountVnd: await ctx.inPeriod(`${P}.funeralAllowances.amountVnd`, M.ssaFuneralAmount),
    },
  };
}
