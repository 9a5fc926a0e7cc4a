import { EVENT_TYPES } from '@d06/contracts';
import { MOTHER, MOTHER_RECORD, birthDossier } from './support/fixtures';
import type { OneStopHarness } from './support/one-stop-harness';
import { OFFICER } from './support/one-stop-harness';

const PROBLEM = 'application/problem+json';

/** Lists of submissions and actions: each item as its single call, the writes together. */
export function listCases(h: () => OneStopHarness): void {
  beforeAll(() => h().population.add(MOTHER_RECORD));

  const counter = (extra: Record<string, unknown> = {}) => ({
    serviceKey: 'da06-04',
    channel: 'counter',
    applicantIdNumber: MOTHER,
    districtCode: '381',
    ...extra,
  });
  const submitList = (dossiers: unknown[], headers: Record<string, string> = OFFICER) =>
    h().call('POST', '/v1/dossiers/batch', { dossiers }, headers);
  const actList = (actions: unknown[], headers: Record<string, string> = OFFICER) =>
    h().call('POST', '/v1/dossiers/actions/batch', { actions }, headers);

  it('receives a list item by item: receipts in order, problems where the single call has them', async () => {
    const before = await h().count('dossiers');
    const token = h().vneid.issue({ idNumber: MOTHER, level: 1 });
    const asked = h().population.requests.length;
    const answer = await submitList([
      counter(),
      { serviceKey: 'da06-18', channel: 'online', applicantIdNumber: MOTHER, accessToken: token },
      { serviceKey: 'da06-18', channel: 'online', applicantIdNumber: MOTHER },
      counter({ serviceKey: 'da06-99' }),
      counter({ applicantIdNumber: '12' }),
      { serviceKey: 'da06-03', channel: 'online', applicantIdNumber: MOTHER, accessToken: token },
      counter({ digitised: true }),
      birthDossier(),
    ]);
    expect(answer.status).toBe(200);
    const results = answer.body.results as { status: number; answer?: any; problem?: any }[];
    expect(results.map((r) => r.status)).toEqual([201, 201, 401, 400, 400, 403, 201, 201]);
    expect(results[3].problem).toMatchObject({ status: 400, errors: [{ field: 'serviceKey' }] });
    expect(results[4].problem.errors.map((e: { field: string }) => e.field)).toContain('applicantIdNumber');
    expect(results[5].problem.detail).toBe('da06-03 needs a vneid:loa2 login; the token is vneid:loa1');
    // numbered per agency and day in list order, pre-filled from the register as a single call is
    const [first, , , , , , second] = results.map((r) => r.answer);
    expect(Number(second.code.slice(-4))).toBe(Number(first.code.slice(-4)) + 1);
    expect(first).toMatchObject({ status: 'received', legalDays: 3, prefillStatus: 'prefilled' });
    expect(results[1].answer).toMatchObject({ channel: 'online', prefilledFields: 5 });
    expect(results[7].answer.linkedRunId).toEqual(expect.any(String));
    expect(await h().count('dossiers')).toBe(before + 4);
    // the list's ordinary pre-fills: one call to the register per receiving agency, each read named with its
    // dossier (the linked birth dossier is received on its own, with its own lookup)
    const calls = h()
      .population.requests.slice(asked)
      .filter((call) => call.path === '/v1/citizens/batch');
    expect(calls.map((call) => call.headers['x-caller-agency']).sort()).toEqual([
      '000.00.00.H38',
      '000.00.81.H38',
    ]);
    expect(calls.every((call) => call.headers['x-purpose'] === 'dossier-prefill')).toBe(true);
    expect(
      calls
        .flatMap((call) => (JSON.parse(call.body!) as { lookups: unknown[] }).lookups)
        .map((l: any) => l.dossierCode)
        .sort(),
    ).toEqual([0, 1, 6].map((i) => results[i].answer.code as string).sort());
    const [received] = await h().eventsOf(EVENT_TYPES.DOSSIER_RECEIVED, results[1].answer.code);
    expect(received).toMatchObject({ acr: 'vneid:loa1', prefilledFields: 5, channel: 'online' });
    const stored = await h().call('GET', `/v1/dossiers/${second.code}`);
    expect(stored.body).toMatchObject({
      status: 'received',
      digitised: true,
      history: [{ action: 'submit' }],
    });
  });

  it('takes actions in order, a dossier moving twice, and refuses what its single call refuses', async () => {
    const [a, b] = ((await submitList([counter(), counter()])).body.results as { answer: any }[]).map(
      (r) => r.answer.code as string,
    );
    const answer = await actList([
      { code: a, action: 'process' },
      { code: b, action: 'process' },
      { code: a, action: 'complete' },
      { code: '000.00.81.H38-230915-9999', action: 'process' },
      { code: b, action: 'reject' },
      { code: a, action: 'process' },
      { code: b, action: 'fly' },
    ]);
    expect(answer.status).toBe(200);
    const results = answer.body.results as { status: number; answer?: any; problem?: any }[];
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 404, 400, 409, 400]);
    expect(results[2].answer).toMatchObject({ code: a, status: 'completed', onTime: true, overdue: false });
    expect(results[5].problem.detail).toBe(
      'cannot process a dossier that is completed; allowed from: received',
    );
    expect(results[6].problem.errors.map((e: { field: string }) => e.field)).toContain('action');
    // stored as the single calls would have left them: history, events
    const stored = (await h().call('GET', `/v1/dossiers/${a}`)).body;
    expect(stored).toMatchObject({ status: 'completed', onTime: true });
    expect(stored.history.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'process',
      'complete',
    ]);
    expect((await h().call('GET', `/v1/dossiers/${b}`)).body.status).toBe('processing');
    await h().eventsOf(EVENT_TYPES.DOSSIER_COMPLETED, a);
    const types = h()
      .events.filter((e) => e.data?.dossierCode === a && e.type !== EVENT_TYPES.DOSSIER_PORTAL_SYNCED)
      .map((e) => e.type.replace('vn.d06.onestop.', ''));
    expect(types).toEqual(['dossier.received.v1', 'dossier.processing.v1', 'dossier.completed.v1']);
  });

  it('refuses a list from anyone but an officer, or a malformed list, and changes nothing', async () => {
    const before = await h().count('dossiers');
    const history = await h().count('dossier_history');
    const notOfficer = await actList([{ code: 'x', action: 'process' }], {
      ...OFFICER,
      'x-caller-type': 'system',
    });
    expect(notOfficer.status).toBe(403);
    expect(notOfficer.contentType).toContain(PROBLEM);
    const empty = await submitList([]);
    expect(empty.status).toBe(400);
    expect(empty.contentType).toContain(PROBLEM);
    expect(empty.body.errors[0].field).toBe('dossiers');
    const tooMany = await actList(Array.from({ length: 501 }, () => ({ code: 'x', action: 'process' })));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].field).toBe('actions');
    expect(await h().count('dossiers')).toBe(before);
    expect(await h().count('dossier_history')).toBe(history);
  });
}
