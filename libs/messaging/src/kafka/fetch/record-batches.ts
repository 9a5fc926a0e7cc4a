import { gunzipSync } from 'node:zlib';
import type { ConsumedRecord } from '../../envelope/wire-message';
import { readRecords, RecordLayout } from './record-layout';

/** Aborted transactions of a fetch response (read_committed): their records are skipped. */
export interface AbortedTransaction {
  readonly producerId: number;
  readonly firstOffset: number;
}

const BATCH_HEADER = 61;
const COMPRESSION_MASK = 0x07;
const TRANSACTIONAL_FLAG = 0x10;
const CONTROL_FLAG = 0x20;
const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];
/**
 * Reads Kafka record batches (message format v2, the only one since Kafka 0.11) of one fetched record set straight
 * into broker-neutral records: key and headers as strings, the value as a view on the fetched bytes. The set is
 * read a slice at a time and up to a chosen offset (`readUpTo`), so decoded records live only as long as the slice
 * being handled while the raw bytes wait, and a batch of the consumer can end inside a Kafka record batch. A
 * trailing partial batch (the broker cuts at its byte limit) is left for the next fetch. Uncompressed and gzip
 * batches are read; other codecs are refused with their name, since no producer of this project uses them.
 * Aborted transactions' records and control batches are skipped.
 */
export class RecordSetReader {
  /** Offset after the last complete batch of the set (control and aborted batches included). */
  readonly nextOffset: number;
  private position = 0;
  /** Records below this offset are not delivered: the fetch offset, then wherever reading stopped. */
  private resumeAt: number;
  private readonly end: number;
  private readonly pendingAborts: AbortedTransaction[];
  private readonly abortedProducers = new Set<number>();
  private readonly layout: RecordLayout;

  constructor(
    readonly topic: string,
    readonly partition: number,
    private readonly recordSet: Buffer,
    fetchOffset: number,
    aborted: readonly AbortedTransaction[] = [],
  ) {
    const { end, nextOffset } = completeBatches(recordSet, fetchOffset);
    this.end = end;
    this.nextOffset = nextOffset;
    this.resumeAt = fetchOffset;
    this.pendingAborts = [...aborted].sort((a, b) => a.firstOffset - b.firstOffset);
    this.layout = new RecordLayout(topic, partition);
  }

  /** Every complete batch has been read. */
  get done(): boolean {
    return this.position >= this.end;
  }

  /** The offset reading continues from. */
  get offset(): number {
    return this.resumeAt;
  }

  /** The records of the whole set (tests, tools). */
  readAll(): ConsumedRecord[] {
    const records: ConsumedRecord[] = [];
    while (this.offset < this.nextOffset)
      records.push(...this.readUpTo(this.nextOffset, Number.MAX_SAFE_INTEGER));
    return records;
  }

  /**
   * The next records before offset `until` — at least `atLeast` of them (whole Kafka batches, cut at `until`) unless
   * `until` comes first. Reading is done up to `until` once `offset` has reached it.
   */
  readUpTo(until: number, atLeast: number): ConsumedRecord[] {
    const records: ConsumedRecord[] = [];
    this.readEach(until, atLeast, (layout) => void records.push(layout.toRecord()));
    return records;
  }

  /**
   * As readUpTo, but hands each record to `visit` as its layout in the fetched bytes (one object reused record after
   * record: read what is needed before returning) and gives the number of records visited. For hot paths that need
   * only some of a record's parts as values.
   */
  readEach(until: number, atLeast: number, visit: (layout: RecordLayout) => void): number {
    let visited = 0;
    const layout = this.layout;
    this.walk(
      until,
      () => visited < atLeast,
      (at, batchEnd, baseOffset, count, attributes) => {
        const codec = attributes & COMPRESSION_MASK;
        let body = this.recordSet;
        let start = at + BATCH_HEADER;
        let end = batchEnd;
        if (codec === 1) {
          body = gunzipSync(this.recordSet.subarray(start, end));
          start = 0;
          end = body.length;
        } else if (codec !== 0) {
          throw new Error(
            `record batch at offset ${baseOffset} is ${CODECS[codec] ?? codec}-compressed (unsupported)`,
          );
        }
        visited += readRecords(body, start, end, count, baseOffset, this.resumeAt, until, layout, visit);
      },
    );
    return visited;
  }

  /**
   * The raw Kafka record batches holding the records from `offset` up to `until`, undecoded, and moves past them
   * as `readUpTo(until, …)` would. Control batches and aborted transactions are left out, so the bytes can be read
   * on their own (another thread) by a reader starting at the same `offset`; the last batch may reach past `until`.
   */
  takeUpTo(until: number): Buffer[] {
    const batches: Buffer[] = [];
    this.walk(
      until,
      () => true,
      (at, batchEnd) => void batches.push(this.recordSet.subarray(at, batchEnd)),
    );
    return batches;
  }

  /**
   * Visits the complete batches with records in [offset, until) while `more()`, skipping what read_committed
   * skips, and moves `offset` past what it visited: to the end of a batch, or to `until` inside one.
   */
  private walk(
    until: number,
    more: () => boolean,
    visit: (at: number, batchEnd: number, baseOffset: number, count: number, attributes: number) => void,
  ): void {
    const set = this.recordSet;
    while (this.position < this.end && more() && this.resumeAt < until) {
      const at = this.position;
      const baseOffset = Number(set.readBigInt64BE(at));
      if (baseOffset >= until) {
        this.resumeAt = until; // nothing between here and `until`
        break;
      }
      const batchEnd = at + 12 + set.readInt32BE(at + 8);
      const attributes = set.readInt16BE(at + 21);
      const lastOffset = baseOffset + set.readInt32BE(at + 23);
      const producerId = Number(set.readBigInt64BE(at + 43));
      const count = set.readInt32BE(at + 57);
      if (lastOffset >= this.resumeAt && !this.skipped(attributes, lastOffset, producerId))
        visit(at, batchEnd, baseOffset, count, attributes);
      if (lastOffset < until) {
        this.position = batchEnd;
        this.resumeAt = Math.max(this.resumeAt, lastOffset + 1);
      } else {
        this.resumeAt = until; // the rest of this Kafka batch belongs to the next read
      }
    }
    if (this.position >= this.end) this.resumeAt = Math.max(this.resumeAt, this.nextOffset);
  }

  /** read_committed: control batches, and the batches of a transaction that was aborted, are not delivered. */
  private skipped(attributes: number, lastOffset: number, producerId: number): boolean {
    if (!(attributes & TRANSACTIONAL_FLAG)) return (attributes & CONTROL_FLAG) !== 0;
    while (this.pendingAborts.length > 0 && this.pendingAborts[0].firstOffset <= lastOffset) {
      this.abortedProducers.add(this.pendingAborts.shift()!.producerId);
    }
    if (attributes & CONTROL_FLAG) {
      this.abortedProducers.delete(producerId); // a commit or abort marker ends the producer's transaction
      return true;
    }
    return this.abortedProducers.has(producerId);
  }
}

/** Byte length of the complete batches at the start of a set, and the offset after the last of them. */
function completeBatches(set: Buffer, fetchOffset: number): { end: number; nextOffset: number } {
  let end = 0;
  let nextOffset = fetchOffset;
  while (end + BATCH_HEADER <= set.length) {
    const batchEnd = end + 12 + set.readInt32BE(end + 8);
    if (batchEnd > set.length) break;
    const magic = set.readInt8(end + 16);
    const baseOffset = Number(set.readBigInt64BE(end));
    if (magic !== 2) throw new Error(`record batch magic ${magic} at offset ${baseOffset} (only v2 is read)`);
    nextOffset = Math.max(nextOffset, baseOffset + set.readInt32BE(end + 23) + 1);
    end = batchEnd;
  }
  return { end, nextOffset };
}
