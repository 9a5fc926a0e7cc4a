import type { GeneratedPerson } from '@d06/synthetic';
import { seedSocialSecurity, type SeedSocialSecuritySummary } from '../src/seed';
import { PopulationStub } from './population-stub';
import { SocialSecurityHarness } from './social-security-harness';
import { generatedPeople, PROVINCE, registerOf } from './synthetic-province';

/** Monday 9 September 2024, 09:00 in Vietnam: a working week ahead (2 September's holidays are past). */
export const START = new Date('2024-09-09T02:00:00.000Z');

/** What every case of the suite shares: the service, the population stub, and the seeded province's truth. */
export interface SuiteContext {
  ssa: SocialSecurityHarness;
  population: PopulationStub;
  people: GeneratedPerson[];
  seeded: SeedSocialSecuritySummary;
}

/** Seeds the schema, starts the stub and the service (no rail faults until a case sets them). */
export async function startSuite(env: Record<string, string>): Promise<SuiteContext> {
  const people = generatedPeople();
  const seeded = await seedSocialSecurity({
    databaseUrl: env.DATABASE_URL,
    schema: env.DB_SCHEMA,
    ...PROVINCE,
    now: START,
  });
  const population = await PopulationStub.start(registerOf(people));
  const ssa = await SocialSecurityHarness.start(
    {
      ...env,
      POPULATION_URL: population.url,
      BANK_RAIL_REJECT_INVALID_ACCOUNT: '0',
      BANK_RAIL_REJECT_CLOSED_ACCOUNT: '0',
      BANK_RAIL_REJECT_NAME_MISMATCH: '0',
      BANK_RAIL_REVERSAL_RATE: '0',
    },
    START,
  );
  return { ssa, population, people, seeded };
}

export async function stopSuite(context: Partial<SuiteContext>): Promise<void> {
  await context.ssa?.stop();
  await context.population?.stop();
}

/** Seeded beneficiaries whose recorded identity is the register's (no injected defect). */
export function cleanBeneficiaries(people: readonly GeneratedPerson[]): GeneratedPerson[] {
  return people.filter((p) => p.socialSecurity && !p.defects.some((d) => d.sector === 'social-security'));
}
