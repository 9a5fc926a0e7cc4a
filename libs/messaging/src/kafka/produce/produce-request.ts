// Produce v3 (Kafka 0.11 to 4.x): the request around pre-encoded record batches, and its answer per partition.
import { recordBatchSize, writeRecordBatch, type EncodedRecord } from './record-batch';

const PRODUCE = 0;
const VERSION = 3;

export interface PartitionBatch {
  readonly partition: number;
  readonly records: readonly EncodedRecord[];
}

export interface PartitionAnswer {
  readonly topic: string;
  readonly partition: number;
  readonly errorCode: number;
}

/** The whole request frame (size prefix included) for one topic's batches, one batch per partition. */
export function produceRequest(
  correlationId: number,
  clientId: string,
  topic: string,
  batches: readonly PartitionBatch[],
  options: { readonly acks: number; readonly timeoutMs: number; readonly timestamp: number },
): Buffer {
  const clientIdBytes = Buffer.byteLength(clientId);
  const topicBytes = Buffer.byteLength(topic);
  const sizes = batches.map((batch) => recordBatchSize(batch.records));
  const size =
    4 + // size
    2 +
    2 +
    4 +
    2 +
    clientIdBytes + // header v1
    2 +
    2 +
    4 + // transactional id (null), acks, timeout
    4 +
    2 +
    topicBytes +
    4 + // one topic, its partitions
    sizes.reduce((total, bytes) => total + 4 + 4 + bytes, 0);
  const frame = Buffer.allocUnsafe(size);
  let at = frame.writeInt32BE(size - 4, 0);
  at = frame.writeInt16BE(PRODUCE, at);
  at = frame.writeInt16BE(VERSION, at);
  at = frame.writeInt32BE(correlationId, at);
  at = frame.writeInt16BE(clientIdBytes, at);
  at += frame.write(clientId, at);
  at = frame.writeInt16BE(-1, at); // transactional id
  at = frame.writeInt16BE(options.acks, at);
  at = frame.writeInt32BE(options.timeoutMs, at);
  at = frame.writeInt32BE(1, at);
  at = frame.writeInt16BE(topicBytes, at);
  at += frame.write(topic, at);
  at = frame.writeInt32BE(batches.length, at);
  batches.forEach((batch, i) => {
    at = frame.writeInt32BE(batch.partition, at);
    at = frame.writeInt32BE(sizes[i], at);
    at = writeRecordBatch(frame, at, batch.records, options.timestamp);
  });
  if (at !== size) throw new Error(`produce request: wrote ${at} of ${size} bytes`);
  return frame;
}

/** The error code of every partition in a Produce v3 answer (after the correlation id). */
export function produceAnswers(body: Buffer): PartitionAnswer[] {
  const answers: PartitionAnswer[] = [];
  let at = 0;
  const topics = body.readInt32BE(at);
  at += 4;
  for (let t = 0; t < topics; t++) {
    const length = body.readInt16BE(at);
    const topic = body.toString('utf8', at + 2, at + 2 + length);
    at += 2 + length;
    const partitions = body.readInt32BE(at);
    at += 4;
    for (let p = 0; p < partitions; p++) {
      answers.push({ topic, partition: body.readInt32BE(at), errorCode: body.readInt16BE(at + 4) });
      at += 4 + 2 + 8 + 8; // partition, error, base offset, log append time
    }
  }
  return answers;
}
