import { createCache } from '@d06/cache';
import { infrastructure, uniqueName } from '@d06/testing';
import { Client } from 'pg';
import { toCardView } from '../../src/registry/card-view';
import { seedBhyt } from '../../src/seed';
import { expectedRegistry, sample, sortedRows, storedCards, tableCounts } from './seed-fixture';

jest.setTimeout(120_000);

// The loader on real PostgreSQL (COPY FROM STDIN) and Redis: 20 000 citizens of Thanh Hóa.
describe('seedBhyt on PostgreSQL and Redis', () => {
  const schema = uniqueName('bhyt_seed');
  const prefix = `d06:test:${schema}:`;
  const client = new Client({ connectionString: infrastructure().databaseUrl });
  const expected = expectedRegistry('038', 20_000, 42);
  const options = {
    databaseUrl: infrastructure().databaseUrl,
    schema,
    provinceCode: '38',
    size: 20_000,
    seed: 42,
    redisUrl: infrastructure().redisUrl,
    cachePrefix: prefix,
    cacheTtlSeconds: 600,
  };

  beforeAll(() => client.connect());
  afterAll(async () => {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('loads participants, cards and facilities with COPY, and reports the figures', async () => {
    const progress: boolean[] = [];
    const summary = await seedBhyt({ ...options, onProgress: (p) => progress.push(p.done) });
    expect(summary).toMatchObject({
      schema,
      provinceCode: '038',
      mode: 'copy',
      rows: expected.rows,
      facilitiesAcceptingIdCard: 677,
      cardsSyncedWithIdCard: expected.cardsSyncedWithIdCard,
      validCardsSyncedWithIdCard: expected.validCardsSyncedWithIdCard,
      cacheEntries: expected.rows.participants + expected.cardsSyncedWithIdCard,
    });
    expect(expected.cardsSyncedWithIdCard / expected.rows.participants).toBeCloseTo(0.949, 2);
    expect(progress.at(-1)).toBe(true);
    expect(await tableCounts(client, schema)).toEqual({ ...expected.rows, outbox: 1 });
  });

  it('stores each sampled participant and its cards as generated', async () => {
    const seeds = sample(expected.seeds, 200);
    const stored = await storedCards(
      client,
      schema,
      seeds.map((s) => s.rows[0].social_insurance_number),
    );
    expect(stored).toEqual(sortedRows(seeds));
  });

  it("records the seed's figures as one registry.seeded event in the outbox", async () => {
    const { rows } = await client.query<{ type: string; envelope: { data: Record<string, unknown> } }>(
      `SELECT type, envelope FROM "${schema}".outbox`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].type).toBe('vn.d06.bhyt.registry.seeded.v1');
    expect(rows[0].envelope.data).toMatchObject({
      provinceCode: '038',
      facilities: 677,
      participants: expected.rows.participants,
      cardsSyncedWithIdCard: expected.cardsSyncedWithIdCard,
      seed: 42,
      size: 20_000,
      referenceDate: '2023-09-15',
    });
  });

  it('warms the cache with the views the service reads, by social-insurance number and by linked ID number', async () => {
    const cache = createCache({ redisUrl: infrastructure().redisUrl, prefix });
    try {
      const [linked, unlinked] = [true, false].map((synced) =>
        expected.seeds.find((s) => s.rows[0].id_synced === synced)!,
      );
      const view = toCardView(linked.rows);
      expect(await cache.get(`sin:${linked.rows[0].social_insurance_number}`)).toEqual(view);
      expect(await cache.get(`id:${linked.rows[0].id_number}`)).toEqual(view);
      expect(await cache.get(`id:${unlinked.rows[0].id_number}`)).toBeUndefined();
    } finally {
      await cache.close();
    }
  });

  it('refuses a seeded schema without replace, and replaces it with', async () => {
    await expect(seedBhyt({ ...options, redisUrl: undefined })).rejects.toMatchObject({
      code: 'ALREADY_SEEDED',
    });
    expect((await tableCounts(client, schema)).participants).toBe(expected.rows.participants);
    const other = expectedRegistry('040', 1_000, 7);
    const summary = await seedBhyt({
      ...options,
      provinceCode: '40',
      size: 1_000,
      seed: 7,
      redisUrl: undefined,
      replace: true,
      facilityIdCardShare: 0.99,
    });
    expect(summary.rows.participants).toBe(other.rows.participants);
    expect(summary.facilitiesAcceptingIdCard).toBe(
      summary.rows.facilities - Math.round(summary.rows.facilities * 0.01),
    );
    expect((await tableCounts(client, schema)).participants).toBe(other.rows.participants);
  });

  it('rejects bad options before touching the database', async () => {
    await expect(seedBhyt({ ...options, schema: 'Bad-Name' })).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
    });
    await expect(seedBhyt({ ...options, facilityIdCardShare: 1.5 })).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
    });
    await expect(seedBhyt({ ...options, provinceCode: '99' })).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
    });
  });
});
