import { EVENT_TYPES } from '@d06/contracts';
import { disbursementCases } from './disbursement.cases';
import { funeralCases } from './funeral.cases';
import { registrationCases } from './registration.cases';
import { startSuite, stopSuite, type SuiteContext } from './suite-context';

/**
 * The social-security service's behaviour, run on the embedded adapters and on real PostgreSQL and Kafka:
 * enrolment and review against the register, the ID → account mapping, a monthly batch with injected rejections
 * and reversals reconciled with the bank statement, deaths and the funeral allowance. The cases share one
 * seeded province and run in order.
 */
export function describeSocialSecurity(name: string, env: () => Record<string, string>): void {
  describe(`social-security (${name})`, () => {
    const context = {} as SuiteContext;
    jest.setTimeout(90_000); // a batch, its events and a reconciliation take a few seconds on real infrastructure

    beforeAll(async () => {
      Object.assign(context, await startSuite(env()));
    }, 120_000);

    afterAll(() => stopSuite(context), 30_000);

    it('relays the seed’s summary event with the counts it loaded', async () => {
      const [seeded] = await context.ssa.eventsOf(EVENT_TYPES.SSA_BENEFICIARIES_SEEDED, 1);
      expect(seeded.data).toMatchObject({
        provinceCode: '038',
        beneficiaries: context.seeded.beneficiaries,
        withAccount: context.seeded.withAccount,
      });
      expect(context.seeded.beneficiaries.socialAssistance).toBeGreaterThan(
        context.seeded.beneficiaries.meritorious,
      );
      expect(context.seeded.skipped).toBe(0);
    });

    registrationCases(context);
    disbursementCases(context);
    funeralCases(context);
  });
}
