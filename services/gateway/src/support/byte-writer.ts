/**
 * Builds bytes in a reusable buffer: text that would otherwise be assembled from dozens of pieces (each a
 * short-lived string on the JS heap, on every call) is written straight into memory the process keeps, then hashed,
 * copied out or sliced once. `view` shares the buffer until the next `reset`.
 */
/** Text up to this long is copied character by character; longer text by the runtime. */
const SHORT = 40;

export class ByteWriter {
  private buffer: Buffer;
  length = 0;

  constructor(initialSize = 4_096) {
    this.buffer = Buffer.allocUnsafe(initialSize);
  }

  reset(): this {
    this.length = 0;
    return this;
  }

  /** Text that is ASCII by construction (hashes, ISO times, numbers, generated ids). */
  ascii(text: string): this {
    const n = text.length;
    this.ensure(n);
    if (n > SHORT) {
      this.length += this.buffer.write(text, this.length, 'latin1');
      return this;
    }
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
    return this;
  }

  /** Any text, as UTF-8. */
  utf8(text: string): this {
    const n = text.length;
    this.ensure(n * 3);
    if (n <= SHORT) {
      // short ASCII text byte by byte: cheaper than a call into the runtime
      const buffer = this.buffer;
      let at = this.length;
      let i = 0;
      for (; i < n; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80) break;
        buffer[at++] = code;
      }
      if (i === n) {
        this.length = at;
        return this;
      }
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
    return this;
  }

  /** A number as String() writes it (a single digit without the conversion). */
  number(value: number): this {
    if (value >= 0 && value < 10 && (value | 0) === value) return this.byte(0x30 + value);
    return this.ascii(String(value));
  }

  byte(code: number): this {
    this.ensure(1);
    this.buffer[this.length++] = code;
    return this;
  }

  /** The bytes written since `reset`, sharing the buffer (valid until the next write). */
  view(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  /** The bytes written since `reset`, in a buffer of their own. */
  copy(): Buffer {
    const out = Buffer.allocUnsafe(this.length);
    this.buffer.copy(out, 0, 0, this.length);
    return out;
  }

  /** The bytes written since `reset` as a string of one-byte characters (for ASCII content). */
  latin1(): string {
    return this.buffer.toString('latin1', 0, this.length);
  }

  private ensure(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
