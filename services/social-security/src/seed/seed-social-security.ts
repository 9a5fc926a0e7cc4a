import { EVENT_CONTRACTS, EVENT_TYPES } from '@d06/contracts';
import { EnvelopeFactory, EventCatalog, TransactionalOutbox } from '@d06/messaging';
import { assertSchemaName, createDataSource } from '@d06/persistence';
import { generateProvince, resolveProvinceOptions, type ProvinceOptions } from '@d06/synthetic';
import type { EntityManager } from 'typeorm';
import { SOCIAL_SECURITY_MIGRATIONS } from '../migrations';
import { SOCIAL_SECURITY_ENTITIES } from '../social-security.entities';
import { AccountDraw } from './account-draw';
import { BeneficiaryLoader } from './beneficiary-loader';
import { SocialSecuritySeedError } from './seed.errors';
import type { GroupCounts, SeedSocialSecurityOptions, SeedSocialSecuritySummary } from './seed.types';

export const DEFAULT_SOCIAL_SECURITY_SCHEMA = 'social_security';

/**
 * Loads a synthetic province's beneficiaries (`@d06/synthetic`: the citizens with a social-security record) and
 * the accounts of those who have one into the social-security schema, in one transaction. Same province, size
 * and seed as `d06 seed population` give the same people, so reviews and payments line up with the register.
 *
 * A bulk load publishes no per-beneficiary events: one ssa.beneficiaries.seeded with the counts per group goes
 * into the outbox with the data, and the service relays it when it runs on this schema.
 *
 * @throws SocialSecuritySeedError INVALID_OPTIONS, or ALREADY_SEEDED when the province has beneficiaries and
 * `replace` is not set; database errors as they come (nothing is then loaded).
 */
export async function seedSocialSecurity(
  options: SeedSocialSecurityOptions,
): Promise<SeedSocialSecuritySummary> {
  const schema = options.schema ?? DEFAULT_SOCIAL_SECURITY_SCHEMA;
  const province = validate(options, schema);
  const started = performance.now();
  const now = options.now ?? new Date();
  const dataSource = await createDataSource({
    schema,
    entities: SOCIAL_SECURITY_ENTITIES,
    migrations: SOCIAL_SECURITY_MIGRATIONS,
    databaseUrl: options.databaseUrl,
    embedded: options.embedded,
    poolSize: 1,
  });
  const outbox = new TransactionalOutbox(
    dataSource,
    new EnvelopeFactory(new EventCatalog(Object.values(EVENT_CONTRACTS)), 'd06/social-security', {
      now: () => now,
    }),
  );
  try {
    return await dataSource.transaction(async (manager) => {
      await prepare(manager, schema, province.provinceCode, options.replace ?? false);
      const draw = new AccountDraw(province.seed, options.accountShares, options.inactiveShare);
      const loader = new BeneficiaryLoader(manager, schema, draw, now);
      const batches = options.households ?? generateProvince({ ...province, batchSize: 1_000 });
      for await (const households of batches) {
        for (const household of households) for (const person of household.members) await loader.add(person);
      }
      await loader.flush();
      const counts = await countsOf(manager, schema, province.provinceCode);
      await outbox.add(manager, [
        {
          type: EVENT_TYPES.SSA_BENEFICIARIES_SEEDED,
          time: now,
          data: {
            provinceCode: province.provinceCode,
            seed: province.seed,
            size: province.size,
            referenceDate: province.referenceDate,
            ...counts,
            occurredAt: now.toISOString(),
          },
        },
      ]);
      return {
        schema,
        provinceCode: province.provinceCode,
        size: province.size,
        seed: province.seed,
        referenceDate: province.referenceDate,
        ...counts,
        accounts: loader.accountCounts,
        skipped: loader.skipped,
        seconds: (performance.now() - started) / 1000,
      };
    });
  } finally {
    await dataSource.destroy();
  }
}

async function prepare(
  manager: EntityManager,
  schema: string,
  provinceCode: string,
  replace: boolean,
): Promise<void> {
  if (replace) {
    await manager.query(`TRUNCATE "${schema}"."beneficiaries", "${schema}"."account_links" RESTART IDENTITY`);
    return;
  }
  const [{ seeded }] = await manager.query<{ seeded: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM "${schema}"."beneficiaries" WHERE province_code = $1) AS seeded`,
    [provinceCode],
  );
  if (seeded) {
    throw new SocialSecuritySeedError(
      'ALREADY_SEEDED',
      `schema ${schema} already has beneficiaries of province ${provinceCode}; use replace to load it again`,
    );
  }
}

async function countsOf(
  manager: EntityManager,
  schema: string,
  provinceCode: string,
): Promise<{ beneficiaries: GroupCounts; withAccount: GroupCounts; monthlyAmountVnd: GroupCounts }> {
  const rows = await manager.query<{ g: string; n: number; linked: number; amount: string }[]>(
    `SELECT b.beneficiary_group AS g, count(*)::int AS n, count(a.id_number)::int AS linked,
            sum(b.monthly_amount_vnd)::text AS amount
       FROM "${schema}"."beneficiaries" b LEFT JOIN "${schema}"."account_links" a ON a.id_number = b.id_number
      WHERE b.province_code = $1 AND b.status = 'active'
      GROUP BY b.beneficiary_group`,
    [provinceCode],
  );
  const of = (group: string, pick: (row: (typeof rows)[number]) => number): number => {
    const row = rows.find((r) => r.g === group);
    return row ? pick(row) : 0;
  };
  const both = (pick: (row: (typeof rows)[number]) => number): GroupCounts => ({
    socialAssistance: of('social-assistance', pick),
    meritorious: of('meritorious', pick),
  });
  return {
    beneficiaries: both((r) => r.n),
    withAccount: both((r) => r.linked),
    monthlyAmountVnd: both((r) => Number(r.amount)),
  };
}

function validate(options: SeedSocialSecurityOptions, schema: string): ProvinceOptions {
  try {
    assertSchemaName(schema);
    return resolveProvinceOptions(options);
  } catch (error) {
    throw new SocialSecuritySeedError(
      'INVALID_OPTIONS',
      error instanceof Error ? error.message : String(error),
    );
  }
}
