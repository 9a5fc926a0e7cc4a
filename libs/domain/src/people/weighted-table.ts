import type { SeededRandom } from '../random';

/**
 * Weighted choice over a fixed list, O(log n) per pick (SeededRandom.weighted sums the weights on every call,
 * too slow for millions of picks). Draws one `next()` per pick, like `weighted`.
 */
export class WeightedTable<T> {
  private readonly values: T[];
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(items: readonly { readonly value: T; readonly weight: number }[]) {
    const kept = items.filter((item) => item.weight > 0);
    if (kept.length === 0) throw new Error('WeightedTable needs at least one positive weight');
    this.values = kept.map((item) => item.value);
    this.cumulative = new Float64Array(kept.length);
    let sum = 0;
    kept.forEach((item, i) => {
      sum += item.weight;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  pick(random: SeededRandom): T {
    const point = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > point) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }

  /** Share of a value in the table (0 when absent). */
  shareOf(value: T): number {
    let weight = 0;
    this.values.forEach((v, i) => {
      if (v === value) weight += this.cumulative[i] - (i === 0 ? 0 : this.cumulative[i - 1]);
    });
    return weight / this.total;
  }
}
