import { CloudEvent } from 'cloudevents';
import { testContracts, things } from '../../test/test-catalog';
import { EventCatalog } from '../catalog/event-catalog';
import { EnvelopeFactory } from '../envelope/envelope-factory';
import { InMemoryBroker } from '../memory/in-memory-broker';
import {
  BusFaultPlan,
  busFaultEnv,
  busFaultsFromEnv,
  OutboxDelayGate,
  type BusFaultSettings,
  type OutboxRow,
} from './bus-faults';
import { createEventBus } from './create-event-bus';
import type { DeliveredEvent } from './event-bus.port';

const NONE: BusFaultSettings = { duplicateRate: 0, delayRate: 0, delayMs: 0, seed: 1 };

function events(count: number, keys: readonly string[] = ['a', 'b', 'c', 'd']): CloudEvent<unknown>[] {
  const { contracts } = testContracts();
  const factory = new EnvelopeFactory(new EventCatalog(contracts), 'd06/test', {
    now: () => new Date('2023-09-01T03:00:00Z'),
  });
  return things(count, keys).map((event) => factory.create(event));
}

describe('bus faults', () => {
  describe('settings', () => {
    it('reads the runner’s variables, and none means no faults', () => {
      const settings = { duplicateRate: 0.2, delayRate: 0.1, delayMs: 400, seed: 11 };
      expect(busFaultsFromEnv(busFaultEnv(settings))).toEqual(settings);
      expect(busFaultsFromEnv({})).toBeUndefined();
      expect(busFaultsFromEnv({ D06_BUS_DELAY_RATE: '0.5' })).toBeUndefined(); // a delay of 0 ms is none
    });

    it('refuses a bad value, naming the variable', () => {
      expect(() => busFaultsFromEnv({ D06_BUS_DUPLICATE_RATE: '1.5' })).toThrow(/D06_BUS_DUPLICATE_RATE/);
      expect(() => busFaultsFromEnv({ D06_BUS_DELAY_MS: 'soon' })).toThrow(/D06_BUS_DELAY_MS/);
    });
  });

  describe('plan', () => {
    const sample = events(
      4_000,
      Array.from({ length: 50 }, (_, i) => `k${i}`),
    );

    it('is deterministic for a seed, and another seed chooses other events', () => {
      const fates = (seed: number) => {
        const plan = new BusFaultPlan({ ...NONE, duplicateRate: 0.3, seed });
        return sample.map((event) => plan.duplicated(event));
      };
      expect(fates(7)).toEqual(fates(7));
      expect(fates(8)).not.toEqual(fates(7));
    });

    it('does not depend on the random event id', () => {
      const plan = new BusFaultPlan({ ...NONE, delayRate: 0.5, delayMs: 100, seed: 3 });
      const [event] = sample;
      const renamed = event.cloneWith({ id: '01890000-0000-7000-8000-000000000000' });
      expect(plan.delayOf(renamed)).toBe(plan.delayOf(event));
    });

    it('chooses about the share it is given', () => {
      const plan = new BusFaultPlan({ duplicateRate: 0.2, delayRate: 0.05, delayMs: 250, seed: 11 });
      const duplicated = sample.filter((event) => plan.duplicated(event)).length / sample.length;
      const delayed = sample.filter((event) => plan.delayOf(event) === 250).length / sample.length;
      expect(duplicated).toBeGreaterThan(0.17);
      expect(duplicated).toBeLessThan(0.23);
      expect(delayed).toBeGreaterThan(0.035);
      expect(delayed).toBeLessThan(0.065);
      expect(sample.every((event) => !new BusFaultPlan(NONE).duplicated(event))).toBe(true);
    });
  });

  it('publishes each chosen event twice, the copy right after its original', async () => {
    const { contracts, topic } = testContracts();
    const faults = { ...NONE, duplicateRate: 0.3, seed: 5 };
    const bus = await createEventBus({ source: 'd06/test', contracts, broker: new InMemoryBroker(), faults });
    const received: DeliveredEvent[] = [];
    const handle = await bus.subscribe({
      group: 'reader',
      topics: [topic],
      handler: async (delivered) => void received.push(delivered),
    });
    const published = await bus.publish(things(200, ['a', 'b', 'c']));
    const plan = new BusFaultPlan(faults);
    const copies = published.filter((event) => plan.duplicated(event)).length;
    expect(copies).toBeGreaterThan(30);
    for (let i = 0; i < 100 && received.length < 200 + copies; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await handle.stop();
    await bus.close();

    expect(published).toHaveLength(200);
    expect(received).toHaveLength(200 + copies);
    expect(new Set(received.map((d) => d.event.id))).toEqual(new Set(published.map((e) => e.id)));
    const byPartition = new Map<number, DeliveredEvent[]>();
    for (const d of received) byPartition.set(d.partition, [...(byPartition.get(d.partition) ?? []), d]);
    for (const records of byPartition.values()) {
      records.sort((x, y) => Number(x.offset) - Number(y.offset));
      records.forEach((record, i) => {
        const twice = plan.duplicated(record.event);
        const previous = records[i - 1]?.event.id === record.event.id;
        const next = records[i + 1]?.event.id === record.event.id;
        // a duplicated event is a pair of adjacent records; any other appears once
        expect(previous || next).toBe(twice);
      });
    }
  });

  describe('outbox delay gate', () => {
    const rowsOf = (list: CloudEvent<unknown>[]): OutboxRow[] =>
      list.map((event, i) => ({ seq: String(i + 1), event }));

    it('holds a delayed event for its delay, keeping its key’s later events behind it', () => {
      let wall = 1_000;
      const plan = new BusFaultPlan({ ...NONE, delayRate: 0.3, delayMs: 500, seed: 2 });
      const rows = rowsOf(events(40));
      const held = rows.filter((row) => plan.delayOf(row.event) > 0);
      expect(held.length).toBeGreaterThan(0);
      const gate = new OutboxDelayGate(plan, () => wall);

      const first = gate.ready(rows);
      const keyOf = (row: OutboxRow) => String(row.event.partitionkey);
      const firstHeld = new Map<string, number>();
      for (const row of held) if (!firstHeld.has(keyOf(row))) firstHeld.set(keyOf(row), Number(row.seq));
      // exactly the rows before their key's first held row go now; other keys are not held up
      expect(first.map((row) => row.seq)).toEqual(
        rows.filter((row) => Number(row.seq) < (firstHeld.get(keyOf(row)) ?? Infinity)).map((row) => row.seq),
      );
      const rest = rows.filter((row) => !first.includes(row));

      wall += 499;
      expect(gate.ready(rest)).toEqual([]);
      wall += 1;
      // each key's held row goes, with the rows behind it up to the key's next delayed row, whose wait only
      // starts now that it is first seen
      const blocked = new Set<string>();
      const expected = rest.filter((row) => {
        const key = keyOf(row);
        if (blocked.has(key)) return false;
        if (Number(row.seq) !== firstHeld.get(key) && plan.delayOf(row.event) > 0) {
          blocked.add(key);
          return false;
        }
        return true;
      });
      const second = gate.ready(rest);
      expect(second).toEqual(expected);
      // every later pass lets more through; in the end everything went, each key in its order
      const order = [...first, ...second];
      let pending = rest.filter((row) => !second.includes(row));
      for (let pass = 0; pass < 50 && pending.length > 0; pass += 1) {
        wall += 500;
        const now = gate.ready(pending);
        order.push(...now);
        pending = pending.filter((row) => !now.includes(row));
      }
      expect(pending).toEqual([]);
      expect([...order].sort((x, y) => Number(x.seq) - Number(y.seq))).toEqual(rows);
      for (const key of ['a', 'b', 'c', 'd']) {
        const seqs = order.filter((row) => keyOf(row) === key).map((row) => Number(row.seq));
        expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      }
    });
  });
});
