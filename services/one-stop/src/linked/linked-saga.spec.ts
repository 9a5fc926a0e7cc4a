import { vietnamInstant } from '@d06/domain';
import { applyReply, applyTimeout, startRun, type StepReply } from './linked-saga';
import { minutes, newRun, SETTINGS } from './saga-fixture';

const FRIDAY_10 = vietnamInstant(2023, 9, 15, 10);
const completed = (step: StepReply['step'], output = {}, attempt = 1): StepReply => ({
  step,
  attempt,
  outcome: 'completed',
  output,
});

function started(procedure: 'birth' | 'death' = 'birth') {
  const { run, steps } = newRun(procedure, FRIDAY_10);
  const effects = startRun(run, steps, FRIDAY_10, SETTINGS);
  return { run, steps, effects };
}

describe('linked run saga', () => {
  it('does step 1 itself and requests step 2 at once', () => {
    const { steps, effects } = started();
    expect(steps[0]).toMatchObject({ status: 'completed', attempts: 1, completedAt: FRIDAY_10 });
    expect(steps[0].output).toMatchObject({ certificateNumber: 'KS-000.00.80.H38-230915-0001' });
    expect(effects).toEqual([{ kind: 'request', step: steps[1] }]);
    expect(steps[1]).toMatchObject({ status: 'requested', attempts: 1, requestedAt: FRIDAY_10 });
    expect(steps[1].attemptDeadline).toEqual(minutes(FRIDAY_10, 240));
    expect(steps[2].status).toBe('pending');
  });

  it('completes the birth procedure step by step, within the limit', () => {
    const { run, steps } = started();
    const t1 = minutes(FRIDAY_10, 30);
    const afterResidence = applyReply(
      run,
      steps,
      completed('residence-registration', { childIdNumber: '038324000001' }),
      t1,
      SETTINGS,
    );
    expect(afterResidence).toEqual({ applied: true, effects: [{ kind: 'request', step: steps[2] }] });
    expect(steps[1]).toMatchObject({
      status: 'completed',
      completedAt: t1,
      output: { childIdNumber: '038324000001' },
    });
    const t2 = minutes(FRIDAY_10, 60);
    const end = applyReply(
      run,
      steps,
      completed('bhyt-child-card', { cardCode: 'TE1383812345678' }),
      t2,
      SETTINGS,
    );
    expect(end).toEqual({ applied: true, effects: [{ kind: 'run-completed' }] });
    expect(run).toMatchObject({ status: 'completed', finishedAt: t2, withinLimit: true });
  });

  it('says when a run completed after the group deadline', () => {
    const { run, steps } = started('death');
    const late = new Date(run.dueAt.getTime() + 1);
    applyReply(run, steps, completed('residence-removal'), minutes(FRIDAY_10, 10), SETTINGS);
    applyReply(run, steps, completed('funeral-allowance', { amountVnd: 10_000_000 }), late, SETTINGS);
    expect(run).toMatchObject({ status: 'completed', withinLimit: false });
  });

  it('ends failed at the step the owner refused, with the reason', () => {
    const { run, steps } = started('death');
    const outcome = applyReply(
      run,
      steps,
      {
        step: 'residence-removal',
        attempt: 1,
        outcome: 'failed',
        reasonCode: 'citizen-not-found',
        reason: 'no such citizen',
        output: {},
      },
      minutes(FRIDAY_10, 5),
      SETTINGS,
    );
    expect(outcome).toEqual({ applied: true, effects: [{ kind: 'run-failed' }] });
    expect(run).toMatchObject({
      status: 'failed',
      failedStep: 'residence-removal',
      failedStepIndex: 2,
      reasonCode: 'refused',
      reason:
        'failed at step 2 (residence-removal) because the population service refused it: no such citizen',
    });
    expect(steps[1].status).toBe('failed');
    expect(steps[2].status).toBe('pending');
  });

  it('ignores duplicates, stale answers and answers to attempts never sent', () => {
    const { run, steps } = started();
    const reply = completed('residence-registration', { childIdNumber: '038324000001' });
    expect(applyReply(run, steps, { ...reply, attempt: 2 }, FRIDAY_10, SETTINGS)).toMatchObject({
      applied: false,
    });
    expect(applyReply(run, steps, completed('bhyt-child-card'), FRIDAY_10, SETTINGS)).toMatchObject({
      applied: false,
      why: 'step 3 is pending',
    });
    expect(applyReply(run, steps, reply, FRIDAY_10, SETTINGS).applied).toBe(true);
    const again = applyReply(run, steps, reply, minutes(FRIDAY_10, 1), SETTINGS);
    expect(again).toEqual({ applied: false, why: 'step 2 is completed' });
    expect(steps[2].attempts).toBe(1); // the BHYT step was requested once, not twice
  });

  it('retries a silent owner at each attempt deadline, then fails the run as timed out', () => {
    const { run, steps } = started();
    expect(applyTimeout(run, steps[1], minutes(FRIDAY_10, 239), SETTINGS)).toMatchObject({ applied: false });
    const retry = applyTimeout(run, steps[1], minutes(FRIDAY_10, 240), SETTINGS);
    expect(retry).toEqual({ applied: true, effects: [{ kind: 'request', step: steps[1] }] });
    expect(steps[1]).toMatchObject({ attempts: 2, requestedAt: FRIDAY_10 });
    expect(steps[1].attemptDeadline).toEqual(minutes(FRIDAY_10, 480));
    applyTimeout(run, steps[1], minutes(FRIDAY_10, 480), SETTINGS);
    expect(steps[1].attempts).toBe(3);
    const end = applyTimeout(run, steps[1], minutes(FRIDAY_10, 720), SETTINGS);
    expect(end).toEqual({ applied: true, effects: [{ kind: 'run-failed' }] });
    expect(steps[1].status).toBe('timed-out');
    expect(run).toMatchObject({ status: 'failed', reasonCode: 'timed-out', failedStepIndex: 2 });
    expect(run.reason).toBe(
      'failed at step 2 (residence-registration) because the population service gave no answer after 3 attempt(s)',
    );
    // a late answer after the run failed changes nothing
    expect(
      applyReply(run, steps, completed('residence-registration'), minutes(FRIDAY_10, 721), SETTINGS),
    ).toEqual({
      applied: false,
      why: 'the run is failed',
    });
  });

  it('accepts a late answer to an earlier attempt while the step still waits', () => {
    const { run, steps } = started();
    applyTimeout(run, steps[1], minutes(FRIDAY_10, 240), SETTINGS);
    const outcome = applyReply(
      run,
      steps,
      completed('residence-registration', { childIdNumber: '038324000001' }, 1),
      minutes(FRIDAY_10, 250),
      SETTINGS,
    );
    expect(outcome.applied).toBe(true);
    expect(steps[1]).toMatchObject({ status: 'completed', attempts: 2 });
  });
});
