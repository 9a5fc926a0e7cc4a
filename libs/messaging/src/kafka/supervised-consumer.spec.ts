import { EventEmitter } from 'node:events';
import type { Consumer } from 'kafkajs';
import { SupervisedConsumer } from './supervised-consumer';

/** Just enough of a kafkajs consumer: its CRASH event, connect and disconnect. */
class FakeConsumer extends EventEmitter {
  readonly events = { CRASH: 'consumer.crash' };
  connected = false;
  disconnects = 0;
  async connect(): Promise<void> {
    this.connected = true;
  }
  async disconnect(): Promise<void> {
    this.connected = false;
    this.disconnects += 1;
  }
  crash(restart: boolean): void {
    this.emit(this.events.CRASH, {
      payload: { error: new Error('Failed to find group coordinator'), restart },
    });
  }
}

describe('SupervisedConsumer', () => {
  let created: FakeConsumer[];
  let started: FakeConsumer[];
  let drained: FakeConsumer[];
  let supervised: SupervisedConsumer;

  beforeEach(() => {
    jest.useFakeTimers();
    created = [];
    started = [];
    drained = [];
    supervised = new SupervisedConsumer(
      'g',
      () => {
        const consumer = new FakeConsumer();
        created.push(consumer);
        return consumer as unknown as Consumer;
      },
      async (consumer) => {
        started.push(consumer as unknown as FakeConsumer);
        return async () => void drained.push(consumer as unknown as FakeConsumer);
      },
    );
  });
  afterEach(() => jest.useRealTimers());

  it('replaces a consumer kafkajs gave up on: drains and disconnects it, then starts a new one', async () => {
    await supervised.launch();
    created[0].crash(false);
    await jest.advanceTimersByTimeAsync(1_000);

    expect(drained).toEqual([created[0]]);
    expect(created[0].disconnects).toBe(1);
    expect(created).toHaveLength(2);
    expect(started).toEqual([created[0], created[1]]);
    expect(created[1].connected).toBe(true);
  });

  it('leaves a crash kafkajs restarts from to kafkajs', async () => {
    await supervised.launch();
    created[0].crash(true);
    await jest.advanceTimersByTimeAsync(20_000);
    expect(created).toHaveLength(1);
    expect(created[0].disconnects).toBe(0);
  });

  it('stop drains and disconnects the current consumer, and ends a replacement still waiting', async () => {
    await supervised.launch();
    created[0].crash(false);
    await supervised.stop();
    await jest.advanceTimersByTimeAsync(20_000);
    expect(created).toHaveLength(1);
    expect(created[0].connected).toBe(false);
  });

  it('keeps trying to replace it while a new consumer fails to start', async () => {
    let failures = 2;
    const attempts: number[] = [];
    const flaky = new SupervisedConsumer(
      'g',
      () => {
        const consumer = new FakeConsumer();
        created.push(consumer);
        return consumer as unknown as Consumer;
      },
      async () => {
        attempts.push(created.length);
        if (created.length > 1 && failures-- > 0) throw new Error('broker not reachable');
      },
    );
    await flaky.launch();
    created[0].crash(false);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(attempts).toEqual([1, 2, 3, 4]);
    expect(created.map((c) => c.connected)).toEqual([false, false, false, true]);
    await flaky.stop();
  });
});
