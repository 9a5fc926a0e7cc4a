import type { LinkedRunRef } from './action-executor';
import { deathRecorded, LinkedRunSettler, type LinkedRunView } from './linked-run-settler';
import type { ServiceClient } from './service-client';

/** A one-stop whose linked runs answer with the views given, one per read of the run, the last one repeated. */
function oneStop(views: Record<string, LinkedRunView[]>): { client: ServiceClient; gets: () => number } {
  let gets = 0;
  const call = async (_method: string, path: string) => {
    gets += 1;
    const ids = new URL(path, 'http://one-stop').searchParams.get('ids')!.split(',');
    const runs = ids.map((runId) => {
      const queue = views[runId];
      return { runId, ...(queue.length > 1 ? queue.shift() : queue[0]) };
    });
    return { status: 200, body: { runs, missing: [] } };
  };
  return { client: { call } as unknown as ServiceClient, gets: () => gets };
}

const run = (runId: string): LinkedRunRef => ({ id: runId, procedure: 'death', runId, expectFailure: false });
const step = (status: string, attempts = 1) => ({ step: 'residence-removal', status, attempts });

describe('LinkedRunSettler', () => {
  it('waits until each linked run submitted so far has ended', async () => {
    const { client, gets } = oneStop({
      a: [{ status: 'running', steps: [step('requested')] }, { status: 'running' }, { status: 'completed' }],
    });
    await new LinkedRunSettler(client, () => [run('a')], 5_000).settle();
    expect(gets()).toBe(3);
  });

  it('waits for a run that does not move only once, and again when it moves', async () => {
    const views = { b: [{ status: 'running', steps: [step('requested')] }] as LinkedRunView[] };
    const { client, gets } = oneStop(views);
    const settler = new LinkedRunSettler(client, () => [run('b')], 50);
    const started = performance.now();
    await settler.settle();
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
    const afterFirst = gets();
    await settler.settle(); // stuck as before: looked at once, not waited for
    expect(gets()).toBe(afterFirst + 1);
    views.b = [{ status: 'running', steps: [step('requested', 2)] }, { status: 'completed' }];
    await settler.settle(); // a retry moved it: waited for until it ends
    expect(gets()).toBe(afterFirst + 3);
  });

  it('reads all the runs it waits for in one call', async () => {
    const { client, gets } = oneStop({
      d: [{ status: 'running', steps: [step('requested')] }, { status: 'completed' }],
      e: [{ status: 'completed' }],
      f: [{ status: 'running', steps: [step('requested')] }, { status: 'failed' }],
    });
    await new LinkedRunSettler(client, () => [run('d'), run('e'), run('f')], 5_000).settle();
    expect(gets()).toBe(2);
  });

  it('does not wait when one-stop does not answer', async () => {
    const client = {
      call: () => Promise.reject(new Error('connection refused')),
    } as unknown as ServiceClient;
    await expect(new LinkedRunSettler(client, () => [run('c')], 5_000).settle()).resolves.toBeUndefined();
  });

  it('takes a death as recorded once its residence-removal step is done', () => {
    expect(deathRecorded({ status: 'failed', steps: [step('completed')] })).toBe(true);
    expect(deathRecorded({ status: 'failed', steps: [step('timed-out')] })).toBe(false);
  });
});
