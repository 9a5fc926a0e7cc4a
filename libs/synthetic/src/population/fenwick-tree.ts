/**
 * Sums over a small array with O(log n) update, prefix sum and search: the pool picks a person of a given sex in an
 * age range, weighted by how many are left, without scanning every age. Values stay integers, so sums are exact.
 */
export class FenwickTree {
  private readonly tree: Float64Array;
  private readonly values: Float64Array;
  private readonly highBit: number;

  constructor(readonly size: number) {
    this.tree = new Float64Array(size + 1);
    this.values = new Float64Array(size);
    let bit = 1;
    while (bit * 2 <= size) bit *= 2;
    this.highBit = bit;
  }

  get total(): number {
    return this.prefix(this.size - 1);
  }

  valueAt(index: number): number {
    return this.values[index];
  }

  add(index: number, delta: number): void {
    this.values[index] += delta;
    for (let i = index + 1; i <= this.size; i += i & -i) this.tree[i] += delta;
  }

  /** Sum of values [0, index]; 0 for index < 0. */
  prefix(index: number): number {
    let sum = 0;
    for (let i = Math.min(index, this.size - 1) + 1; i > 0; i -= i & -i) sum += this.tree[i];
    return sum;
  }

  rangeSum(from: number, to: number): number {
    if (to < from) return 0;
    return this.prefix(to) - this.prefix(from - 1);
  }

  /** Smallest index whose prefix sum exceeds `target` (0 ≤ target < total). */
  search(target: number): number {
    let position = 0;
    let remaining = target;
    for (let bit = this.highBit; bit > 0; bit >>= 1) {
      const next = position + bit;
      if (next <= this.size && this.tree[next] <= remaining) {
        position = next;
        remaining -= this.tree[next];
      }
    }
    return Math.min(position, this.size - 1);
  }
}
