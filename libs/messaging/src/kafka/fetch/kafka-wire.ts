/** Big-endian writer for the few Kafka requests the fetch path sends (no tagged fields: pre-flexible versions). */
export class RequestWriter {
  private buffer = Buffer.allocUnsafe(256);
  private length = 0;

  int8(value: number): this {
    this.ensure(1);
    this.buffer.writeInt8(value, this.length);
    this.length += 1;
    return this;
  }

  int16(value: number): this {
    this.ensure(2);
    this.buffer.writeInt16BE(value, this.length);
    this.length += 2;
    return this;
  }

  int32(value: number): this {
    this.ensure(4);
    this.buffer.writeInt32BE(value, this.length);
    this.length += 4;
    return this;
  }

  int64(value: number | bigint): this {
    this.ensure(8);
    this.buffer.writeBigInt64BE(BigInt(value), this.length);
    this.length += 8;
    return this;
  }

  /** Kafka STRING: int16 length then UTF-8 bytes; null as length -1. */
  string(value: string | null): this {
    if (value === null) return this.int16(-1);
    const bytes = Buffer.byteLength(value, 'utf8');
    this.int16(bytes);
    this.ensure(bytes);
    this.buffer.write(value, this.length, 'utf8');
    this.length += bytes;
    return this;
  }

  /** Kafka ARRAY: int32 count then each item. */
  array<T>(items: readonly T[], write: (writer: this, item: T) => void): this {
    this.int32(items.length);
    for (const item of items) write(this, item);
    return this;
  }

  /** The bytes written so far, prefixed with their int32 size (a complete Kafka frame). */
  frame(): Buffer {
    const framed = Buffer.allocUnsafe(4 + this.length);
    framed.writeInt32BE(this.length, 0);
    this.buffer.copy(framed, 4, 0, this.length);
    return framed;
  }

  private ensure(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

/** Big-endian reader over one response; int64 values come back as numbers (offsets stay below 2^53). */
export class ResponseReader {
  constructor(
    readonly buffer: Buffer,
    public position = 0,
  ) {}

  int8(): number {
    const value = this.buffer.readInt8(this.position);
    this.position += 1;
    return value;
  }

  int16(): number {
    const value = this.buffer.readInt16BE(this.position);
    this.position += 2;
    return value;
  }

  int32(): number {
    const value = this.buffer.readInt32BE(this.position);
    this.position += 4;
    return value;
  }

  int64(): number {
    const value = Number(this.buffer.readBigInt64BE(this.position));
    this.position += 8;
    return value;
  }

  string(): string | null {
    const length = this.int16();
    if (length < 0) return null;
    const value = this.buffer.toString('utf8', this.position, this.position + length);
    this.position += length;
    return value;
  }

  /** Kafka BYTES (int32 length) as a view on the response buffer, or null. */
  bytes(): Buffer | null {
    const length = this.int32();
    if (length < 0) return null;
    const value = this.buffer.subarray(this.position, this.position + length);
    this.position += length;
    return value;
  }

  array<T>(read: (reader: this) => T): T[] {
    const count = this.int32();
    const items: T[] = [];
    for (let i = 0; i < count; i++) items.push(read(this));
    return items;
  }
}
