import { seedBhyt } from '@d06/bhyt/src/seed';
import { seedPopulation } from '@d06/population/src/seed';
import { seedSocialSecurity } from '@d06/social-security/src/seed';
import type { Scenario } from '@d06/simulator';

/** Where the seeds write: the embedded database by default, or a PostgreSQL URL with the run's schemas. */
export interface SeedTarget {
  readonly databaseUrl?: string;
  /** The schema of a service for this run (default: the service's own default). */
  readonly schemaOf?: (service: 'population' | 'bhyt' | 'social-security') => string;
}

const DAY_MS = 86_400_000;

/** The business instant a run starts at: the day before its period (the seeds' time; the clock's start). */
export function runStart(scenario: Scenario): Date {
  return new Date(Date.parse(`${scenario.period.from}T00:00:00+07:00`) - DAY_MS);
}

/**
 * Seeds the registries from the scenario's synthetic province, dated `now` on the business clock (the day before
 * the period, so the period's report carries the seeded snapshots); returns the report figures the seeds account
 * for, which open the run's ledger.
 */
export async function seedScenario(
  scenario: Scenario,
  now: Date,
  log: (line: string) => void,
  target: SeedTarget = {},
): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const sectors = scenario.population.seedSectors ?? ['population', 'bhyt', 'social-security'];
  const where = (service: 'population' | 'bhyt' | 'social-security') => ({
    ...(target.databaseUrl ? { databaseUrl: target.databaseUrl } : {}),
    ...(target.schemaOf ? { schema: target.schemaOf(service) } : {}),
  });
  const options = {
    provinceCode: scenario.province,
    size: scenario.population.size,
    seed: scenario.seed,
    referenceDate: scenario.population.referenceDate ?? scenario.period.asOf,
    replace: true,
  };
  if (sectors.includes('population')) {
    const summary = await seedPopulation({ ...options, ...where('population') });
    log(`seeded population: ${summary.rows.citizens} citizens (${summary.seconds.toFixed(1)} s)`);
  }
  if (sectors.includes('bhyt')) {
    const summary = await seedBhyt({
      ...options,
      ...where('bhyt'),
      now,
      facilityIdCardShare: scenario.population.facilityIdCardShare,
    });
    log(
      `seeded BHYT: ${summary.rows.participants} participants, ${summary.rows.facilities} facilities (${summary.seconds.toFixed(1)} s)`,
    );
    // what the bhyt-registry snapshot gives the report (services/metrics health-insurance section)
    figures['healthInsurance.facilities.total'] = summary.rows.facilities;
    figures['healthInsurance.facilities.usingIdCard'] = summary.facilitiesAcceptingIdCard;
    figures['healthInsurance.cardsSyncedWithIdCard.cumulative'] = summary.validCardsSyncedWithIdCard;
  }
  if (sectors.includes('social-security')) {
    // dated the day before the period, on the business clock: the seeded counts open the period
    const summary = await seedSocialSecurity({ ...options, ...where('social-security'), now });
    const { beneficiaries, withAccount } = summary;
    log(
      `seeded social security: ${beneficiaries.socialAssistance + beneficiaries.meritorious} beneficiaries`,
    );
    for (const [name, counts] of Object.entries({ beneficiaries, withAccount })) {
      figures[`socialSecurity.${name}.socialAssistance`] = counts.socialAssistance;
      figures[`socialSecurity.${name}.meritorious`] = counts.meritorious;
      figures[`socialSecurity.${name}.total`] = counts.socialAssistance + counts.meritorious;
    }
  }
  return figures;
}
