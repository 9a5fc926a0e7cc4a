import { EVENT_TYPES } from '@d06/contracts';
import { waitFor } from '@d06/testing';
import { MOTHER, MOTHER_RECORD, birthDossier } from './support/fixtures';
import type { OneStopHarness } from './support/one-stop-harness';
import { OFFICER } from './support/one-stop-harness';

const PROBLEM = 'application/problem+json';

/** The HTTP API: catalogue, intake checks, VNeID levels, pre-fill, the status machine and the portal sync. */
export function httpCases(h: () => OneStopHarness): void {
  beforeAll(() => h().population.add(MOTHER_RECORD));

  const submit = (body: unknown, headers: Record<string, string> = OFFICER) =>
    h().call('POST', '/v1/dossiers', body, headers);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('lists the 25 + 28 essential services with level, legal days, VNeID level, portal and form', async () => {
    const all = await h().call('GET', '/v1/services');
    expect(all.status).toBe(200);
    expect(all.body).toHaveLength(53);
    expect((await h().call('GET', '/v1/services?catalogue=decision422')).body).toHaveLength(28);
    const residence = (await h().call('GET', '/v1/services/da06-03')).body;
    expect(residence).toMatchObject({
      key: 'da06-03',
      agency: { code: 'cong-an', name: 'Công an' },
      level: 'full',
      legalDays: 7,
      requiredAcr: 'vneid:loa2',
      portal: 'connected',
    });
    expect(residence.prefilledFields).toContain('applicant.fullName');
    const unknown = await h().call('GET', '/v1/services/da06-99');
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toContain(PROBLEM);
  });

  describe('bad input is a 400 problem+json and leaves no dossier', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'an unknown service',
        { serviceKey: 'da06-99', channel: 'counter', applicantIdNumber: MOTHER },
        'serviceKey',
      ],
      [
        'a malformed citizen ID',
        { serviceKey: 'da06-03', channel: 'counter', applicantIdNumber: '03819500456' },
        'applicantIdNumber',
      ],
      [
        'an ID with a province that does not exist',
        { serviceKey: 'da06-03', channel: 'counter', applicantIdNumber: '999195004567' },
        'applicantIdNumber',
      ],
      ['a missing channel', { serviceKey: 'da06-03', applicantIdNumber: MOTHER }, 'channel'],
      [
        'a linked service without its form',
        { serviceKey: 'da06-15', channel: 'counter', applicantIdNumber: MOTHER },
        'form',
      ],
      [
        'a linked form missing the child',
        birthDossier({ form: { birth: { ...birthDossier().form.birth, fullName: undefined } } }),
        'form.birth.fullName',
      ],
      [
        "a malformed parent's ID in the form",
        birthDossier({ form: { birth: { ...birthDossier().form.birth, fatherIdNumber: '12' } } }),
        'form.birth.fatherIdNumber',
      ],
    ];
    it.each(cases)('%s', async (_name, body, field) => {
      const before = await h().count('dossiers');
      const answer = await submit(body);
      expect(answer.status).toBe(400);
      expect(answer.contentType).toContain(PROBLEM);
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await h().count('dossiers')).toBe(before);
    });

    it('wrote no event for any of them', () => {
      expect(h().events.filter((e) => e.type === EVENT_TYPES.DOSSIER_RECEIVED)).toHaveLength(0);
    });
  });

  describe('online with a VNeID access token', () => {
    it('refuses a level-1 login for a service that needs level 2 (403 problem+json), and no dossier', async () => {
      const token = h().vneid.issue({ idNumber: MOTHER, level: 1 });
      const before = await h().count('dossiers');
      const answer = await submit(
        { serviceKey: 'da06-03', channel: 'online', applicantIdNumber: MOTHER },
        bearer(token),
      );
      expect(answer.status).toBe(403);
      expect(answer.contentType).toContain(PROBLEM);
      expect(answer.body).toMatchObject({ status: 403 });
      expect(answer.body.detail).toBe('da06-03 needs a vneid:loa2 login; the token is vneid:loa1');
      expect(await h().count('dossiers')).toBe(before);
    });

    it('takes a level-1 login for a level-1 service, pre-filled from the register', async () => {
      const token = h().vneid.issue({ idNumber: MOTHER, level: 1 });
      const answer = await submit(
        { serviceKey: 'da06-18', channel: 'online', applicantIdNumber: MOTHER, feePaidOnline: true },
        bearer(token),
      );
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({
        status: 'received',
        channel: 'online',
        prefillStatus: 'prefilled',
      });
      // identity, ethnicity and permanent address are on the record; the applicant's phone is not
      expect(answer.body.prefilledFields).toBe(5);
      const [received] = await h().eventsOf(EVENT_TYPES.DOSSIER_RECEIVED, answer.body.code);
      expect(received).toMatchObject({
        acr: 'vneid:loa1',
        prefilledFields: 5,
        feePaidOnline: true,
        digitised: false,
      });
      const lookup = h().population.requests.at(-1)!;
      expect(lookup.path).toBe(`/v1/citizens/${MOTHER}`);
      expect(lookup.headers).toMatchObject({
        'x-caller-role': 'one-stop',
        'x-dossier-code': answer.body.code,
      });
    });

    it('takes a level-2 login for a level-2 service', async () => {
      const token = h().vneid.issue({ idNumber: MOTHER, level: 2 });
      const answer = await submit(
        { serviceKey: 'da06-03', channel: 'online', applicantIdNumber: MOTHER },
        bearer(token),
      );
      expect(answer.status).toBe(201);
      expect((await h().call('GET', `/v1/dossiers/${answer.body.code}`)).body.acr).toBe('vneid:loa2');
    });

    it('refuses a missing, unknown or foreign token', async () => {
      const body = { serviceKey: 'da06-18', channel: 'online', applicantIdNumber: MOTHER };
      expect((await submit(body, {})).status).toBe(401);
      const unknown = await submit(body, bearer('not-a-token'));
      expect(unknown.status).toBe(401);
      expect(unknown.contentType).toContain(PROBLEM);
      const someoneElse = h().vneid.issue({ idNumber: '038090001234', level: 2 });
      expect((await submit(body, bearer(someoneElse))).status).toBe(403);
      const otherClient = h().vneid.issue({ idNumber: MOTHER, level: 2, clientId: 'test-rp' });
      expect((await submit(body, bearer(otherClient))).status).toBe(401);
    });
  });

  describe('at the counter', () => {
    it('needs an officer', async () => {
      const body = { serviceKey: 'da06-18', channel: 'counter', applicantIdNumber: MOTHER };
      expect((await submit(body, {})).status).toBe(400);
      expect((await submit(body, { ...OFFICER, 'x-caller-type': 'system' })).status).toBe(403);
    });

    it('codes dossiers per agency and day, and walks the status machine with events and portal syncs', async () => {
      const body = {
        serviceKey: 'da06-04',
        channel: 'counter',
        applicantIdNumber: MOTHER,
        districtCode: '380',
        digitised: true,
      };
      const first = (await submit(body)).body;
      const second = (await submit(body)).body;
      expect(first.code).toMatch(/^000\.00\.80\.H38-230915-\d{4}$/);
      expect(Number(second.code.slice(-4))).toBe(Number(first.code.slice(-4)) + 1);
      // Friday 10:00, 3 working days: due Wednesday
      expect(first).toMatchObject({ status: 'received', legalDays: 3, dueAt: '2023-09-20T16:59:59.999Z' });

      const act = (action: string, reason?: string) =>
        h().call(
          'POST',
          `/v1/dossiers/${first.code}/actions`,
          { action, ...(reason ? { reason } : {}) },
          OFFICER,
        );
      const tooEarly = await act('complete');
      expect(tooEarly.status).toBe(409);
      expect(tooEarly.contentType).toContain(PROBLEM);
      expect(tooEarly.body.detail).toBe(
        'cannot complete a dossier that is received; allowed from: processing',
      );
      expect((await act('request-supplement')).status).toBe(400); // a reason is required
      expect((await act('process')).body.status).toBe('processing');
      expect((await act('request-supplement', 'Thiếu giấy tờ chứng minh chỗ ở')).body.status).toBe(
        'supplement-requested',
      );
      expect((await act('supplement')).body.status).toBe('processing');
      const done = await act('complete');
      expect(done.body).toMatchObject({
        status: 'completed',
        onTime: true,
        overdue: false,
        allowedActions: [],
      });
      expect(done.body.history.map((e: any) => e.action)).toEqual([
        'submit',
        'process',
        'request-supplement',
        'supplement',
        'complete',
      ]);
      // an action answers with the dossier as stored: reading it back shows the same
      expect((await h().call('GET', `/v1/dossiers/${first.code}`, undefined, OFFICER)).body).toEqual(
        done.body,
      );
      expect((await act('withdraw')).status).toBe(409);

      await h().eventsOf(EVENT_TYPES.DOSSIER_COMPLETED, first.code);
      const types = h()
        .events.filter(
          (e) => e.data?.dossierCode === first.code && e.type !== EVENT_TYPES.DOSSIER_PORTAL_SYNCED,
        )
        .map((e) => e.type.replace('vn.d06.onestop.', ''));
      expect(types).toEqual([
        'dossier.received.v1',
        'dossier.processing.v1',
        'dossier.supplement-requested.v1',
        'dossier.processing.v1',
        'dossier.completed.v1',
      ]);
      const [completed] = await h().eventsOf(EVENT_TYPES.DOSSIER_COMPLETED, first.code);
      expect(completed).toMatchObject({ onTime: true, channel: 'counter', districtCode: '380' });

      // every status reaches the portal in the end; the stand-in fails some attempts (seeded), each one reported
      await waitFor(
        async () => {
          const synced = (await h().eventsOf(EVENT_TYPES.DOSSIER_PORTAL_SYNCED, first.code)).filter(
            (e) => e.outcome === 'synced',
          );
          return synced.length === 5;
        },
        { timeoutMs: 20_000, message: 'five statuses synced' },
      );
      const attempts = await h().eventsOf(EVENT_TYPES.DOSSIER_PORTAL_SYNCED, first.code);
      const failed = attempts.filter((e) => e.outcome === 'failed');
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.every((e) => e.error && e.attempt >= 1)).toBe(true);
      expect(new Set(attempts.filter((e) => e.outcome === 'synced').map((e) => e.status))).toEqual(
        new Set(['received', 'processing', 'supplement-requested', 'completed']),
      );
    });

    it('receives the dossier unfilled when the population service is down, and says so', async () => {
      h().population.down = true;
      try {
        const answer = await submit({ serviceKey: 'da06-18', channel: 'counter', applicantIdNumber: MOTHER });
        expect(answer.status).toBe(201);
        expect(answer.body).toMatchObject({ prefilledFields: 0, prefillStatus: 'population-unavailable' });
        const [received] = await h().eventsOf(EVENT_TYPES.DOSSIER_RECEIVED, answer.body.code);
        expect(received.prefilledFields).toBe(0);
      } finally {
        h().population.down = false;
      }
    });

    it('answers 404 for an unknown dossier or run', async () => {
      expect((await h().call('GET', '/v1/dossiers/000.00.00.H38-230915-9999')).status).toBe(404);
      expect((await h().call('GET', '/v1/linked-runs/0192f3c4-5a6b-7c8d-9e0f-123456789abc')).status).toBe(
        404,
      );
      expect((await h().call('GET', '/v1/linked-runs/nope')).status).toBe(400);
    });
  });
}
