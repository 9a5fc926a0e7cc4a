// Smoke test of the broker the integration tests use (local infra/kafka, containers or env): topics, keyed
// partitioning and order, consumer groups and committed offsets, through kafkajs as the services use it.
import { infrastructure, uniqueName, waitFor } from '@d06/testing';
import { Kafka, logLevel, Partitioners, type Consumer, type KafkaMessage } from 'kafkajs';

const TIMEOUT_MS = 60_000;
const PARTITIONS = 3;
// Personal-ID-shaped keys (synthetic). Partition = murmur2(key) % 3, so their spread is fixed, not random.
const KEYS = ['001090000001', '024190000002', '038224000003', '040300000004', '079195000005', '038324001234'];

interface Received {
  /** The record key, and the key the producer wrote into the value: they must agree. */
  readonly key: string | undefined;
  readonly sentKey: string;
  readonly seq: number;
  readonly partition: number;
}

describe('Kafka broker', () => {
  const { kafkaBrokers } = infrastructure();
  const kafka = new Kafka({ clientId: 'd06-kafka-smoke', brokers: kafkaBrokers, logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const topic = uniqueName('smoke');
  const groupId = uniqueName('smoke_group');
  const consumers: Consumer[] = [];

  async function produce(seqs: number[]): Promise<void> {
    // One send per sequence number, acknowledged by the broker before the next: per-key order is the send order.
    for (const seq of seqs) {
      const acks = await producer.send({
        topic,
        acks: -1,
        messages: KEYS.map((key) => ({ key, value: JSON.stringify({ key, seq }) })),
      });
      expect(acks.every((ack) => ack.errorCode === 0)).toBe(true);
    }
  }

  /** Joins the group and commits each message's offset as soon as it is handled. */
  async function startConsumer(into: Received[]): Promise<Consumer> {
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    consumers.push(consumer);
    await consumer.connect();
    // fromBeginning: without a committed offset the consumer would re-read everything, so no redelivery proves
    // the committed offsets were used.
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        into.push(parse(partition, message));
        await consumer.commitOffsets([
          { topic, partition, offset: (BigInt(message.offset) + 1n).toString() },
        ]);
      },
    });
    return consumer;
  }

  beforeAll(async () => {
    await admin.connect();
    await producer.connect();
  }, TIMEOUT_MS);

  afterAll(async () => {
    for (const consumer of consumers) await consumer.disconnect();
    await producer.disconnect();
    await admin.deleteGroups([groupId]).catch(() => undefined); // absent when an earlier step failed
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  }, TIMEOUT_MS);

  const first: Received[] = [];

  it(
    'creates a topic with 3 partitions and lists it',
    async () => {
      expect(
        await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true }),
      ).toBe(true);
      expect(await admin.listTopics()).toContain(topic);
      const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
      expect(topics[0].partitions).toHaveLength(PARTITIONS);
    },
    TIMEOUT_MS,
  );

  it(
    'a consumer group gets every message; one key stays on one partition, in send order',
    async () => {
      await produce([0, 1, 2, 3, 4]);
      await startConsumer(first);
      await waitFor(() => first.length >= KEYS.length * 5, {
        timeoutMs: 30_000,
        message: '30 messages consumed',
      });

      expect(first).toHaveLength(KEYS.length * 5);
      expect(first.every((r) => r.key === r.sentKey)).toBe(true);
      const partitionOf = new Map<string, number>();
      for (const key of KEYS) {
        const ofKey = first.filter((r) => r.key === key);
        expect(new Set(ofKey.map((r) => r.partition)).size).toBe(1);
        expect(ofKey.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4]);
        partitionOf.set(key, ofKey[0].partition);
      }
      // Keys really are spread: with one partition used, the checks above would prove nothing.
      expect(new Set(partitionOf.values()).size).toBeGreaterThan(1);
    },
    TIMEOUT_MS,
  );

  it(
    'a second consumer of the group resumes from the committed offsets once the first has left',
    async () => {
      const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
      const ends = await admin.fetchTopicOffsets(topic);
      const byPartition = (a: { partition: number }, b: { partition: number }) => a.partition - b.partition;
      const committedOffsets = committed[0].partitions.sort(byPartition).map((p) => p.offset);
      expect(committedOffsets).toEqual(ends.sort(byPartition).map((p) => p.high));

      await consumers[0].disconnect();
      await produce([5, 6]);
      const second: Received[] = [];
      await startConsumer(second);
      await waitFor(() => second.length >= KEYS.length * 2, {
        timeoutMs: 30_000,
        message: '12 new messages',
      });

      // Per partition, a redelivered old message would come before the new ones: none did.
      expect(second.map((r) => r.seq).sort()).toEqual(
        Array(KEYS.length).fill(5).concat(Array(KEYS.length).fill(6)),
      );
      for (const key of KEYS) expect(second.filter((r) => r.key === key).map((r) => r.seq)).toEqual([5, 6]);
    },
    TIMEOUT_MS,
  );
});

function parse(partition: number, message: KafkaMessage): Received {
  const { key, seq } = JSON.parse(message.value!.toString()) as { key: string; seq: number };
  return { key: message.key?.toString(), sentKey: key, seq, partition };
}
