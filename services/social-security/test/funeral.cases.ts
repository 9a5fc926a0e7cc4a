import { randomUUID } from 'node:crypto';
import { EVENT_TYPES } from '@d06/contracts';
import type { GeneratedPerson } from '@d06/synthetic';
import { waitFor } from '@d06/testing';
import { cleanBeneficiaries, type SuiteContext } from './suite-context';

/** Deaths learnt from population events, and the funeral allowance of linked procedure 2. */
export function funeralCases(context: SuiteContext): void {
  describe('funeral allowance (linked procedure 2)', () => {
    let deceased: GeneratedPerson;
    let claimant: GeneratedPerson;
    const request = () => ({
      deceasedIdNumber: deceased.idNumber,
      claimant: { idNumber: claimant.idNumber, fullName: claimant.fullName, relationship: 'child' },
      dossierCode: '000.00.38.H56-240910-0001',
    });
    const death = (idNumber: string) => ({
      type: EVENT_TYPES.CITIZEN_DECEASED,
      id: randomUUID(),
      data: {
        idNumber,
        dateOfDeath: '2024-09-05',
        provinceCode: '038',
        recordedAt: '2024-09-10T09:00:00+07:00',
      },
    });

    beforeAll(async () => {
      deceased = cleanBeneficiaries(context.people).find((p) => p.socialSecurity!.group === 'meritorious')!;
      claimant =
        context.people.find(
          (p) => !p.socialSecurity && p.householdId === deceased.householdId && p !== deceased,
        ) ?? context.people.find((p) => !p.socialSecurity && p.birthDate < '1990-01-01')!;
      const noFaults = { rejectionRates: { 'invalid-account': 0, 'closed-account': 0, 'name-mismatch': 0 } };
      expect((await context.ssa.call('PUT', '/v1/bank-rail/settings', 'social', noFaults)).status).toBe(200);
    });

    it('refuses the allowance of someone whose death the register has not recorded', async () => {
      const response = await context.ssa.call('POST', '/v1/funeral-allowances', 'one-stop', request());
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('NOT_RECORDED_DECEASED');
    });

    it('learns the death once from citizen.deceased: the allowance stops with one beneficiary.ended', async () => {
      const event = death(deceased.idNumber);
      await context.ssa.publish([event]);
      await waitFor(
        async () =>
          (await context.ssa.call('GET', `/v1/beneficiaries/${deceased.idNumber}`, 'social')).body.status ===
          'ended',
        { timeoutMs: 30_000, message: 'beneficiary ended' },
      );
      await context.ssa.publish([event]); // redelivered: same id
      const ended = await context.ssa.eventsOf(
        EVENT_TYPES.SSA_BENEFICIARY_ENDED,
        1,
        (d) => d.idNumber === deceased.idNumber,
      );
      expect(ended).toHaveLength(1);
      expect(ended[0].data).toMatchObject({
        group: 'meritorious',
        reason: 'deceased',
        dateOfDeath: '2024-09-05',
      });
      const [{ n }] = await context.ssa.query(
        `SELECT count(*)::int AS n FROM $schema.processed_events WHERE event_id = $1`,
        [event.id],
      );
      expect(n).toBe(1);
    });

    it('pays the allowance the law sets to the claimant’s account, once per deceased person', async () => {
      const refused = await context.ssa.call('POST', '/v1/funeral-allowances', 'one-stop', request());
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('CLAIMANT_ACCOUNT_NOT_ACTIVE');
      const account = {
        channel: 'vneid',
        paymentChannel: 'bank-account',
        provider: 'VCB',
        accountNumber: '0071000123456',
        accountName: 'CLAIMANT',
      };
      expect(
        (await context.ssa.call('PUT', `/v1/accounts/${claimant.idNumber}`, 'vneid', account)).status,
      ).toBe(201);

      const granted = await context.ssa.call('POST', '/v1/funeral-allowances', 'one-stop', request());
      expect(granted.status).toBe(201);
      expect(granted.body).toMatchObject({
        group: 'meritorious',
        dateOfDeath: '2024-09-05',
        amountVnd: 23_400_000, // 10 × the base salary of 2 340 000 đ in force from 1 July 2024
        payment: {
          status: 'succeeded',
          reference: expect.stringMatching(/^MTP-038-[0-9A-F]{10}$/),
          valueDate: '2024-09-12',
        },
      });
      const { reference } = granted.body.payment;
      const paid = await context.ssa.eventsOf(
        EVENT_TYPES.SSA_FUNERAL_ALLOWANCE_PAID,
        1,
        (d) => d.idNumber === deceased.idNumber,
      );
      expect(paid[0].data).toMatchObject({
        amountVnd: 23_400_000,
        reference,
        dossierCode: '000.00.38.H56-240910-0001',
      });
      const payment = await context.ssa.eventsOf(
        EVENT_TYPES.SSA_PAYMENT_SUCCEEDED,
        1,
        (d) => d.reference === reference,
      );
      expect(payment[0].data).toMatchObject({
        purpose: 'funeral',
        idNumber: claimant.idNumber,
        amountVnd: 23_400_000,
      });
      expect(payment[0].data).not.toHaveProperty('batchId');

      const again = await context.ssa.call('POST', '/v1/funeral-allowances', 'one-stop', request());
      expect(again.status).toBe(200);
      expect(again.body.payment.reference).toBe(reference);
      const other = await context.ssa.call('POST', '/v1/funeral-allowances', 'social', {
        ...request(),
        claimant: { idNumber: deceased.idNumber, fullName: 'Someone Else', relationship: 'sibling' },
      });
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('FUNERAL_ALLOWANCE_ALREADY_GRANTED');
      const [{ n }] = await context.ssa.query(
        `SELECT count(*)::int AS n FROM $rail.rail_transfers WHERE reference LIKE 'MTP-%'`,
      );
      expect(n).toBe(1);
    });

    it('refuses the allowance of a deceased person who was no beneficiary', async () => {
      // a child: no allowance, and not among the adults the enrolment cases enrolled
      const stranger = context.people.find((p) => !p.socialSecurity && p.birthDate > '2010-01-01')!;
      await context.ssa.publish([death(stranger.idNumber)]);
      await waitFor(
        async () =>
          (await context.ssa.query('SELECT 1 FROM $schema.deaths WHERE id_number = $1', [stranger.idNumber]))
            .length === 1,
        { timeoutMs: 30_000, message: 'death recorded' },
      );
      const response = await context.ssa.call('POST', '/v1/funeral-allowances', 'one-stop', {
        ...request(),
        deceasedIdNumber: stranger.idNumber,
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('NOT_ENTITLED');
    });
  });
}
