// Kafka's record format (magic 2) for producers that build records ahead of time: each record's key, value and
// headers are encoded once, when the record is made; a batch only adds the per-record prefix, the batch header and
// the CRC. No compression, CreateTime, not idempotent (as kafkajs produces by default).
import { crc32c } from './crc32c';
import { murmur2 } from './murmur2';

/** A record ready for a batch: its key's partitioner hash and its bytes from the key length on. */
export interface EncodedRecord {
  readonly keyHash: number;
  readonly body: Buffer;
}

/** Headers that every record of one kind carries with the same values, encoded once. */
export class FixedHeaders {
  readonly bytes: Buffer;
  readonly count: number;

  constructor(headers: ReadonlyArray<readonly [string, string]>) {
    const parts = headers.map(([name, value]) => encodeHeader(name, value));
    this.bytes = Buffer.concat(parts);
    this.count = headers.length;
  }
}

/** A header name every record of a kind uses with its own value, encoded once (length and bytes). */
export class HeaderName {
  readonly bytes: Buffer;

  constructor(readonly name: string) {
    const length = Buffer.byteLength(name);
    this.bytes = Buffer.allocUnsafe(varintSize(length) + length);
    this.bytes.write(name, writeVarint(this.bytes, 0, length));
  }
}

/** Zig-zag varint size of a non-negative int below 2^31. */
export function varintSize(value: number): number {
  let zigzag = value * 2;
  let size = 1;
  while (zigzag >= 0x80) {
    zigzag = Math.floor(zigzag / 128);
    size++;
  }
  return size;
}

/** Writes a non-negative int below 2^31 as a zig-zag varint; returns the next offset. */
export function writeVarint(target: Buffer, offset: number, value: number): number {
  let zigzag = value * 2;
  while (zigzag >= 0x80) {
    target[offset++] = (zigzag & 0x7f) | 0x80;
    zigzag = Math.floor(zigzag / 128);
  }
  target[offset++] = zigzag;
  return offset;
}

function encodeHeader(name: string, value: string): Buffer {
  const nameBytes = Buffer.byteLength(name);
  const valueBytes = Buffer.byteLength(value);
  const out = Buffer.allocUnsafe(varintSize(nameBytes) + nameBytes + varintSize(valueBytes) + valueBytes);
  let at = writeVarint(out, 0, nameBytes);
  at += out.write(name, at);
  at = writeVarint(out, at, valueBytes);
  out.write(value, at);
  return out;
}

/**
 * Encodes a record's key (never null here: the partitioner needs one), value (text, or its bytes) and headers — the
 * fixed ones, then `headers` — into its own buffer.
 */
export function encodeRecord(
  key: string,
  value: string | Uint8Array,
  headers: ReadonlyArray<readonly [HeaderName, string]>,
  fixed?: FixedHeaders,
): EncodedRecord {
  const keyBytes = Buffer.byteLength(key);
  const valueBytes = typeof value === 'string' ? Buffer.byteLength(value) : value.length;
  const headerCount = headers.length + (fixed?.count ?? 0);
  let size =
    varintSize(keyBytes) +
    keyBytes +
    varintSize(valueBytes) +
    valueBytes +
    varintSize(headerCount) +
    (fixed?.bytes.length ?? 0);
  const sizes: number[] = [];
  for (const [name, text] of headers) {
    const bytes = Buffer.byteLength(text);
    sizes.push(bytes);
    size += name.bytes.length + varintSize(bytes) + bytes;
  }
  const body = Buffer.allocUnsafe(size);
  let at = writeVarint(body, 0, keyBytes);
  const keyStart = at;
  at += body.write(key, at);
  const keyHash = murmur2(body.subarray(keyStart, at));
  at = writeVarint(body, at, valueBytes);
  if (typeof value === 'string') at += body.write(value, at);
  else {
    body.set(value, at);
    at += valueBytes;
  }
  at = writeVarint(body, at, headerCount);
  if (fixed) at += fixed.bytes.copy(body, at);
  for (let i = 0; i < headers.length; i++) {
    at += headers[i][0].bytes.copy(body, at);
    at = writeVarint(body, at, sizes[i]);
    at += body.write(headers[i][1], at);
  }
  return { keyHash, body };
}

/** Bytes of the batch header before the first record (base offset to record count). */
const BATCH_HEADER = 61;
/** Where the CRC-covered part starts (the attributes), and where the CRC itself sits. */
const CRC_FROM = 21;
const CRC_AT = 17;

/** Size of a record's prefix in a batch: length, attributes, timestamp delta (0) and offset delta. */
function prefixSize(index: number, body: number): number {
  const inner = 1 + 1 + varintSize(index) + body;
  return varintSize(inner) + inner - body;
}

/** Size of a record batch holding `records`. */
export function recordBatchSize(records: readonly EncodedRecord[]): number {
  let size = BATCH_HEADER;
  for (let i = 0; i < records.length; i++)
    size += prefixSize(i, records[i].body.length) + records[i].body.length;
  return size;
}

/** Writes one record batch at `offset` (all records stamped `timestamp`); returns the next offset. */
export function writeRecordBatch(
  target: Buffer,
  offset: number,
  records: readonly EncodedRecord[],
  timestamp: number,
): number {
  const start = offset;
  let at = offset + BATCH_HEADER;
  for (let i = 0; i < records.length; i++) {
    const body = records[i].body;
    at = writeVarint(target, at, 1 + 1 + varintSize(i) + body.length);
    target[at++] = 0; // attributes
    target[at++] = 0; // timestamp delta (zig-zag 0)
    at = writeVarint(target, at, i);
    at += body.copy(target, at);
  }
  target.writeBigInt64BE(0n, start); // base offset: the broker assigns it
  target.writeInt32BE(at - start - 12, start + 8); // batch length: what follows this field
  target.writeInt32BE(-1, start + 12); // partition leader epoch
  target.writeInt8(2, start + 16); // magic
  target.writeInt16BE(0, start + 21); // attributes: no compression, CreateTime
  target.writeInt32BE(records.length - 1, start + 23); // last offset delta
  target.writeBigInt64BE(BigInt(timestamp), start + 27); // first timestamp
  target.writeBigInt64BE(BigInt(timestamp), start + 35); // max timestamp
  target.writeBigInt64BE(-1n, start + 43); // producer id: not idempotent
  target.writeInt16BE(-1, start + 51); // producer epoch
  target.writeInt32BE(-1, start + 53); // base sequence
  target.writeInt32BE(records.length, start + 57);
  target.writeUInt32BE(crc32c(target, 0, start + CRC_FROM, at), start + CRC_AT);
  return at;
}
