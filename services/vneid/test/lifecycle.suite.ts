import { EVENT_TYPES } from '@d06/contracts';
import { citizen, creds, HOUR, level1Body, OTP, type VneidWorld } from './support/world';

/** Accounts on the business clock, population events, verification and targets. */
export function lifecycleSuite(world: () => VneidWorld): void {
  describe('account lifecycle', () => {
    it('approves level-1 requests once their delay has passed on the business clock, each exactly once', async () => {
      const { vneid, population } = world();
      const early = citizen(20);
      const late = citizen(21, 'female');
      population.add(early, late);
      const start = await vneid.now();
      const first = await vneid.call('POST', '/v1/accounts/level1-requests', 'app', level1Body(early));
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ status: 'requested', level: 1, channel: 'app' });
      expect(Date.parse(first.body.dueAt) - Date.parse(first.body.requestedAt)).toBe(24 * HOUR);
      expect(Date.parse(first.body.requestedAt)).toBeGreaterThanOrEqual(Date.parse(start));
      const verification = population.requests.at(-1)!;
      expect(verification.headers).toMatchObject({
        'x-caller-role': 'police',
        'x-purpose': 'eid-registration',
        'x-caller-id': 'vneid',
      });
      expect(verification.body).toMatchObject({
        sector: 'other',
        provinceCode: '038',
        record: { idNumber: early.idNumber },
      });

      await vneid.advance(12 * HOUR);
      expect((await vneid.call('POST', '/v1/accounts/level1-requests', 'app', level1Body(late))).status).toBe(
        201,
      );
      await vneid.advance(13 * HOUR); // early is due, late is not (12 h left)
      const [approved] = await vneid.eventsOf(EVENT_TYPES.EID_ACCOUNT_APPROVED, early.idNumber, 1);
      expect(approved.data).toMatchObject({
        level: 1,
        channel: 'app',
        provinceCode: '038',
        communeCode: '14758',
      });
      expect(approved.data.occurredAt).toBe(first.body.dueAt);
      expect((await vneid.call('GET', `/v1/accounts/${late.idNumber}`, 'app')).body.status).toBe('requested');

      await vneid.advance(12 * HOUR);
      await vneid.eventsOf(EVENT_TYPES.EID_ACCOUNT_APPROVED, late.idNumber, 1);
      await vneid.advance(48 * HOUR);
      expect(await vneid.eventsOf(EVENT_TYPES.EID_ACCOUNT_APPROVED, early.idNumber, 1)).toHaveLength(1);
      expect(await vneid.eventsOf(EVENT_TYPES.EID_ACCOUNT_REQUESTED, late.idNumber, 1)).toHaveLength(1);

      const wrongOtp = await vneid.call('POST', `/v1/accounts/${early.idNumber}/activation`, 'app', {
        phone: level1Body(early).phone,
        otp: '123456',
      });
      expect(wrongOtp.status).toBe(401);
      const activated = await vneid.call('POST', `/v1/accounts/${early.idNumber}/activation`, 'app', {
        phone: level1Body(early).phone,
        otp: OTP,
      });
      expect(activated.body).toMatchObject({ status: 'active', level: 1 });
      expect(await vneid.eventsOf(EVENT_TYPES.EID_ACCOUNT_ACTIVATED, early.idNumber, 1)).toHaveLength(1);
      const again = await vneid.call('POST', `/v1/accounts/${early.idNumber}/activation`, 'app', {
        phone: level1Body(early).phone,
        otp: OTP,
      });
      expect(again.status).toBe(409);
    });

    it('refuses a request the population database does not confirm, keeping nothing', async () => {
      const { vneid, population } = world();
      const person = citizen(22);
      population.add(person);
      const answer = await vneid.call('POST', '/v1/accounts/level1-requests', 'app', {
        ...level1Body(person),
        birthDate: '1991-05-01',
      });
      expect(answer.status).toBe(422);
      expect(answer.contentType).toMatch(/application\/problem\+json/);
      expect(answer.body).toMatchObject({ code: 'REGISTRY_MISMATCH', errors: [{ field: 'birthDate' }] });
      expect((await vneid.call('GET', `/v1/accounts/${person.idNumber}`, 'app')).status).toBe(404);
      const noHeaders = await vneid.call(
        'POST',
        '/v1/accounts/level1-requests',
        undefined,
        level1Body(person),
      );
      expect(noHeaders.body.code).toBe('CALLER_CONTEXT_REQUIRED');
      const level2 = await vneid.call('POST', '/v1/accounts/level2-registrations', 'police', {
        ...level1Body(person),
        fingerprintVerified: false,
      });
      expect(level2.body.code).toBe('FINGERPRINT_REQUIRED');
    });

    it('revokes the account of a deceased citizen once: no login and no token afterwards', async () => {
      const { vneid } = world();
      const person = citizen(23);
      await world().activeLevel1(person);
      const rp = await world().testRp();
      const pending = await rp.authorize(creds(person)); // a code issued before the death
      expect(pending.refused).toBeUndefined();
      const death = {
        id: '0192f3c4-5a6b-7c8d-9e0f-123456789abc',
        type: EVENT_TYPES.CITIZEN_DECEASED,
        data: {
          idNumber: person.idNumber,
          dateOfDeath: '2024-09-01',
          provinceCode: '038',
          recordedAt: await vneid.now(),
        },
      };
      await vneid.publish(death);
      await vneid.publish(death); // redelivered: applied once
      const [revoked] = await vneid.eventsOf(EVENT_TYPES.EID_ACCOUNT_REVOKED, person.idNumber, 1);
      expect(revoked.data).toMatchObject({ reason: 'deceased', previousStatus: 'active', level: 1 });
      await expect(rp.exchange(pending)).rejects.toMatchObject({ error: 'invalid_grant' });
      expect((await rp.authorize(creds(person))).refused).toMatchObject({
        status: 403,
        body: { code: 'ACCOUNT_REVOKED' },
      });
      expect((await vneid.call('GET', `/v1/accounts/${person.idNumber}`, 'app')).body.status).toBe('revoked');
    });

    it('integrates an issued CCCD card into the citizen’s documents', async () => {
      const { vneid } = world();
      const person = citizen(24);
      await world().activeLevel1(person);
      await vneid.publish({
        type: EVENT_TYPES.IDCARD_ISSUED,
        data: {
          idNumber: person.idNumber,
          applicationId: '5b0f1e3a-8c2d-4f6e-9a7b-1c2d3e4f5a6b',
          cardNumber: person.idNumber,
          issuedOn: '2024-09-20',
          expiresOn: '2030-05-01',
          chip: true,
          provinceCode: '038',
          occurredAt: '2024-09-20T09:00:00Z',
        },
      });
      const { waitFor } = await import('@d06/testing');
      const documents = await waitFor(
        async () => {
          const answer = await vneid.call(
            'GET',
            `/v1/accounts/${person.idNumber}/documents`,
            'relying-party',
          );
          return answer.body.length > 0 ? answer.body : undefined;
        },
        { timeoutMs: 20_000, message: 'the CCCD document' },
      );
      expect(documents).toEqual([
        {
          kind: 'cccd',
          documentNumber: person.idNumber,
          issuedOn: '2024-09-20',
          expiresOn: '2030-05-01',
          details: { chip: true, provinceCode: '038' },
        },
      ]);
    });

    it('integrates a BHYT card issued by the bhyt service into the citizen’s documents', async () => {
      const { vneid } = world();
      const person = citizen(26);
      await world().activeLevel1(person);
      await vneid.publish({
        type: EVENT_TYPES.BHYT_CARD_ISSUED,
        data: {
          idNumber: person.idNumber,
          socialInsuranceNumber: '3823456789',
          cardCode: 'GD4383823456789',
          group: 'GD',
          benefitLevel: 4,
          provinceCode: '038',
          validFrom: '2024-01-01',
          validTo: '2024-12-31',
          reason: 'household-renewal',
          occurredAt: '2024-01-01T08:00:00Z',
        },
      });
      const { waitFor } = await import('@d06/testing');
      const documents = await waitFor(
        async () => {
          const answer = await vneid.call(
            'GET',
            `/v1/accounts/${person.idNumber}/documents`,
            'relying-party',
          );
          return answer.body.length > 0 ? answer.body : undefined;
        },
        { timeoutMs: 20_000, message: 'the BHYT document' },
      );
      expect(documents).toEqual([
        {
          kind: 'bhyt',
          documentNumber: 'GD4383823456789',
          issuedOn: '2024-01-01',
          expiresOn: '2024-12-31',
          details: { group: 'GD', benefitLevel: 4, provinceCode: '038' },
        },
      ]);
    });

    it('verifies an identity presented at a counter, with an event per check', async () => {
      const { vneid } = world();
      const person = citizen(25);
      await world().activeLevel1(person);
      const body = {
        idNumber: person.idNumber,
        fullName: person.fullName.toUpperCase(),
        birthDate: person.birthDate,
        chipRead: true,
        provinceCode: '038',
      };
      expect((await vneid.call('POST', '/v1/verifications', 'relying-party', body)).body).toEqual({
        result: 'match',
        mismatchedFields: [],
        level: 1,
        assurance: 'vneid:loa1',
      });
      const mismatch = await vneid.call('POST', '/v1/verifications', 'relying-party', {
        ...body,
        birthDate: '1990-05-02',
      });
      expect(mismatch.body).toMatchObject({
        result: 'mismatch',
        mismatchedFields: ['birthDate'],
        assurance: null,
      });
      const unknown = await vneid.call('POST', '/v1/verifications', 'relying-party', {
        ...body,
        idNumber: '038090799999',
      });
      expect(unknown.body.mismatchedFields).toEqual(['account']);
      expect((await vneid.call('POST', '/v1/verifications', 'app', body)).status).toBe(403);
      const checks = await vneid.eventsOf(EVENT_TYPES.EID_VERIFICATION_PERFORMED, person.idNumber, 2);
      expect(checks.map((e) => [e.data.result, e.data.verifier, e.data.chipRead])).toEqual([
        ['match', 'G01.038.TEST', true],
        ['mismatch', 'G01.038.TEST', true],
      ]);
    });

    it('keeps activation targets per province, seeded from configuration and set through the API', async () => {
      const { vneid } = world();
      const seeded = await vneid.eventsOf(EVENT_TYPES.EID_ACTIVATION_TARGET_SET, '040', 1);
      expect(seeded[0].data.target).toBe(500);
      const set = await vneid.call('PUT', '/v1/activation-targets/040', 'police', { target: 650 });
      expect(set.body).toEqual({ provinceCode: '040', target: 650 });
      expect((await vneid.call('PUT', '/v1/activation-targets/040', 'app', { target: 1 })).status).toBe(403);
      const targets = (await vneid.eventsOf(EVENT_TYPES.EID_ACTIVATION_TARGET_SET, '040', 2)).map(
        (e) => e.data.target,
      );
      expect(targets).toEqual([500, 650]);
      const progress = (await vneid.call('GET', '/v1/activation-targets', 'police')).body;
      const thanhHoa = progress.find((p: { provinceCode: string }) => p.provinceCode === '038');
      const accounts = await vneid.events();
      const activated = new Set(
        accounts.filter((e) => e.type === EVENT_TYPES.EID_ACCOUNT_ACTIVATED).map((e) => e.data.idNumber),
      );
      const revoked = new Set(
        accounts.filter((e) => e.type === EVENT_TYPES.EID_ACCOUNT_REVOKED).map((e) => e.data.idNumber),
      );
      expect(thanhHoa).toMatchObject({
        target: 1000,
        activated: [...activated].filter((id) => !revoked.has(id)).length,
      });
      expect(progress.find((p: { provinceCode: string }) => p.provinceCode === '040')).toMatchObject({
        target: 650,
        activated: 0,
      });
    });
  });
}
