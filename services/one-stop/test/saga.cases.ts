import { EVENT_TYPES } from '@d06/contracts';
import type { OneStopHarness } from './support/one-stop-harness';
import { OFFICER } from './support/one-stop-harness';
import { birthDossier, deathDossier } from './support/fixtures';

const MINUTE = 60_000;

/** The linked procedures end to end against contract-level stand-in owners (embedded bus or real Kafka). */
export function sagaCases(h: () => OneStopHarness): void {
  afterEach(() => h().owners.reset());

  async function submit(body: Record<string, unknown>) {
    const answer = await h().call('POST', '/v1/dossiers', body, OFFICER);
    expect(answer.status).toBe(201);
    expect(answer.body.linkedRunId).toMatch(/^[0-9a-f-]{36}$/);
    return answer.body as { code: string; linkedRunId: string; dueAt: string };
  }

  it('runs the birth procedure: civil status, residence (child ID), BHYT TE card; the dossier completes', async () => {
    const dossier = await submit(birthDossier());
    const run = await h().runWhen(dossier.linkedRunId, 'completed');
    expect(run).toMatchObject({
      procedure: 'birth',
      dossierCode: dossier.code,
      withinLimit: true,
      legalDays: 3,
    });
    expect(run.steps.map((s: any) => [s.index, s.step, s.owner, s.status, s.attempts])).toEqual([
      [1, 'civil-status-registration', 'one-stop', 'completed', 1],
      [2, 'residence-registration', 'population', 'completed', 1],
      [3, 'bhyt-child-card', 'bhyt', 'completed', 1],
    ]);
    expect(run.steps[1].output).toEqual({ childIdNumber: '038323000777' });
    expect(run.steps[2].output).toEqual({ cardCode: 'TE1383812345678' });
    for (const step of run.steps.slice(1)) expect(step.dueAt).toBe('2023-09-19T16:59:59.999Z');
    // the BHYT step was asked with the child's new ID number and the one form
    const bhyt = h().owners.requests.filter(
      (r) => r.runId === dossier.linkedRunId && r.step === 'bhyt-child-card',
    );
    expect(bhyt).toHaveLength(1);
    expect(bhyt[0]).toMatchObject({ childIdNumber: '038323000777', stepIndex: 3, attempt: 1 });
    expect(bhyt[0].birth?.fullName).toBe('Lê Thị Bình An');
    const [completed] = await h().eventsOf(EVENT_TYPES.LINKED_RUN_COMPLETED, dossier.code);
    expect(completed).toMatchObject({ runId: dossier.linkedRunId, withinLimit: true, procedure: 'birth' });
    const view = (await h().call('GET', `/v1/dossiers/${dossier.code}`)).body;
    expect(view).toMatchObject({ status: 'completed', onTime: true, overdue: false });
    expect(view.history.map((e: any) => e.status)).toEqual(['received', 'processing', 'completed']);
    const dossierCompleted = await h().eventsOf(EVENT_TYPES.DOSSIER_COMPLETED, dossier.code);
    expect(dossierCompleted).toEqual([expect.objectContaining({ onTime: true, serviceKey: 'da06-15' })]);
  });

  it('shows several runs in one call, each as its own view shows it, and names the ids it does not know', async () => {
    const birth = await submit(birthDossier());
    const death = await submit(deathDossier());
    await h().runWhen(birth.linkedRunId, 'completed');
    await h().runWhen(death.linkedRunId, 'completed');
    const unknown = '0192f3c4-5a6b-7c8d-9e0f-123456789abc';
    const list = await h().call(
      'GET',
      `/v1/linked-runs?ids=${death.linkedRunId},${unknown},${birth.linkedRunId}`,
    );
    expect(list.status).toBe(200);
    expect(list.body.runs).toEqual([
      (await h().call('GET', `/v1/linked-runs/${death.linkedRunId}`)).body,
      (await h().call('GET', `/v1/linked-runs/${birth.linkedRunId}`)).body,
    ]);
    expect(list.body.missing).toEqual([unknown]);
    for (const ids of [
      '',
      'nope',
      Array(101)
        .fill(unknown)
        .map((id, i) => id.slice(0, -3) + String(i).padStart(3, '0'))
        .join(','),
    ]) {
      const refused = await h().call('GET', `/v1/linked-runs?ids=${ids}`);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].field).toBe('ids');
    }
  });

  it('runs the death procedure: residence removal, funeral allowance (5 days with verification)', async () => {
    const dossier = await submit(deathDossier({ verificationNeeded: true }));
    const run = await h().runWhen(dossier.linkedRunId, 'completed');
    expect(run).toMatchObject({ procedure: 'death', legalDays: 5, dueAt: '2023-09-22T16:59:59.999Z' });
    expect(run.steps.map((s: any) => s.step)).toEqual([
      'civil-status-registration',
      'residence-removal',
      'funeral-allowance',
    ]);
    expect(run.steps[2].output).toEqual({ amountVnd: 10_000_000, paymentReference: 'MTP-2023-0001' });
    const [started] = await h().eventsOf(EVENT_TYPES.LINKED_RUN_STARTED, dossier.code);
    expect(started).toMatchObject({ legalDays: 5, verificationNeeded: true });
  });

  it('ends failed at the step its owner refused; the dossier goes back to an officer', async () => {
    h().owners.behaviour['funeral-allowance'] = 'refuse';
    const dossier = await submit(deathDossier());
    const run = await h().runWhen(dossier.linkedRunId, 'failed');
    expect(run).toMatchObject({
      failedStep: 'funeral-allowance',
      failedStepIndex: 3,
      reasonCode: 'refused',
      reason:
        'failed at step 3 (funeral-allowance) because the social-security service refused it: the stand-in refuses this step',
    });
    expect(run.steps.map((s: any) => s.status)).toEqual(['completed', 'completed', 'failed']);
    const [failed] = await h().eventsOf(EVENT_TYPES.LINKED_RUN_FAILED, dossier.code);
    expect(failed).toMatchObject({ failedStep: 'funeral-allowance', stepIndex: 3, reasonCode: 'refused' });
    const view = (await h().call('GET', `/v1/dossiers/${dossier.code}`)).body;
    expect(view.status).toBe('processing');
    expect(view.attention).toContain('failed at step 3 (funeral-allowance)');
    // now the officer decides
    const rejected = await h().call(
      'POST',
      `/v1/dossiers/${dossier.code}/actions`,
      { action: 'reject', reason: 'Không đủ điều kiện hưởng mai táng phí' },
      OFFICER,
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');
    expect(rejected.body).not.toHaveProperty('attention'); // answered
    expect(rejected.body.history.map((e: any) => [e.status, e.action])).toEqual([
      ['received', 'submit'],
      ['processing', 'linked-run'],
      ['processing', 'linked-run-failed'],
      ['rejected', 'reject'],
    ]);
  });

  it('retries a silent owner on the business clock and ends timed out after the last attempt', async () => {
    h().owners.behaviour['bhyt-child-card'] = 'silent';
    const dossier = await submit(birthDossier());
    const requests = () =>
      h().owners.requests.filter((r) => r.runId === dossier.linkedRunId && r.step === 'bhyt-child-card');
    const waitForRequests = async (n: number) => {
      const { waitFor } = await import('@d06/testing');
      await waitFor(() => requests().length >= n, { timeoutMs: 20_000, message: `${n} BHYT requests` });
    };
    await waitForRequests(1);
    for (const attempt of [2, 3]) {
      h().clock.advanceBy(240 * MINUTE);
      await waitForRequests(attempt);
    }
    expect(requests().map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect((await h().call('GET', `/v1/linked-runs/${dossier.linkedRunId}`)).body.status).toBe('running');
    h().clock.advanceBy(240 * MINUTE);
    const run = await h().runWhen(dossier.linkedRunId, 'failed');
    expect(run).toMatchObject({ failedStep: 'bhyt-child-card', failedStepIndex: 3, reasonCode: 'timed-out' });
    expect(run.reason).toBe(
      'failed at step 3 (bhyt-child-card) because the bhyt service gave no answer after 3 attempt(s)',
    );
    expect(run.steps[2]).toMatchObject({ status: 'timed-out', attempts: 3 });
    expect(requests()).toHaveLength(3);
  });

  it('counts a redelivered or re-sent answer once: one request of the next step, one completion', async () => {
    h().owners.behaviour['residence-registration'] = 'complete-twice';
    h().owners.behaviour['bhyt-child-card'] = 'complete-twice';
    const dossier = await submit(birthDossier());
    await h().runWhen(dossier.linkedRunId, 'completed');
    await h().eventsOf(EVENT_TYPES.LINKED_RUN_COMPLETED, dossier.code);
    // let the duplicates land before counting
    await new Promise((resolve) => setTimeout(resolve, 500));
    const bhyt = h().owners.requests.filter(
      (r) => r.runId === dossier.linkedRunId && r.step === 'bhyt-child-card',
    );
    expect(bhyt).toHaveLength(1);
    expect(await h().eventsOf(EVENT_TYPES.LINKED_RUN_COMPLETED, dossier.code)).toHaveLength(1);
    expect(await h().eventsOf(EVENT_TYPES.DOSSIER_COMPLETED, dossier.code)).toHaveLength(1);
    const view = (await h().call('GET', `/v1/dossiers/${dossier.code}`)).body;
    expect(view.history).toHaveLength(3);
  });
}
