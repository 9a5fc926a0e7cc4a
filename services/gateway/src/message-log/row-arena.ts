const CHUNK_BYTES = 256 * 1024;

/**
 * Keeps prepared rows in large shared buffers, each row a view on one of them, so a row waiting for its batch costs
 * no buffer of its own; consecutive rows of a batch are adjacent and go out as one slice.
 */
export class RowArena {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  /** Copies the bytes in; the view stays valid as long as it is referenced. */
  append(bytes: Uint8Array): Buffer {
    if (this.used + bytes.length > this.chunk.length) {
      this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes.length));
      this.used = 0;
    }
    this.chunk.set(bytes, this.used);
    const row = this.chunk.subarray(this.used, this.used + bytes.length);
    this.used += bytes.length;
    return row;
  }
}

/** The rows as few slices as possible: adjacent views on one chunk merged. */
export function adjacentRuns(rows: readonly Buffer[]): Buffer[] {
  const runs: Buffer[] = [];
  let start: Buffer | undefined;
  let length = 0;
  for (const row of rows) {
    if (start !== undefined && row.buffer === start.buffer && row.byteOffset === start.byteOffset + length) {
      length += row.length;
      continue;
    }
    if (start !== undefined) runs.push(Buffer.from(start.buffer, start.byteOffset, length));
    start = row;
    length = row.length;
  }
  if (start !== undefined) runs.push(Buffer.from(start.buffer, start.byteOffset, length));
  return runs;
}
