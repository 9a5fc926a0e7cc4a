const MAX_ENTRIES = 4_096;

/**
 * Decodes byte ranges to strings once for values that repeat record after record (header names, event types,
 * sources): a 32-bit FNV-1a hash of the bytes finds the earlier string, a byte comparison confirms it. Bounded:
 * the table is emptied when it fills.
 */
export class RepeatedStrings {
  private readonly byHash = new Map<number, { bytes: Buffer; text: string }>();

  text(buffer: Buffer, start: number, end: number): string {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ buffer[i], 0x01000193);
    const known = this.byHash.get(hash);
    if (known && sameBytes(known.bytes, buffer, start, end)) return known.text;
    const text = buffer.toString('utf8', start, end);
    if (this.byHash.size >= MAX_ENTRIES) this.byHash.clear();
    this.byHash.set(hash, { bytes: Buffer.from(buffer.subarray(start, end)), text });
    return text;
  }
}

/** Whether `buffer[start, end)` holds exactly `bytes`. */
export function sameBytes(bytes: Buffer, buffer: Buffer, start: number, end: number): boolean {
  if (bytes.length !== end - start) return false;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== buffer[start + i]) return false;
  return true;
}
