import { resolveScenario, type Scenario } from '@d06/simulator';
import { infrastructure, uniqueName } from '@d06/testing';
import { Client } from 'pg';
import { runStart, seedScenario } from './scenario-seed';

jest.setTimeout(120_000);

type Service = 'population' | 'bhyt' | 'social-security';

// The scenario seeds on PostgreSQL: three loads side by side from one generation of the province.
describe('seedScenario on PostgreSQL', () => {
  const databaseUrl = infrastructure().databaseUrl;
  const client = new Client({ connectionString: databaseUrl });
  const schemas: string[] = [];
  let scenario: Scenario;

  const schemasOf = (prefix: string): ((service: Service) => string) => {
    const names = {
      population: uniqueName(`${prefix}_pop`),
      bhyt: uniqueName(`${prefix}_bhyt`),
      'social-security': uniqueName(`${prefix}_ssa`),
    };
    schemas.push(...Object.values(names));
    return (service) => names[service];
  };
  /** A table's rows in a stable order, as one digest, leaving out when each was written (the load's clock). */
  const digest = async (schema: string, table: string, key: string): Promise<string> => {
    const { rows: stamps } = await client.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = $1 AND table_name = $2 AND data_type LIKE 'timestamp%'`,
      [schema, table],
    );
    const { rows } = await client.query<{ n: string; digest: string }>(
      `SELECT count(*)::text AS n, md5(string_agg((to_jsonb(t) - $1::text[])::text, '|' ORDER BY ${key})) AS digest
         FROM "${schema}"."${table}" t`,
      [stamps.map((stamp) => stamp.name)],
    );
    return `${rows[0].n}:${rows[0].digest}`;
  };
  const count = async (schema: string, table: string): Promise<number> => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${schema}"."${table}"`,
    );
    return rows[0].n;
  };

  beforeAll(async () => {
    await client.connect();
    const demo = resolveScenario('demo');
    scenario = { ...demo, population: { ...demo.population, size: 4_000 } };
  });

  afterAll(async () => {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('loads the same registries as seeds that each generate the province themselves', async () => {
    const shared = schemasOf('shared');
    const lines: string[] = [];
    const figures = await seedScenario(scenario, runStart(scenario), (line) => lines.push(line), {
      databaseUrl,
      schemaOf: shared,
    });
    // one sector at a time takes the path where each seed generates the province on its own
    const alone = schemasOf('alone');
    const aloneFigures: Record<string, number> = {};
    for (const sector of ['population', 'bhyt', 'social-security'] as const) {
      const single = { ...scenario, population: { ...scenario.population, seedSectors: [sector] } };
      Object.assign(
        aloneFigures,
        await seedScenario(single, runStart(scenario), () => undefined, { databaseUrl, schemaOf: alone }),
      );
    }

    expect(lines).toHaveLength(3);
    expect(await count(shared('population'), 'citizens')).toBe(4_000);
    expect(figures).toEqual(aloneFigures);
    for (const [service, table, key] of [
      ['population', 'citizens', 'id_number'],
      ['population', 'households', 'household_id'],
      ['bhyt', 'participants', 'social_insurance_number'],
      ['bhyt', 'cards', 'card_code'],
      ['social-security', 'beneficiaries', 'id_number'],
    ] as const) {
      expect(await digest(shared(service), table, key)).toBe(await digest(alone(service), table, key));
    }
  });

  it('ends the other seeds when one fails, each rolling its load back, and reports that failure', async () => {
    const names = schemasOf('failing');
    const first = await seedScenario(scenario, runStart(scenario), () => undefined, {
      databaseUrl,
      schemaOf: names,
    });
    expect(first['healthInsurance.facilities.total']).toBeGreaterThan(0);
    // the BHYT seed refuses its options before reading a batch; the other two must not wait for it
    const failing = (service: Service) => (service === 'bhyt' ? 'not a schema!' : names(service));
    const smaller = { ...scenario, population: { ...scenario.population, size: 2_000 } };
    await expect(
      seedScenario(smaller, runStart(scenario), () => undefined, { databaseUrl, schemaOf: failing }),
    ).rejects.toThrow(/schema/i);
    // the replacing loads rolled back: the first seed's registries are still whole
    expect(await count(names('population'), 'citizens')).toBe(4_000);
    expect(await count(names('social-security'), 'beneficiaries')).toBeGreaterThan(0);
  });
});
