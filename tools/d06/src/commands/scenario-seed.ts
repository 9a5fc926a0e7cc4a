import { seedBhyt } from '@d06/bhyt/src/seed';
import { seedPopulation } from '@d06/population/src/seed';
import { seedSocialSecurity } from '@d06/social-security/src/seed';
import type { Scenario } from '@d06/simulator';
import { shareProvince, type GeneratedHousehold } from '@d06/synthetic';

/** Where the seeds write: the embedded database by default, or a PostgreSQL URL with the run's schemas. */
export interface SeedTarget {
  readonly databaseUrl?: string;
  /** The schema of a service for this run (default: the service's own default). */
  readonly schemaOf?: (service: 'population' | 'bhyt' | 'social-security') => string;
}

const DAY_MS = 86_400_000;
/** Citizens per batch of a province shared by the seeds. */
const SHARED_BATCH_SIZE = 1_000;
const SEEDED_SECTORS = ['population', 'bhyt', 'social-security'] as const;
type SeededSector = (typeof SEEDED_SECTORS)[number];

/** One more reader of the seeds' shared province (e.g. the runner's subject pools), read beside the seeds. */
export type ProvinceReader = (households: AsyncIterable<GeneratedHousehold[]>) => Promise<void>;

/** The business instant a run starts at: the day before its period (the seeds' time; the clock's start). */
export function runStart(scenario: Scenario): Date {
  return new Date(Date.parse(`${scenario.period.from}T00:00:00+07:00`) - DAY_MS);
}

/**
 * Seeds the registries from the scenario's synthetic province, dated `now` on the business clock (the day before
 * the period, so the period's report carries the seeded snapshots); returns the report figures the seeds account
 * for, which open the run's ledger. On PostgreSQL the seeds run side by side from one generation of the province,
 * which `alsoReading` reads too (not called otherwise); a failing seed ends the others (each rolls its load back).
 */
export async function seedScenario(
  scenario: Scenario,
  now: Date,
  log: (line: string) => void,
  target: SeedTarget = {},
  alsoReading?: ProvinceReader,
): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const sectors: readonly SeededSector[] = scenario.population.seedSectors ?? SEEDED_SECTORS;
  const where = (service: SeededSector) => ({
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
  const seeds: Record<SeededSector, (households?: AsyncIterable<GeneratedHousehold[]>) => Promise<void>> = {
    population: async (households) => {
      const summary = await seedPopulation({ ...options, ...where('population'), households });
      log(`seeded population: ${summary.rows.citizens} citizens (${summary.seconds.toFixed(1)} s)`);
    },
    bhyt: async (households) => {
      const summary = await seedBhyt({
        ...options,
        ...where('bhyt'),
        now,
        facilityIdCardShare: scenario.population.facilityIdCardShare,
        households,
      });
      log(
        `seeded BHYT: ${summary.rows.participants} participants, ${summary.rows.facilities} facilities (${summary.seconds.toFixed(1)} s)`,
      );
      // what the bhyt-registry snapshot gives the report (services/metrics health-insurance section)
      figures['healthInsurance.facilities.total'] = summary.rows.facilities;
      figures['healthInsurance.facilities.usingIdCard'] = summary.facilitiesAcceptingIdCard;
      figures['healthInsurance.cardsSyncedWithIdCard.cumulative'] = summary.validCardsSyncedWithIdCard;
    },
    'social-security': async (households) => {
      // dated the day before the period, on the business clock: the seeded counts open the period
      const summary = await seedSocialSecurity({ ...options, ...where('social-security'), now, households });
      const { beneficiaries, withAccount } = summary;
      log(
        `seeded social security: ${beneficiaries.socialAssistance + beneficiaries.meritorious} beneficiaries (${summary.seconds.toFixed(1)} s)`,
      );
      for (const [name, counts] of Object.entries({ beneficiaries, withAccount })) {
        figures[`socialSecurity.${name}.socialAssistance`] = counts.socialAssistance;
        figures[`socialSecurity.${name}.meritorious`] = counts.meritorious;
        figures[`socialSecurity.${name}.total`] = counts.socialAssistance + counts.meritorious;
      }
    },
  };
  if (!target.databaseUrl || sectors.length < 2) {
    // the embedded database takes one load at a time: each seed generates the province itself, in turn
    for (const sector of sectors) await seeds[sector]();
    return figures;
  }
  // on PostgreSQL the seeds load side by side from one generation of the province (most of their CPU)
  const loaders: ProvinceReader[] = [
    ...sectors.map((sector) => seeds[sector]),
    ...(alsoReading ? [alsoReading] : []),
  ];
  const shared = shareProvince({ ...options, batchSize: SHARED_BATCH_SIZE }, loaders.length);
  const settled = await Promise.allSettled(
    loaders.map((load, i) =>
      load(shared.readers[i]).catch((error: unknown) => {
        shared.abort(error instanceof Error ? error : new Error(String(error)));
        throw error;
      }),
    ),
  );
  // every seed has rolled back or committed by now; the first failure is the one to report
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return figures;
}
