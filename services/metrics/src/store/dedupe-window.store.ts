import { EVENT_KEY_BYTES, EventKeyList, type EventKeys } from '@d06/messaging';
import type { EntityManager } from 'typeorm';
import type { RecentIdWindow } from '../ingest/recent-id-window';

/** Read once: under the CommonJS transform an imported binding is a getter call at every use (hot loops). */
const KEY_BYTES = EVENT_KEY_BYTES;

/** Which partition's window, for which consumer group. */
export interface WindowPartition {
  readonly group: string;
  readonly topic: string;
  readonly partition: number;
}

const ENTRY_BYTES = 20;

/** Reads recent-id windows back (see DedupeWindowBlock; writeBatch stores them with each batch). */
export class DedupeWindowStore {
  constructor(private readonly schema: string) {}

  private get table(): string {
    return `"${this.schema}"."dedupe_window"`;
  }

  /** Refills a window with the stored rows that reach into [position − size, position), oldest first. */
  async restore(
    manager: EntityManager,
    where: WindowPartition,
    window: RecentIdWindow,
    position: number,
  ): Promise<void> {
    const rows = await manager.query<{ first_offset: string; entries: Buffer }[]>(
      `SELECT first_offset::text AS first_offset, entries FROM ${this.table} ` +
        `WHERE consumer_group = $1 AND topic = $2 AND partition = $3 AND last_offset >= $4 ORDER BY first_offset`,
      [where.group, where.topic, where.partition, position - window.size],
    );
    for (const row of rows) window.takeIn(decodeEntries(row.entries, Number(row.first_offset)), position);
  }
}

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
