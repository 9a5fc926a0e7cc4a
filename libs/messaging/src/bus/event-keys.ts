import { createHash } from 'node:crypto';

/** Bytes of an event key: a uuid's. */
export const EVENT_KEY_BYTES = 16;

/**
 * The ids of a batch's valid events as 16-byte keys, with the offsets that carried them: plain data whose two
 * buffers cross threads without copying (transfer) and whose screening needs no string per event.
 */
export interface EventKeys {
  readonly count: number;
  /** `count` keys of EVENT_KEY_BYTES each (see writeEventKey). */
  readonly bytes: Uint8Array;
  readonly offsets: Float64Array;
}

/** Builds EventKeys one event at a time. */
export class EventKeyList implements EventKeys {
  count = 0;
  bytes: Uint8Array;
  offsets: Float64Array;

  constructor(capacity = 256) {
    capacity = Math.max(1, capacity);
    this.bytes = new Uint8Array(capacity * EVENT_KEY_BYTES);
    this.offsets = new Float64Array(capacity);
  }

  add(id: string, offset: number): void {
    if (this.count === this.offsets.length) this.grow();
    writeEventKey(id, this.bytes, this.count * EVENT_KEY_BYTES);
    this.offsets[this.count++] = offset;
  }

  /**
   * Adds the key of an id still in a record's bytes (`length` bytes at `start`), when they are a canonical uuid;
   * false, adding nothing, for any other id (the caller adds its text).
   */
  addUuidBytes(text: Uint8Array, start: number, length: number, offset: number): boolean {
    if (length !== 36) return false;
    if (this.count === this.offsets.length) this.grow();
    if (!writeUuidBytes(text, start, this.bytes, this.count * EVENT_KEY_BYTES)) return false;
    this.offsets[this.count++] = offset;
    return true;
  }

  /** Adds the key at `at` of `keys` (another list's bytes). */
  addKey(keys: Uint8Array, at: number, offset: number): void {
    if (this.count === this.offsets.length) this.grow();
    const bytes = this.bytes;
    const to = this.count * EVENT_KEY_BYTES;
    // byte by byte: a subarray per key would cost more than the copy
    for (let i = 0; i < EVENT_KEY_BYTES; i++) bytes[to + i] = keys[at + i];
    this.offsets[this.count++] = offset;
  }

  /** The keys as exactly-sized plain data, and the buffers a thread can hand over with them. */
  done(): { keys: EventKeys; transfer: ArrayBuffer[] } {
    const bytes = this.bytes.slice(0, this.count * EVENT_KEY_BYTES);
    const offsets = this.offsets.slice(0, this.count);
    return { keys: { count: this.count, bytes, offsets }, transfer: [bytes.buffer, offsets.buffer] };
  }

  private grow(): void {
    const bytes = new Uint8Array(this.bytes.length * 2);
    bytes.set(this.bytes);
    const offsets = new Float64Array(this.offsets.length * 2);
    offsets.set(this.offsets);
    this.bytes = bytes;
    this.offsets = offsets;
  }
}

const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX[i.toString(16).charCodeAt(0)] = i;
  HEX[i.toString(16).toUpperCase().charCodeAt(0)] = i;
}
/** Where the 16 hex pairs of a canonical uuid string start. */
const HEX_PAIRS = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

/**
 * Writes the key an event id is remembered under: the uuid's 16 bytes when the id is a uuid (our producers use
 * UUIDv7; either case), else those of a name-based uuid of it (SHA-1, RFC 4122 §4.3 layout), so any producer's ids
 * deduplicate alike.
 */
export function writeEventKey(id: string, into: Uint8Array, at: number): void {
  if (id.length === 36 && writeUuid(id, into, at)) return;
  const digest = createHash('sha1').update(id).digest();
  into.set(digest.subarray(0, 16), at);
  into[at + 6] = 0x50 | (digest[6] & 0x0f); // version 5
  into[at + 8] = 0x80 | (digest[8] & 0x3f); // RFC 4122 variant
}

/** The canonical (lowercase) uuid text of the key at `at`. */
export function eventKeyText(bytes: Uint8Array, at: number): string {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset + at, EVENT_KEY_BYTES).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** As writeUuid, for a uuid's text as bytes (36 of them at `start`). */
function writeUuidBytes(text: Uint8Array, start: number, into: Uint8Array, at: number): boolean {
  if (text[start + 8] !== 45 || text[start + 13] !== 45 || text[start + 18] !== 45 || text[start + 23] !== 45)
    return false;
  for (let i = 0; i < 16; i++) {
    const byte = hexByte(text[start + HEX_PAIRS[i]], text[start + HEX_PAIRS[i] + 1]);
    if (byte < 0) return false;
    into[at + i] = byte;
  }
  return true;
}

/** Writes the bytes of a canonical uuid string (either case), checking it as it goes; false if it is none. */
function writeUuid(id: string, into: Uint8Array, at: number): boolean {
  if (
    id.charCodeAt(8) !== 45 ||
    id.charCodeAt(13) !== 45 ||
    id.charCodeAt(18) !== 45 ||
    id.charCodeAt(23) !== 45
  )
    return false;
  for (let i = 0; i < 16; i++) {
    const byte = hexByte(id.charCodeAt(HEX_PAIRS[i]), id.charCodeAt(HEX_PAIRS[i] + 1));
    if (byte < 0) return false;
    into[at + i] = byte;
  }
  return true;
}

/** The byte two hex digits' codes spell, negative when either is no hex digit. */
function hexByte(high: number, low: number): number {
  // HEX is -1 for anything not a hex digit (codes from 128 up are looked up as 0): the byte turns negative
  return (HEX[high < 128 ? high : 0] << 4) | HEX[low < 128 ? low : 0];
}
