import { EVENT_KEY_BYTES, EventKeyList, type EventKeys } from '@d06/messaging';

/** Read once: under the CommonJS transform an imported binding is a getter call at every use (hot loops). */
const KEY_BYTES = EVENT_KEY_BYTES;

const ENTRY_BYTES = 20;

/** One batch's entries as stored: 16 bytes of uuid and a 4-byte offset from `first` each. */
export interface WindowBlock {
  readonly first: number;
  readonly last: number;
  readonly entries: Buffer;
}

/** The block of a batch's sightings (16-byte id keys, see writeEventKey), or undefined for none. */
export function encodeBlock(sightings: EventKeys): WindowBlock | undefined {
  const { count, bytes: keys, offsets } = sightings;
  if (count === 0) return undefined;
  const first = offsets[0];
  const bytes = Buffer.allocUnsafe(count * ENTRY_BYTES);
  for (let i = 0; i < count; i++) {
    const from = i * KEY_BYTES;
    const to = i * ENTRY_BYTES;
    for (let b = 0; b < KEY_BYTES; b++) bytes[to + b] = keys[from + b];
    bytes.writeUInt32BE(offsets[i] - first, to + KEY_BYTES);
  }
  return { first, last: offsets[count - 1], entries: bytes };
}

export function decodeEntries(bytes: Buffer, first: number): EventKeys {
  const entries = new EventKeyList(Math.floor(bytes.length / ENTRY_BYTES));
  for (let at = 0; at + ENTRY_BYTES <= bytes.length; at += ENTRY_BYTES)
    entries.addKey(bytes, at, first + bytes.readUInt32BE(at + KEY_BYTES));
  return entries;
}
