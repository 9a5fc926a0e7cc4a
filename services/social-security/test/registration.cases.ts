import { EVENT_TYPES } from '@d06/contracts';
import type { GeneratedPerson } from '@d06/synthetic';
import { cleanBeneficiaries, type SuiteContext } from './suite-context';

/** Refused calls, enrolment against the register, the review run, and the ID → account mapping. */
export function registrationCases(context: SuiteContext): void {
  const adultNonBeneficiaries = (): GeneratedPerson[] =>
    context.people.filter((p) => !p.socialSecurity && p.birthDate < '2000-01-01');

  describe('refused calls', () => {
    it('refuses a call without caller headers, naming them, and changes nothing', async () => {
      const before = await context.ssa.query('SELECT count(*)::int AS n FROM $schema.beneficiaries');
      const response = await context.ssa.call('POST', '/v1/beneficiary-reviews', undefined, {
        provinceCode: '038',
      });
      expect(response.status).toBe(400);
      expect(response.contentType).toMatch(/application\/problem\+json/);
      expect(response.body.code).toBe('CALLER_CONTEXT_REQUIRED');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['x-caller-type', 'x-caller-id', 'x-caller-agency', 'x-caller-role']),
      );
      expect(await context.ssa.query('SELECT count(*)::int AS n FROM $schema.beneficiaries')).toEqual(before);
      expect(context.population.requests).toHaveLength(0);
    });

    it('refuses a role that may not act, and a channel the role does not speak for', async () => {
      const enrol = await context.ssa.call('POST', '/v1/beneficiaries', 'vneid', {});
      expect(enrol.status).toBe(403);
      expect(enrol.body.code).toBe('ROLE_NOT_ALLOWED');
      const declared = await context.ssa.call('PUT', '/v1/accounts/038090001234', 'vneid', {
        channel: 'counter',
        paymentChannel: 'bank-account',
        provider: 'VBA',
        accountNumber: '3800205123456',
        accountName: 'NGUYEN VAN AN',
      });
      expect(declared.status).toBe(403);
      expect(declared.body.detail).toMatch(/channel vneid/);
    });

    it('names each bad field of a body and the broken rule of an ID number', async () => {
      const response = await context.ssa.call('POST', '/v1/beneficiaries', 'social', {
        idNumber: '038090001234',
        fullName: 'Nguyễn Văn An',
        birthDate: '1990-02-30',
        sex: 'male',
        group: 'meritorious',
        category: 'orphan',
        monthlyAmountVnd: '2055000',
        provinceCode: '038',
      });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'birthDate',
        'monthlyAmountVnd',
      ]);
      const category = await context.ssa.call('POST', '/v1/beneficiaries', 'social', {
        ...enrolmentOf(adultNonBeneficiaries()[0]),
        category: 'orphan',
        group: 'meritorious',
      });
      expect(category.body.errors).toEqual([
        { field: 'category', message: expect.stringContaining('martyr-relative') },
      ]);
      const resolve = await context.ssa.call('GET', '/v1/accounts/03809000123X/resolve', 'social');
      expect(resolve.status).toBe(400);
      expect(resolve.body.code).toBe('INVALID_ID_NUMBER');
      expect(resolve.body.detail).toMatch(/rule: digits/);
    });
  });

  describe('enrolment', () => {
    it('enrols a person whose record matches the register, with one beneficiary.enrolled', async () => {
      const person = adultNonBeneficiaries()[0];
      const response = await context.ssa.call('POST', '/v1/beneficiaries', 'social', enrolmentOf(person));
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        idNumber: person.idNumber,
        beneficiaryCode: expect.stringMatching(/^SSA-038-[0-9]{8}$/),
        group: 'social-assistance',
        monthlyAmountVnd: 540_000,
        status: 'active',
        review: { result: 'match', mismatchedFields: [] },
      });
      const asked = context.population.requests.at(-1)!;
      expect(asked.path).toBe('/v1/verifications');
      expect(asked.headers).toMatchObject({
        'x-caller-type': 'system',
        'x-caller-id': 'social-security',
        'x-caller-role': 'social',
        'x-purpose': 'beneficiary-review',
      });
      expect(asked.body).toMatchObject({
        sector: 'social',
        provinceCode: '038',
        record: { idNumber: person.idNumber },
      });
      const events = await context.ssa.eventsOf(
        EVENT_TYPES.SSA_BENEFICIARY_ENROLLED,
        1,
        (d) => d.idNumber === person.idNumber,
      );
      expect(events).toHaveLength(1);
      expect(events[0].subject).toBe(response.body.beneficiaryCode); // never the ID number
      expect(events[0].data).toMatchObject({
        group: 'social-assistance',
        category: 'disability',
        provinceCode: '038',
      });
      const again = await context.ssa.call('POST', '/v1/beneficiaries', 'social', enrolmentOf(person));
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_ENROLLED');
    });

    it('refuses a record that differs from the register, naming the fields, and stores nothing', async () => {
      const person = adultNonBeneficiaries()[1];
      const response = await context.ssa.call('POST', '/v1/beneficiaries', 'social', {
        ...enrolmentOf(person),
        fullName: `${person.fullName} Khác`,
        birthDate: '1931-01-01',
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('RECORD_MISMATCH');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['fullName', 'birthDate']);
      expect((await context.ssa.call('GET', `/v1/beneficiaries/${person.idNumber}`, 'social')).status).toBe(
        404,
      );
    });

    it('answers 503 while the population service is down, and enrols nobody', async () => {
      const person = adultNonBeneficiaries()[2];
      context.population.down = true;
      try {
        const response = await context.ssa.call('POST', '/v1/beneficiaries', 'social', enrolmentOf(person));
        expect(response.status).toBe(503);
        expect(response.body.code).toBe('POPULATION_UNAVAILABLE');
      } finally {
        context.population.down = false;
      }
      expect((await context.ssa.call('GET', `/v1/beneficiaries/${person.idNumber}`, 'social')).status).toBe(
        404,
      );
    });
  });

  describe('review against the register', () => {
    it('checks every active beneficiary and finds exactly the injected defects', async () => {
      const [{ n: active }] = await context.ssa.query(
        `SELECT count(*)::int AS n FROM $schema.beneficiaries WHERE status = 'active' AND province_code = '038'`,
      );
      const defective =
        context.people.filter((p) => p.socialSecurity).length - cleanBeneficiaries(context.people).length;
      const response = await context.ssa.call('POST', '/v1/beneficiary-reviews', 'social', {
        provinceCode: '038',
      });
      expect(response.status).toBe(200);
      expect(defective).toBeGreaterThan(0);
      expect(response.body).toMatchObject({
        reviewed: active,
        mismatched: defective,
        matched: active - defective,
      });
      const events = await context.ssa.eventsOf(
        EVENT_TYPES.SSA_BENEFICIARY_REVIEWED,
        active,
        (d) => d.reviewId === response.body.reviewId,
      );
      expect(events).toHaveLength(active);
      expect(events.filter((e) => e.data!.result === 'mismatch')).toHaveLength(defective);
      expect(context.population.requests.at(-1)!.path).toBe('/v1/verifications/batch');
    });
  });

  describe('ID → account mapping', () => {
    it('links, keeps, then replaces an account, with one account.linked per change', async () => {
      const [{ id_number: idNumber }] = await context.ssa.query(
        `SELECT b.id_number FROM $schema.beneficiaries b LEFT JOIN $schema.account_links a USING (id_number)
          WHERE a.id_number IS NULL AND b.status = 'active' ORDER BY b.beneficiary_no LIMIT 1`,
      );
      expect(
        (await context.ssa.call('GET', `/v1/accounts/${idNumber}/resolve`, 'one-stop')).body.status,
      ).toBe('not-linked');
      const wallet = {
        paymentChannel: 'e-wallet',
        provider: 'MOMO',
        accountNumber: '0912345678',
        accountName: 'LE THI B',
      };
      const linked = await context.ssa.call('PUT', `/v1/accounts/${idNumber}`, 'vneid', {
        channel: 'vneid',
        ...wallet,
      });
      expect(linked.status).toBe(201);
      const unchanged = await context.ssa.call('PUT', `/v1/accounts/${idNumber}`, 'vneid', {
        channel: 'vneid',
        ...wallet,
      });
      expect(unchanged.status).toBe(200);
      expect(unchanged.body.outcome).toBe('unchanged');
      const bank = {
        paymentChannel: 'bank-account',
        provider: 'VBA',
        accountNumber: '3800205123456',
        accountName: 'LE THI B',
      };
      const replaced = await context.ssa.call('PUT', `/v1/accounts/${idNumber}`, 'social', {
        channel: 'counter',
        ...bank,
      });
      expect(replaced.body.outcome).toBe('replaced');
      const events = await context.ssa.eventsOf(
        EVENT_TYPES.SSA_ACCOUNT_LINKED,
        2,
        (d) => d.idNumber === idNumber,
      );
      expect(
        events.map((e) => [e.data!.declaredVia, e.data!.paymentChannel, e.data!.previouslyLinked]),
      ).toEqual([
        ['vneid', 'e-wallet', false],
        ['counter', 'bank-account', true],
      ]);
      expect(events[0].data).toHaveProperty('group');
      expect(JSON.stringify(events)).not.toContain(bank.accountNumber);
      const resolved = await context.ssa.call('GET', `/v1/accounts/${idNumber}/resolve`, 'public-service');
      expect(resolved.body).toEqual({ idNumber, status: 'active', account: bank });
    });

    it('resolves an inactive account without its number, and an unknown person as not-found', async () => {
      const [{ id_number: inactive }] = await context.ssa.query(
        `SELECT id_number FROM $schema.account_links WHERE status = 'inactive' LIMIT 1`,
      );
      const answer = await context.ssa.call('GET', `/v1/accounts/${inactive}/resolve`, 'social');
      expect(answer.body).toEqual({
        idNumber: inactive,
        status: 'inactive',
        account: { paymentChannel: expect.any(String), provider: expect.any(String) },
      });
      const stranger = adultNonBeneficiaries()[3].idNumber;
      expect((await context.ssa.call('GET', `/v1/accounts/${stranger}/resolve`, 'social')).body).toEqual({
        idNumber: stranger,
        status: 'not-found',
      });
    });
  });
}

/** An enrolment request holding the person's register identity (a disability allowance). */
export function enrolmentOf(person: GeneratedPerson): Record<string, unknown> {
  return {
    idNumber: person.idNumber,
    fullName: person.fullName,
    birthDate: person.birthDate,
    sex: person.sex,
    group: 'social-assistance',
    category: 'disability',
    monthlyAmountVnd: 540_000,
    provinceCode: person.permanent.provinceCode,
    communeCode: person.permanent.communeCode,
  };
}
