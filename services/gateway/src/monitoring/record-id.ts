const HASH = Buffer.allocUnsafe(32);
const ID = Buffer.allocUnsafe(36);
const DASH = 0x2d;

/** The hex digit's value (0–15) of a lowercase hex character code. */
function hexValue(code: number): number {
  return code <= 0x39 ? code - 0x30 : code - 0x57;
}

function hexCode(value: number): number {
  return value < 10 ? 0x30 + value : 0x57 + value;
}

/**
 * The monitoring record's event id: the first 122 bits of its message-log entry's hash (SHA-256 over the chain,
 * the seq and every field, so unique per entry) as a UUIDv8 (RFC 9562, custom). Live and re-sent records of an
 * entry get the same id from the stored hash, so consumers drop the duplicates a crash may cause — and nothing is
 * hashed again for it on the request path.
 */
export function recordId(entryHash: string): string {
  HASH.write(entryHash, 0, 32, 'latin1');
  HASH.copy(ID, 0, 0, 8);
  ID[8] = DASH;
  HASH.copy(ID, 9, 8, 12);
  ID[13] = DASH;
  ID[14] = 0x38; // version 8
  HASH.copy(ID, 15, 13, 16);
  ID[18] = DASH;
  ID[19] = hexCode((hexValue(HASH[16]) & 0x3) | 0x8); // variant 10xx
  HASH.copy(ID, 20, 17, 20);
  ID[23] = DASH;
  HASH.copy(ID, 24, 20, 32);
  return ID.toString('latin1', 0, 36);
}
