import { createDataSource, EmbeddedPostgres } from '@d06/persistence';
import type { DataSource } from 'typeorm';
import { SOCIAL_SECURITY_ENTITIES, SOCIAL_SECURITY_MIGRATIONS } from '../../src';
import { seedSocialSecurity, SocialSecuritySeedError } from '../../src/seed';
import { generatedPeople } from '../synthetic-province';

const OPTIONS = { provinceCode: '38', size: 3_000, seed: 7 } as const;
const SCHEMA = 'ssa_seed';

describe('seedSocialSecurity (embedded PostgreSQL)', () => {
  const people = generatedPeople({ ...OPTIONS, provinceCode: '038' });
  const beneficiaries = people.filter((p) => p.socialSecurity);
  let db: DataSource;

  beforeAll(async () => {
    db = await createDataSource({
      schema: SCHEMA,
      entities: SOCIAL_SECURITY_ENTITIES,
      migrations: SOCIAL_SECURITY_MIGRATIONS,
    });
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    await EmbeddedPostgres.shared().stop();
  });

  const snapshot = () =>
    db.query(
      `SELECT b.id_number, b.full_name, b.beneficiary_group, b.monthly_amount_vnd, a.payment_channel, a.account_number, a.status
         FROM ${SCHEMA}.beneficiaries b LEFT JOIN ${SCHEMA}.account_links a USING (id_number) ORDER BY b.id_number`,
    );

  it('loads every generated beneficiary as the social-security list holds them, with the generated accounts', async () => {
    const summary = await seedSocialSecurity({ ...OPTIONS, schema: SCHEMA });
    const group = (g: string) => beneficiaries.filter((p) => p.socialSecurity!.group === g);
    expect(summary.skipped).toBe(0);
    expect(summary.beneficiaries).toEqual({
      socialAssistance: group('social-assistance').length,
      meritorious: group('meritorious').length,
    });
    expect(summary.monthlyAmountVnd.meritorious).toBe(
      group('meritorious').reduce((sum, p) => sum + p.socialSecurity!.monthlyAmountVnd, 0),
    );
    // accounts belong to the real ID number: a beneficiary recorded under a wrong one has none
    const recorded = new Set(beneficiaries.map((p) => p.socialSecurity!.identity.idNumber));
    const holders = beneficiaries.filter((p) => p.socialSecurity!.hasBankAccount);
    const linked = holders.filter((p) => recorded.has(p.idNumber));
    expect(summary.withAccount.socialAssistance + summary.withAccount.meritorious).toBe(linked.length);
    expect(summary.accounts.active + summary.accounts.inactive).toBe(holders.length);

    const defective = beneficiaries.find((p) => p.socialSecurity!.identity.fullName !== p.fullName)!;
    const [row] = await db.query(`SELECT full_name FROM ${SCHEMA}.beneficiaries WHERE id_number = $1`, [
      defective.socialSecurity!.identity.idNumber,
    ]);
    expect(row.full_name).toBe(defective.socialSecurity!.identity.fullName);

    const [event] = await db.query(`SELECT type, envelope FROM ${SCHEMA}.outbox`);
    expect(event.type).toBe('vn.d06.ssa.beneficiaries.seeded.v1');
    expect(event.envelope.data).toMatchObject({
      provinceCode: '038',
      beneficiaries: summary.beneficiaries,
      seed: 7,
    });
  }, 120_000);

  it('refuses to load the province twice, and loads the very same data again with replace', async () => {
    const before = await snapshot();
    await expect(seedSocialSecurity({ ...OPTIONS, schema: SCHEMA })).rejects.toMatchObject({
      code: 'ALREADY_SEEDED',
    });
    await seedSocialSecurity({ ...OPTIONS, schema: SCHEMA, replace: true });
    expect(await snapshot()).toEqual(before);
    expect(before.length).toBe(beneficiaries.length);
  }, 120_000);

  it('refuses bad options before touching the database', async () => {
    const error = await seedSocialSecurity({ ...OPTIONS, size: 0, schema: 'Bad-Schema' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SocialSecuritySeedError);
    expect((error as SocialSecuritySeedError).code).toBe('INVALID_OPTIONS');
  });
});
