import { SpareBuffers } from '../spare-buffers';

/** Responses smaller than this are left to the allocator: only large fetch responses are worth reusing. */
const MIN_POOLED_BYTES = 1024 * 1024;
/** Pooled buffers are sized in steps of this, so one handed back fits most later responses. */
const STEP_BYTES = 1024 * 1024;

/**
 * Buffers for a fetch connection's large responses, reused once every record set cut from a response has been
 * copied out (FrameLease). A consumer reading hundreds of megabytes a second otherwise allocates that much in new
 * buffers, which V8 counts against its external-memory limit and answers with a full collection every 64 MB.
 */
export class FramePool {
  private readonly spare: SpareBuffers<Buffer>;

  constructor(maxSpare = 4) {
    this.spare = new SpareBuffers<Buffer>(maxSpare, STEP_BYTES);
  }

  /** A buffer of exactly `size` bytes to read a response into. */
  allocate(size: number): Buffer {
    if (size < MIN_POOLED_BYTES) return Buffer.allocUnsafe(size);
    return this.spare.take(size, (capacity) => Buffer.allocUnsafe(capacity)).subarray(0, size);
  }

  /** Takes back (a view of) a response buffer `allocate` gave, once nothing reads any of it any more. */
  give(frame: Buffer): void {
    // a smaller one was the allocator's (Node's shared slabs among them): not ours to reuse
    if (frame.buffer.byteLength < MIN_POOLED_BYTES) return;
    this.spare.keep(Buffer.from(frame.buffer, 0, frame.buffer.byteLength));
  }

  get spareBuffers(): number {
    return this.spare.count;
  }
}

/**
 * What still reads one fetch response: the record sets cut from it. The response goes back to the pool when the
 * response has been parsed (`seal`) and every set has been copied out whole (`copied`); a set decoded in place
 * (its records may be kept, e.g. as dead letters) or dropped unread (`spoil`) leaves the response to the garbage
 * collector instead.
 */
export class FrameLease {
  private sets = 0;
  private copiedSets = 0;
  private sealed = false;
  private settled = false;

  constructor(
    private readonly frame: Buffer,
    private readonly pool: FramePool,
  ) {}

  add(): void {
    this.sets++;
  }

  seal(): void {
    this.sealed = true;
    this.giveBackIfDone();
  }

  copied(): void {
    this.copiedSets++;
    this.giveBackIfDone();
  }

  spoil(): void {
    this.settled = true;
  }

  private giveBackIfDone(): void {
    if (this.settled || !this.sealed || this.copiedSets < this.sets) return;
    this.settled = true;
    this.pool.give(this.frame);
  }
}
