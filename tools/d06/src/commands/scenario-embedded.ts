import type { INestApplication } from '@nestjs/common';
import { seedBhyt } from '@d06/bhyt/src/seed';
import { VirtualClock } from '@d06/platform';
import { seedPopulation } from '@d06/population/src/seed';
import { seedSocialSecurity } from '@d06/social-security/src/seed';
import type { RunEnvironment, Scenario } from '@d06/simulator';
import { createEmbeddedService } from './embedded-launcher';
import { portOf, SERVICES, type ServiceName } from './service-ports';

const DAY_MS = 86_400_000;

export interface EmbeddedSimulation {
  readonly environment: RunEnvironment;
  readonly clock: VirtualClock;
  stop(): Promise<void>;
}

/**
 * Every service in this process on the embedded adapters, sharing one virtual business clock that starts the day
 * before the scenario's period (paused: the runner moves it), with the scenario's fault settings; then the
 * registries seeded from the scenario's synthetic province.
 */
export async function startEmbeddedSimulation(
  scenario: Scenario | undefined,
  portBase?: number,
  log: (line: string) => void = () => undefined,
): Promise<EmbeddedSimulation> {
  const start = scenario
    ? new Date(Date.parse(`${scenario.period.from}T00:00:00+07:00`) - DAY_MS)
    : new Date();
  const clock = new VirtualClock(start, scenario?.clock?.speed ?? 1);
  if (scenario) clock.pause();
  const apps = new Map<ServiceName, INestApplication>();
  const settingsOf = (name: ServiceName): Record<string, string> => {
    const own = scenario?.faults?.serviceSettings?.[name] ?? {};
    const oneStop = `127.0.0.1:${portOf('one-stop', portBase)}`;
    const base: Record<string, string> =
      name === 'vneid'
        ? {
            VNEID_SCHEDULER_INTERVAL_MS: '100',
            // the portal's callback moves with PORT_BASE; the simulator logs in as the portal
            VNEID_ONESTOP_REDIRECT_URIS:
              process.env.VNEID_ONESTOP_REDIRECT_URIS ??
              `http://${oneStop}/auth/callback,http://localhost:${oneStop.split(':')[1]}/auth/callback`,
          }
        : {};
    return { ...base, ...Object.fromEntries(Object.entries(own).map(([k, v]) => [k, String(v)])) };
  };
  const launch = async (name: ServiceName): Promise<void> => {
    const app = await createEmbeddedService(name, portBase, { clock, settings: settingsOf(name) });
    await app.listen(portOf(name, portBase), '127.0.0.1');
    apps.set(name, app);
  };
  for (const { name } of SERVICES) await launch(name);
  const seeded = scenario ? await seed(scenario, start, log) : {};
  const known = new Set<string>(SERVICES.map((s) => s.name));
  const environment: RunEnvironment = {
    urls: Object.fromEntries(
      SERVICES.map(({ name }) => [name, `http://127.0.0.1:${portOf(name, portBase)}`]),
    ),
    clock,
    seeded,
    kill: async (service) => {
      if (!known.has(service)) return;
      await apps.get(service)?.close();
      apps.delete(service);
    },
    restart: async (service) => {
      if (known.has(service) && !apps.has(service)) await launch(service);
    },
  };
  return {
    environment,
    clock,
    stop: async () => {
      for (const app of [...apps.values()].reverse()) await app.close();
    },
  };
}

/** Seeds the registries; returns the report figures the seeds account for (their seeded events carry them). */
async function seed(
  scenario: Scenario,
  now: Date,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const sectors = scenario.population.seedSectors ?? ['population', 'bhyt', 'social-security'];
  const options = {
    provinceCode: scenario.province,
    size: scenario.population.size,
    seed: scenario.seed,
    referenceDate: scenario.population.referenceDate ?? scenario.period.asOf,
    replace: true,
  };
  if (sectors.includes('population')) {
    const summary = await seedPopulation(options);
    log(`seeded population: ${summary.rows.citizens} citizens (${summary.seconds.toFixed(1)} s)`);
  }
  if (sectors.includes('bhyt')) {
    const summary = await seedBhyt({
      ...options,
      facilityIdCardShare: scenario.population.facilityIdCardShare,
    });
    log(
      `seeded BHYT: ${summary.rows.participants} participants, ${summary.rows.facilities} facilities (${summary.seconds.toFixed(1)} s)`,
    );
    // Not in the ledger yet: the BHYT seed dates its bhyt.registry.seeded event by the wall clock, outside the
    // simulated period, so the period's report does not carry its facilities and synced cards.
  }
  if (sectors.includes('social-security')) {
    // dated the day before the period, on the business clock: the seeded counts open the period
    const summary = await seedSocialSecurity({ ...options, now });
    const { beneficiaries, withAccount } = summary;
    log(
      `seeded social security: ${beneficiaries.socialAssistance + beneficiaries.meritorious} beneficiaries`,
    );
    // Not in the ledger yet: the metrics report does not count ssa.beneficiaries.seeded (beneficiaries and
    // accounts of the seed); once it does, these are the figures the seed accounts for.
    if (process.env.D06_LEDGER_SEEDED === 'true') {
      for (const [name, counts] of Object.entries({ beneficiaries, withAccount })) {
        figures[`socialSecurity.${name}.socialAssistance`] = counts.socialAssistance;
        figures[`socialSecurity.${name}.meritorious`] = counts.meritorious;
        figures[`socialSecurity.${name}.total`] = counts.socialAssistance + counts.meritorious;
      }
    }
  }
  return figures;
}
