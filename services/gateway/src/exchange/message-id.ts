import { randomFillSync } from 'node:crypto';

const ID = Buffer.allocUnsafe(36);
const HEX = Buffer.from('0123456789abcdef', 'latin1');
const DASH = 0x2d;
/** Random bytes drawn ahead, 11 per id: one system call per 400 ids. */
const POOL = Buffer.allocUnsafe(4_400);
let drawn = POOL.length;

function hexByte(value: number, at: number): void {
  ID[at] = HEX[value >> 4];
  ID[at + 1] = HEX[value & 0x0f];
}

/**
 * A new X-Road-Id: a UUIDv7 (RFC 9562) — 48 bits of Unix milliseconds, then 74 random bits (from 11 random bytes). Time-ordered ids keep
 * the message log's message-id index append-only, where random ones would land all over it.
 */
export function newMessageId(now = Date.now()): string {
  if (drawn + 11 > POOL.length) {
    randomFillSync(POOL);
    drawn = 0;
  }
  const high = Math.floor(now / 0x1_0000_0000);
  const low = now >>> 0;
  hexByte((high >>> 8) & 0xff, 0);
  hexByte(high & 0xff, 2);
  hexByte(low >>> 24, 4);
  hexByte((low >>> 16) & 0xff, 6);
  ID[8] = DASH;
  hexByte((low >>> 8) & 0xff, 9);
  hexByte(low & 0xff, 11);
  ID[13] = DASH;
  ID[14] = HEX[7]; // version 7
  ID[15] = HEX[POOL[drawn] & 0x0f];
  hexByte(POOL[drawn + 1], 16);
  ID[18] = DASH;
  ID[19] = HEX[0x8 | (POOL[drawn + 2] & 0x3)]; // variant 10xx
  ID[20] = HEX[POOL[drawn + 3] & 0x0f];
  hexByte(POOL[drawn + 4], 21);
  ID[23] = DASH;
  for (let i = 0; i < 6; i++) hexByte(POOL[drawn + 5 + i], 24 + 2 * i);
  drawn += 11;
  return ID.toString('latin1', 0, 36);
}
