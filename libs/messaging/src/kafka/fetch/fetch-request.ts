import type { BrokerConnection } from './broker-connection';
import { ResponseReader } from './kafka-wire';
import type { AbortedTransaction } from './record-batches';

const FETCH = 1;
/** Fetch v4: record batches, read_committed with aborted-transaction lists; supported from Kafka 0.11 to 4.x. */
const FETCH_VERSION = 4;
const READ_COMMITTED = 1;

export interface PartitionFetch {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly maxBytes: number;
}

export interface FetchedPartition {
  readonly topic: string;
  readonly partition: number;
  readonly errorCode: number;
  readonly highWatermark: number;
  readonly aborted: readonly AbortedTransaction[];
  /** The raw record batches (a view on the response), possibly ending in a partial batch. */
  readonly recordSet: Buffer;
}

/** One Fetch round trip for several partitions of one leader: the partitions, and the response they are views of. */
export async function fetchPartitions(
  connection: BrokerConnection,
  partitions: readonly PartitionFetch[],
  options: { readonly maxWaitMs: number; readonly minBytes: number; readonly maxBytes: number },
): Promise<{ readonly partitions: FetchedPartition[]; readonly response: Buffer }> {
  const byTopic = new Map<string, PartitionFetch[]>();
  for (const p of partitions) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p]);
  const body = await connection.request(FETCH, FETCH_VERSION, (w) =>
    w
      .int32(-1) // replica id: a consumer
      .int32(options.maxWaitMs)
      .int32(options.minBytes) // 1: answer as soon as anything is there
      .int32(options.maxBytes)
      .int8(READ_COMMITTED)
      .array([...byTopic], (tw, [topic, list]) =>
        tw.string(topic).array(list, (pw, p) => pw.int32(p.partition).int64(p.offset).int32(p.maxBytes)),
      ),
  );
  const reader = new ResponseReader(body);
  reader.int32(); // throttle time
  const fetched: FetchedPartition[] = [];
  reader.array((r) => {
    const topic = r.string() ?? '';
    r.array((pr) => {
      const partition = pr.int32();
      const errorCode = pr.int16();
      const highWatermark = pr.int64();
      pr.int64(); // last stable offset
      const count = pr.int32();
      const aborted: AbortedTransaction[] = [];
      for (let i = 0; i < count; i++) aborted.push({ producerId: pr.int64(), firstOffset: pr.int64() });
      const recordSet = pr.bytes() ?? Buffer.alloc(0);
      fetched.push({ topic, partition, errorCode, highWatermark, aborted, recordSet });
    });
  });
  return { partitions: fetched, response: body };
}
