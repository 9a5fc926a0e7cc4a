/**
 * Cuts Kafka's size-prefixed response frames out of a socket's reads, copying each read's bytes once, straight
 * into a buffer of the frame's exact size. The reads may come in a buffer the socket reuses (`onread`), so no byte
 * is kept by reference. One buffer per response instead of one per 64 KB read plus their concatenation: a consumer
 * reading hundreds of megabytes a second allocates half as much outside the heap for its reads, and V8 collects
 * garbage that much less often for it ("external memory pressure").
 */
export class FrameAssembler {
  private readonly head = Buffer.alloc(4);
  private headFilled = 0;
  private frame: Buffer | undefined;
  private frameFilled = 0;

  constructor(
    private readonly onFrame: (frame: Buffer) => void,
    /** Where a frame of `size` bytes goes (a fetch connection reuses its large responses' buffers). */
    private readonly allocate: (size: number) => Buffer = (size) => Buffer.allocUnsafe(size),
  ) {}

  /** Takes in the first `length` bytes of `chunk` (which may be overwritten after this returns). */
  push(chunk: Uint8Array, length = chunk.length): void {
    let at = 0;
    while (at < length) {
      if (!this.frame) {
        const take = Math.min(4 - this.headFilled, length - at);
        this.head.set(chunk.subarray(at, at + take), this.headFilled);
        this.headFilled += take;
        at += take;
        if (this.headFilled < 4) return;
        const size = this.head.readInt32BE(0);
        if (size < 0) throw new RangeError(`frame size ${size} is negative`);
        this.frame = this.allocate(size);
        this.frameFilled = 0;
        this.headFilled = 0;
      }
      const take = Math.min(this.frame.length - this.frameFilled, length - at);
      this.frame.set(chunk.subarray(at, at + take), this.frameFilled);
      this.frameFilled += take;
      at += take;
      if (this.frameFilled === this.frame.length) {
        const done = this.frame;
        this.frame = undefined;
        this.onFrame(done);
      }
    }
  }
}
