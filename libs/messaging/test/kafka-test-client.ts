import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type IHeaders } from 'kafkajs';
import type { WireMessage } from '../src';

/** Direct kafkajs access for tests: write raw records and read a whole topic back. */
export class KafkaTestClient {
  private readonly kafka: Kafka;

  constructor(brokers: string[]) {
    this.kafka = new Kafka({ clientId: 'd06-test', brokers, logLevel: logLevel.NOTHING });
  }

  async sendRaw(topic: string, messages: WireMessage[]): Promise<void> {
    const producer = this.kafka.producer();
    await producer.connect();
    try {
      await producer.send({
        topic,
        messages: messages.map((m) => ({ key: m.key, value: m.value, headers: { ...m.headers } })),
      });
    } finally {
      await producer.disconnect();
    }
  }

  async readAll(topic: string): Promise<WireMessage[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const expected = offsets.reduce((sum, o) => sum + Number(o.high) - Number(o.low), 0);
    if (expected === 0) return [];
    const consumer = this.kafka.consumer({ groupId: `reader-${randomUUID()}` });
    const records: (WireMessage & { offset: number })[] = [];
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const done = new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          records.push({
            key: message.key?.toString() ?? null,
            value: message.value,
            headers: stringHeaders(message.headers),
            offset: Number(message.offset),
          });
          if (records.length >= expected) resolve();
        },
      });
    });
    await done;
    await consumer.disconnect();
    return records.sort((a, b) => a.offset - b.offset);
  }
}

function stringHeaders(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k, String(v)]));
}
