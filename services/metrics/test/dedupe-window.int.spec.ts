import type { INestApplication } from '@nestjs/common';
import type { CloudEvent } from 'cloudevents';
import { EVENT_CONTRACTS, EVENT_TYPES, TOPIC_PARTITIONS } from '@d06/contracts';
import { createEventBus, type EventBus } from '@d06/messaging';
import { infrastructure, uniqueName } from '@d06/testing';
import { getJson, startMetrics, waitUntilCaughtUp } from './metrics-test-kit';

type Figures = Record<string, number>;
const WINDOW = 30;

// Real Kafka and PostgreSQL, one key (so one partition) and a window of 30 records: re-published copies inside the
// window are not counted, also after a restart (the window comes back from the store); a copy from beyond the window
// is counted again, which is the bound the design accepts.
describe('metrics dedupe window (Kafka, PostgreSQL)', () => {
  const run = uniqueName('mdedup');
  let bus: EventBus;
  let app: INestApplication | undefined;
  let url = '';
  let originals: CloudEvent<unknown>[] = [];

  const lookups = (count: number, from = 0) =>
    Array.from({ length: count }, (_, i) => ({
      type: EVENT_TYPES.BHYT_LOOKUP_PERFORMED,
      key: 'one-partition',
      data: {
        subjectKey: '38001',
        method: 'cccd' as const,
        facilityCode: '38001',
        provinceCode: '038',
        resultCode: '000' as const,
        success: true,
        refused: false,
        cardCode: 'GD4383820000001',
        occurredAt: `2023-09-${String(1 + ((from + i) % 28)).padStart(2, '0')}T10:00:00+07:00`,
      },
    }));
  const counted = async (): Promise<number> =>
    (await getJson<Figures>(`${url}/v1/figures`))['bhyt.lookup'] ?? 0;

  beforeAll(async () => {
    bus = await createEventBus({
      source: 'd06/test',
      contracts: Object.values(EVENT_CONTRACTS),
      kafkaBrokers: infrastructure().kafkaBrokers,
      topicPrefix: `${run}.`,
      topicPartitions: TOPIC_PARTITIONS,
    });
    ({ app, url } = await startMetrics(run, 'm', 7, WINDOW));
    originals = await bus.publish(lookups(40)); // offsets 0–39 of the partition
    await waitUntilCaughtUp(run, 'm');
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await bus?.close();
  }, 60_000);

  it('does not count copies re-published within the window, one batch or several apart', async () => {
    expect(await counted()).toBe(40);
    // offsets 40–42: copies of the events at 39, 25 and 12 (1, 16 and 30 records back), then two new events
    await bus.publishEnvelopes([originals[39], originals[25], originals[12]]);
    await bus.publish(lookups(2, 40));
    await waitUntilCaughtUp(run, 'm');
    expect(await counted()).toBe(42);
  }, 60_000);

  it('counts a copy from beyond the window again (the documented bound)', async () => {
    // offset 45: the event at offset 2, 43 records back
    await bus.publishEnvelopes([originals[2]]);
    await waitUntilCaughtUp(run, 'm');
    expect(await counted()).toBe(43);
  }, 60_000);

  it('restores the window after a restart: a copy from before the restart is still recognised', async () => {
    await app!.close();
    ({ app, url } = await startMetrics(run, 'm', 7, WINDOW));
    // offset 46: another copy of the event first at offset 39, last seen at offset 40 (6 records back)
    await bus.publishEnvelopes([originals[39]]);
    await bus.publish(lookups(1, 42));
    await waitUntilCaughtUp(run, 'm');
    expect(await counted()).toBe(44);
  }, 90_000);

  it('replaying the topics into an empty store gives the same figures', async () => {
    const replay = await startMetrics(run, 'replay', 1000, WINDOW);
    try {
      await waitUntilCaughtUp(run, 'replay');
      const again = await getJson<Figures>(`${replay.url}/v1/figures`);
      expect(again).toEqual(await getJson<Figures>(`${url}/v1/figures`));
      expect(again['bhyt.lookup']).toBe(44);
    } finally {
      await replay.app.close();
    }
  }, 90_000);
});
