/**
 * Buffers kept for reuse, at most `max`, handed out best fit (the smallest that holds the size asked for). New ones
 * are sized in steps of `step` bytes, so one handed back fits most later requests.
 */
export class SpareBuffers<B extends { readonly byteLength: number }> {
  private readonly spare: B[] = [];

  constructor(
    private readonly max: number,
    private readonly step: number,
  ) {}

  get count(): number {
    return this.spare.length;
  }

  /** The best-fitting spare buffer for `size` bytes, taken out of the pool, or a new one `create` makes. */
  take(size: number, create: (capacity: number) => B): B {
    let best = -1;
    for (let i = 0; i < this.spare.length; i++)
      if (
        this.spare[i].byteLength >= size &&
        (best < 0 || this.spare[i].byteLength < this.spare[best].byteLength)
      )
        best = i;
    return best >= 0 ? this.spare.splice(best, 1)[0] : create(Math.ceil(size / this.step) * this.step);
  }

  /** Keeps a buffer nothing reads any more (dropped when `max` are kept already). */
  keep(buffer: B): void {
    if (this.spare.length < this.max) this.spare.push(buffer);
  }
}
