import type { Counter } from 'prom-client';
import {
  DEAD_LETTER_TYPE,
  decodeCloudEvent,
  deadLetterTopicOf,
  type DeadLetterData,
  type DeliveredEvent,
  type EventBus,
  type EventContract,
  type SubscriptionHandle,
  type WireMessage,
} from '../src';
import { testContracts, type Thing } from './test-catalog';

/** What a test needs of an adapter: a bus on a fresh topic, and raw access to write and read topics. */
export interface BusUnderTest {
  bus: EventBus;
  /** Writes records as they are, bypassing producer validation (to simulate a misbehaving producer). */
  sendRaw(topic: string, messages: WireMessage[]): Promise<void>;
  /** Every record of a topic so far. */
  readAll(topic: string): Promise<WireMessage[]>;
  close(): Promise<void>;
}

export type BusFactory = (contracts: EventContract[]) => Promise<BusUnderTest>;

/** Each test's bus on a topic of its own (read after `beforeEach`), and its subscriptions, stopped after it. */
export interface BusFixture {
  topic: string;
  subject: BusUnderTest;
  readonly handles: SubscriptionHandle[];
}

/** Registers the hooks that give every test of the calling `describe` a fresh bus and stop what it subscribed. */
export function freshBusPerTest(factory: BusFactory, timeoutMs: number): BusFixture {
  const fixture = { handles: [] as SubscriptionHandle[] } as BusFixture;
  beforeEach(async () => {
    const test = testContracts();
    fixture.topic = test.topic;
    fixture.subject = await factory(test.contracts);
  }, timeoutMs);
  afterEach(async () => {
    await Promise.all(fixture.handles.splice(0).map((handle) => handle.stop()));
    await fixture.subject.close();
  }, timeoutMs);
  return fixture;
}

export const fastRetry = { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 20 };

export const dataOf = (delivered: DeliveredEvent): Thing => delivered.event.data as Thing;

export async function metricValue(metric: Counter, labels: Record<string, string>): Promise<number> {
  const { values } = await metric.get();
  const matching = values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l));
  return matching?.value ?? 0;
}

/** The dead letters of a topic so far, each checked to be one. */
export async function deadLetters(subject: BusUnderTest, topic: string): Promise<DeadLetterData[]> {
  const records = await subject.readAll(deadLetterTopicOf(topic));
  return records.map((record) => {
    const event = decodeCloudEvent(record);
    expect(event.type).toBe(DEAD_LETTER_TYPE);
    return event.data as DeadLetterData;
  });
}
