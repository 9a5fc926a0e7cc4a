import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { infrastructure, uniqueName } from '@d06/testing';
import { decodeCloudEvent } from '../src';
import { CloudEventRecords, RecordBatchPublisher } from '../src/kafka/produce';

jest.setTimeout(60_000);

describe('RecordBatchPublisher on Kafka', () => {
  const { kafkaBrokers } = infrastructure();
  const kafka = new Kafka({ clientId: 'd06-test', brokers: kafkaBrokers, logLevel: logLevel.NOTHING });
  const prefix = `${uniqueName('rbp')}.`;
  const topic = 'calls.v1';
  let publisher: RecordBatchPublisher;

  beforeAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: `${prefix}${topic}`, numPartitions: 3, replicationFactor: 1 }],
    });
    await admin.disconnect();
    // small batches: a publish takes several rounds per partition
    publisher = new RecordBatchPublisher({
      brokers: kafkaBrokers,
      clientId: 'd06-test',
      topicPrefix: prefix,
      maxBatchBytes: 20_000,
      attempts: 2,
    });
    await publisher.connect();
  });

  afterAll(() => publisher?.close());

  it('writes every record once, on the partition kafkajs would choose, in order, as readable CloudEvents', async () => {
    const events = new CloudEventRecords('d06/test', 'vn.d06.test.happened.v1');
    const ids = Array.from({ length: 2_500 }, () => randomUUID());
    await publisher.publish(
      topic,
      ids.map((id, i) =>
        events.encode({
          id,
          time: new Date(1_700_000_000_000 + i).toISOString(),
          partitionKey: `key-${i % 97}`,
          dataJson: JSON.stringify({ n: i, text: 'Thanh Hóa' }),
        }),
      ),
    );

    const seen: Array<{ partition: number; id: string; key: string; n: number }> = [];
    const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topics: [`${prefix}${topic}`], fromBeginning: true });
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          const headers = Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
          );
          const event = decodeCloudEvent({ key: message.key!.toString(), value: message.value, headers });
          seen.push({
            partition,
            id: event.id,
            key: message.key!.toString(),
            n: (event.data as { n: number }).n,
          });
          if (seen.length >= ids.length) resolve();
        },
      });
    });
    await consumer.disconnect();

    expect(seen.map((s) => s.id).sort()).toEqual([...ids].sort());
    const partitioner = Partitioners.DefaultPartitioner();
    const metadata = [0, 1, 2].map((partitionId) => ({
      partitionId,
      leader: 0,
      replicas: [0],
      isr: [0],
      offlineReplicas: [],
      partitionErrorCode: 0,
    }));
    for (const s of seen) {
      expect(s.partition).toBe(
        partitioner({ topic, partitionMetadata: metadata, message: { key: s.key, value: null } }),
      );
    }
    for (const partition of [0, 1, 2]) {
      const order = seen.filter((s) => s.partition === partition).map((s) => s.n);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('rejects a publish to a topic that does not exist', async () => {
    const events = new CloudEventRecords('d06/test', 'vn.d06.test.happened.v1');
    const record = events.encode({
      id: 'x',
      time: new Date().toISOString(),
      partitionKey: 'k',
      dataJson: '{}',
    });
    await expect(publisher.publish('no-such-topic.v1', [record])).rejects.toThrow(/no-such-topic/);
  });
});
