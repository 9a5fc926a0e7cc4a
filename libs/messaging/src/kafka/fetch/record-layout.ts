import type { ConsumedRecord } from '../../envelope/wire-message';
import { RepeatedStrings } from './repeated-strings';

// The records inside one Kafka record batch's body (message format v2): their framing read into a reused layout.

/** Header names, and the values of the CloudEvents headers that repeat across records, are decoded once. */
const repeated = new RepeatedStrings();
const REPEATING_HEADERS = new Set([
  'ce_type',
  'ce_source',
  'ce_specversion',
  'ce_datacontenttype',
  'content-type',
]);

/** Visits the records of one batch's body with offsets in [from, until); gives how many it visited. */
export function readRecords(
  buffer: Buffer,
  start: number,
  end: number,
  count: number,
  baseOffset: number,
  from: number,
  until: number,
  layout: RecordLayout,
  visit: (layout: RecordLayout) => void,
): number {
  const cursor = { at: start };
  let visited = 0;
  for (let i = 0; i < count && cursor.at < end; i++) {
    const length = readVarint(buffer, cursor);
    const recordEnd = cursor.at + length;
    cursor.at += 1; // attributes (unused)
    skipVarint(buffer, cursor); // timestamp delta
    const offset = baseOffset + readVarint(buffer, cursor);
    if (offset >= until) break;
    if (offset < from) {
      cursor.at = recordEnd;
      continue;
    }
    layout.buffer = buffer;
    layout.offset = offset;
    layout.keyLength = readVarint(buffer, cursor);
    layout.keyStart = cursor.at;
    if (layout.keyLength > 0) cursor.at += layout.keyLength;
    layout.valueLength = readVarint(buffer, cursor);
    layout.valueStart = cursor.at;
    if (layout.valueLength > 0) cursor.at += layout.valueLength;
    const headerCount = readVarint(buffer, cursor);
    const headers = layout.reserve(headerCount);
    for (let h = 0; h < headerCount; h++) {
      const nameLength = readVarint(buffer, cursor);
      headers[4 * h] = cursor.at;
      headers[4 * h + 1] = nameLength;
      cursor.at += nameLength;
      const valueLength = readVarint(buffer, cursor);
      headers[4 * h + 2] = cursor.at;
      headers[4 * h + 3] = valueLength;
      if (valueLength > 0) cursor.at += valueLength;
    }
    layout.headerCount = headerCount;
    cursor.at = recordEnd;
    visit(layout);
    visited++;
  }
  return visited;
}

/**
 * Where the parts of the record being visited lie in the fetched bytes (lengths are -1 for null): plain numbers,
 * so visiting a record allocates nothing until its reader asks for values.
 */
export class RecordLayout {
  buffer: Buffer = Buffer.alloc(0);
  offset = 0;
  keyStart = 0;
  keyLength = -1;
  valueStart = 0;
  valueLength = -1;
  headerCount = 0;
  /** Per header: name start, name length, value start, value length. */
  headers = new Int32Array(4 * 16);

  constructor(
    readonly topic: string,
    readonly partition: number,
  ) {}

  /** Room for `count` headers. */
  reserve(count: number): Int32Array {
    if (this.headers.length < 4 * count) this.headers = new Int32Array(4 * count);
    return this.headers;
  }

  /** The record as a broker-neutral record: key and headers as strings, the value as a view on the bytes. */
  toRecord(): ConsumedRecord {
    const { buffer, keyStart, keyLength, valueStart, valueLength } = this;
    const key = keyLength < 0 ? null : buffer.toString('utf8', keyStart, keyStart + keyLength);
    const value = valueLength < 0 ? null : buffer.subarray(valueStart, valueStart + valueLength);
    const parts = this.headers;
    const headers: Record<string, string> = {};
    for (let h = 0; h < this.headerCount; h++) {
      const nameAt = parts[4 * h];
      const name = repeated.text(buffer, nameAt, nameAt + parts[4 * h + 1]);
      const textAt = parts[4 * h + 2];
      const textLength = parts[4 * h + 3];
      if (textLength < 0) continue;
      const text = REPEATING_HEADERS.has(name)
        ? repeated.text(buffer, textAt, textAt + textLength)
        : buffer.toString('utf8', textAt, textAt + textLength);
      // a repeated header keeps its first value, as the kafkajs adapter did
      if (headers[name] === undefined) headers[name] = text;
    }
    return { topic: this.topic, partition: this.partition, offset: String(this.offset), key, value, headers };
  }
}

/** Zigzag varint of at most 32 bits. */
function readVarint(buffer: Buffer, cursor: { at: number }): number {
  let result = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = buffer[cursor.at++];
    result |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80 && shift < 35);
  return (result >>> 1) ^ -(result & 1);
}

function skipVarint(buffer: Buffer, cursor: { at: number }): void {
  while (buffer[cursor.at++] & 0x80);
}
