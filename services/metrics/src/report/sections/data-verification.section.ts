import { M } from '../../ingest/metric-names';
import { rate, type FigureContext } from '../figure-context';

const P = 'dataVerification';
const SECTORS = [
  'insurance',
  'tax',
  'social',
  'education',
  'health',
  'civil-status',
  'transport',
  'banking',
  'land',
  'other',
] as const;

/**
 * Data verification, cumulative to the period end: checks of sector records against the population database
 * (record.verified; a record checked twice counts twice) and of meritorious beneficiaries (ssa reviews). Figures no
 * event carries (vaccination doses, digitised civil-status books, association members) are null unless a scenario
 * set them as opening balances.
 */
export async function dataVerificationSection(
  ctx: FigureContext,
): Promise<Record<string, Record<string, unknown>>> {
  const to = ctx.period.to;
  const checked = (path: string, sector: string) => ctx.cumulative(path, [M.recordVerified(sector)], to);
  const matched = (path: string, sector: string) => ctx.cumulative(path, [M.recordMatched(sector)], to);
  const openingOnly = (path: string): number | null => (ctx.hasOpening(path) ? ctx.openingOf(path) : null);

  const insMatched = await matched(`${P}.insuranceParticipantsMatched.matched`, 'insurance');
  const insTotal = await checked(`${P}.insuranceParticipantsMatched.total`, 'insurance');
  const taxReviewed = await matched(`${P}.taxCodesReviewed.reviewed`, 'tax');
  const taxTotal = await checked(`${P}.taxCodesReviewed.total`, 'tax');
  const cleaned = await ctx.cumulative(
    `${P}.meritoriousCleaned.cleaned`,
    [M.ssaReviewedMatch('meritorious')],
    to,
  );
  const meritTotal = await ctx.cumulative(
    `${P}.meritoriousCleaned.total`,
    [M.ssaReviewed('meritorious')],
    to,
  );
  const healthVerified = await matched(`${P}.covidVaccination.verified`, 'health');
  const healthSubjects = await checked(`${P}.covidVaccination.subjects`, 'health');
  const childrenUpdated = openingOnly(`${P}.childrenUpdated.updated`);
  const childrenTotal = openingOnly(`${P}.childrenUpdated.total`);
  const civilEntered = openingOnly(`${P}.civilStatusDigitised.entered`);
  const civilTotal = openingOnly(`${P}.civilStatusDigitised.total`);
  const bySector: Record<string, unknown> = {};
  for (const sector of SECTORS) {
    const m = await matched(`${P}.bySector.${sector}.matched`, sector);
    const t = await checked(`${P}.bySector.${sector}.total`, sector);
    bySector[sector] = { matched: m, total: t, rate: rate(m, t) };
  }
  return {
    insuranceParticipantsMatched: { matched: insMatched, total: insTotal, rate: rate(insMatched, insTotal) },
    taxCodesReviewed: {
      reviewed: taxReviewed,
      total: taxTotal,
      rate: rate(taxReviewed, taxTotal),
      unmatched: taxTotal - taxReviewed,
    },
    meritoriousCleaned: { cleaned, total: meritTotal, rate: rate(cleaned, meritTotal) },
    childrenUpdated: {
      updated: childrenUpdated,
      total: childrenTotal,
      rate: childrenUpdated !== null && childrenTotal !== null ? rate(childrenUpdated, childrenTotal) : null,
    },
    covidVaccination: {
      subjects: healthSubjects,
      verified: healthVerified,
      rate: rate(healthVerified, healthSubjects),
      doses: openingOnly(`${P}.covidVaccination.doses`),
    },
    civilStatusDigitised: {
      entered: civilEntered,
      total: civilTotal,
      rate: civilEntered !== null && civilTotal !== null ? rate(civilEntered, civilTotal) : null,
      births: openingOnly(`${P}.civilStatusDigitised.births`),
      marriages: openingOnly(`${P}.civilStatusDigitised.marriages`),
      deaths: openingOnly(`${P}.civilStatusDigitised.deaths`),
      adoptions: openingOnly(`${P}.civilStatusDigitised.adoptions`),
    },
    associationMembersEntered: Object.fromEntries(
      ['elderly', 'farmers', 'veterans', 'redCross', 'workers'].map((field) => [
        field,
        openingOnly(`${P}.associationMembersEntered.${field}`),
      ]),
    ),
    bySector,
  };
}
