import '../kafkajs-idle-loop-fix';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { busMetrics } from '../../bus/bus-metrics';
import { kafkaLogCreator } from '../kafka-logger';
import { TopicNames } from '../topic-names';
import { partitionOf } from './murmur2';
import { KafkaConnection } from '../kafka-connection';
import { produceAnswers, produceRequest, type PartitionBatch } from './produce-request';
import type { EncodedRecord } from './record-batch';

export interface RecordBatchPublisherOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  /** Prepended to topic names on the cluster (as the event bus does). */
  readonly topicPrefix?: string;
  /** Most record bytes in one partition's batch (brokers refuse batches over message.max.bytes, 1 MiB). */
  readonly maxBatchBytes?: number;
  readonly timeoutMs?: number;
  /** Attempts per publish before it rejects (each after a metadata refresh and a backoff). */
  readonly attempts?: number;
}

/** Errors a retry cannot fix (the record or the request is wrong, or the client may not write there). */
const FATAL_ERRORS = new Set([10, 18, 29, 35, 87]);

interface TopicLayout {
  /** Leader broker id per partition (-1: none right now). */
  readonly leaders: readonly number[];
}

/**
 * Publishes records encoded ahead of time (see encodeRecord) to one topic, partitioned by key as Kafka's default
 * partitioner does, with acks from all in-sync replicas: one Produce request per leader and round, a batch per
 * partition, in order within each partition. For producers whose records are made on a hot path — the encoding
 * already happened there, so publishing costs a copy and a checksum per record, not kafkajs's per-record encoding.
 * Failed partitions are retried after a metadata refresh; a publish that still fails rejects, and the caller sends
 * again (at least once: records carry ids that consumers deduplicate on).
 */
export class RecordBatchPublisher {
  private readonly admin: Admin;
  private readonly names: TopicNames;
  private readonly brokers = new Map<number, { host: string; port: number }>();
  private readonly layouts = new Map<string, TopicLayout>();
  private readonly connections = new Map<number, KafkaConnection>();
  private readonly maxBatchBytes: number;
  private readonly timeoutMs: number;
  private readonly attempts: number;

  constructor(private readonly options: RecordBatchPublisherOptions) {
    this.admin = new Kafka({
      clientId: options.clientId,
      brokers: [...options.brokers],
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator,
      retry: { initialRetryTime: 200, retries: 5 },
    }).admin();
    this.names = new TopicNames(options.topicPrefix);
    this.maxBatchBytes = options.maxBatchBytes ?? 900_000;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.attempts = options.attempts ?? 6;
  }

  async connect(): Promise<void> {
    await this.admin.connect();
  }

  /** Publishes `records` to the logical `topic`; resolves once every partition acknowledged its batch. */
  async publish(topic: string, records: readonly EncodedRecord[]): Promise<void> {
    if (records.length === 0) return;
    const physical = this.names.physical(topic);
    let pending = records;
    for (let attempt = 1; ; attempt++) {
      let failure: Error | undefined;
      try {
        const layout = await this.layout(physical, attempt > 1);
        pending = await this.sendRounds(physical, layout, pending);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        if (failure instanceof FatalProduceError) throw failure;
      }
      if (pending.length === 0 && !failure) break;
      if (attempt >= this.attempts) {
        throw new Error(
          `publishing ${pending.length} records to ${physical} failed: ${failure?.message ?? 'partitions kept failing'}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 3_000)));
    }
    busMetrics.published.inc({ topic }, records.length);
  }

  async close(): Promise<void> {
    for (const connection of this.connections.values()) connection.close();
    this.connections.clear();
    await this.admin.disconnect();
  }

  /**
   * Sends each partition's records in order, a batch per partition per round; resolves the records of partitions
   * that failed (from their first unacknowledged batch on).
   */
  private async sendRounds(
    topic: string,
    layout: TopicLayout,
    records: readonly EncodedRecord[],
  ): Promise<EncodedRecord[]> {
    const queues = new Map<number, EncodedRecord[][]>();
    for (const [partition, list] of this.byPartition(records, layout.leaders.length)) {
      queues.set(partition, this.chunks(list));
    }
    const failed: EncodedRecord[] = [];
    while (queues.size > 0) {
      const byLeader = new Map<number, PartitionBatch[]>();
      for (const [partition, chunks] of queues) {
        const leader = layout.leaders[partition];
        if (leader === undefined || leader < 0 || !this.brokers.has(leader)) {
          failed.push(...chunks.flat());
          queues.delete(partition);
          continue;
        }
        byLeader.set(leader, [...(byLeader.get(leader) ?? []), { partition, records: chunks[0] }]);
      }
      const sent = await Promise.all(
        [...byLeader].map(async ([leader, batches]) => this.send(leader, topic, batches)),
      );
      for (const answers of sent) {
        for (const [partition, ok] of answers) {
          const chunks = queues.get(partition)!;
          if (!ok) {
            failed.push(...chunks.flat());
            queues.delete(partition);
          } else if (chunks.length === 1) queues.delete(partition);
          else chunks.shift();
        }
      }
    }
    return failed;
  }

  /** One Produce request to a leader; resolves whether each partition's batch was written. */
  private async send(
    leader: number,
    topic: string,
    batches: PartitionBatch[],
  ): Promise<Map<number, boolean>> {
    const outcome = new Map(batches.map((batch) => [batch.partition, false]));
    const connection = this.connection(leader);
    let body: Buffer;
    try {
      body = await connection.request((correlationId) =>
        produceRequest(correlationId, this.options.clientId, topic, batches, {
          acks: -1,
          timeoutMs: this.timeoutMs,
          timestamp: Date.now(),
        }),
      );
    } catch {
      this.connections.delete(leader);
      return outcome;
    }
    for (const answer of produceAnswers(body)) {
      if (FATAL_ERRORS.has(answer.errorCode)) {
        throw new FatalProduceError(
          `${topic}[${answer.partition}] refused the batch (error ${answer.errorCode})`,
        );
      }
      outcome.set(answer.partition, answer.errorCode === 0);
    }
    return outcome;
  }

  private byPartition(records: readonly EncodedRecord[], partitions: number): Map<number, EncodedRecord[]> {
    const out = new Map<number, EncodedRecord[]>();
    for (const record of records) {
      const partition = partitionOf(record.keyHash, partitions);
      const list = out.get(partition);
      if (list) list.push(record);
      else out.set(partition, [record]);
    }
    return out;
  }

  private chunks(records: EncodedRecord[]): EncodedRecord[][] {
    const chunks: EncodedRecord[][] = [];
    let current: EncodedRecord[] = [];
    let bytes = 0;
    for (const record of records) {
      if (current.length > 0 && bytes + record.body.length > this.maxBatchBytes) {
        chunks.push(current);
        current = [];
        bytes = 0;
      }
      current.push(record);
      bytes += record.body.length + 8;
    }
    if (current.length > 0) chunks.push(current);
    return chunks;
  }

  private connection(leader: number): KafkaConnection {
    let connection = this.connections.get(leader);
    if (!connection || connection.broken) {
      const broker = this.brokers.get(leader)!;
      connection = new KafkaConnection(broker.host, broker.port, this.timeoutMs + 5_000);
      this.connections.set(leader, connection);
    }
    return connection;
  }

  private async layout(topic: string, refresh: boolean): Promise<TopicLayout> {
    const known = this.layouts.get(topic);
    if (known && !refresh) return known;
    const [{ topics }, cluster] = await Promise.all([
      this.admin.fetchTopicMetadata({ topics: [topic] }),
      this.admin.describeCluster(),
    ]);
    for (const broker of cluster.brokers)
      this.brokers.set(broker.nodeId, { host: broker.host, port: broker.port });
    const partitions = topics[0]?.partitions ?? [];
    if (partitions.length === 0) throw new Error(`topic ${topic} has no partitions (does it exist?)`);
    const leaders: number[] = [];
    for (const partition of partitions) leaders[partition.partitionId] = partition.leader;
    const layout = { leaders };
    this.layouts.set(topic, layout);
    return layout;
  }
}

class FatalProduceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FatalProduceError';
  }
}
