import type { EntityManager } from 'typeorm';
import type { RecentIdWindow, WindowEntry } from '../ingest/recent-id-window';

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
    for (const row of rows) {
      const entries = decodeEntries(row.entries, Number(row.first_offset));
      window.takeIn({ keys: entries.map((e) => e.key), offsets: entries.map((e) => e.offset) }, position);
    }
  }
}

/** One batch's entries as stored: 16 bytes of uuid and a 4-byte offset from `first` each. */
export interface WindowBlock {
  readonly first: number;
  readonly last: number;
  readonly entries: Buffer;
}

/** Where the 16 hex pairs of a canonical uuid string start. */
const HEX_PAIRS = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX[i.toString(16).charCodeAt(0)] = i;
  HEX[i.toString(16).toUpperCase().charCodeAt(0)] = i;
}

/** The block of a batch's sightings (keys are lowercase uuids, see eventIdKey), or undefined for none. */
export function encodeBlock(sightings: {
  readonly keys: readonly string[];
  readonly offsets: readonly number[];
}): WindowBlock | undefined {
  const { keys, offsets } = sightings;
  if (keys.length === 0) return undefined;
  const first = offsets[0];
  const bytes = Buffer.allocUnsafe(keys.length * ENTRY_BYTES);
  let at = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    for (const pair of HEX_PAIRS)
      bytes[at++] = (HEX[key.charCodeAt(pair)] << 4) | HEX[key.charCodeAt(pair + 1)];
    bytes.writeUInt32BE(offsets[i] - first, at);
    at += 4;
  }
  return { first, last: offsets[offsets.length - 1], entries: bytes };
}

export function decodeEntries(bytes: Buffer, first: number): WindowEntry[] {
  const entries: WindowEntry[] = [];
  for (let at = 0; at + ENTRY_BYTES <= bytes.length; at += ENTRY_BYTES) {
    const hex = bytes.toString('hex', at, at + 16);
    entries.push({
      key: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
      offset: first + bytes.readUInt32BE(at + 16),
    });
  }
  return entries;
}
