import type { SeededRandom } from '@d06/domain';

export type Sex = 'male' | 'female';

export const MAX_AGE = 100;
/** Ages 0..MAX_AGE for each sex: cell = sexIndex × AGES + age. */
export const AGES = MAX_AGE + 1;

export interface AgeGroup {
  readonly from: number;
  /** Inclusive; the last group is open (85+). */
  readonly to: number;
  /** Percent of the whole population. */
  readonly percent: number;
  /** Men per 100 women. */
  readonly sexRatio: number;
}

/**
 * Vietnam's age pyramid at the 2019 Population and Housing Census (GSO), by five-year group, rounded so that the
 * broad bands match the published ones: under 15 = 24.3%, 15–64 = 68.0%, 65+ = 7.7%. Sex ratios by group follow
 * the census shape: 111 boys per 100 girls at birth (the skewed sex ratio at birth), about parity at 35–39, and
 * women far outnumbering men among the very old. Close to, not exactly, the published table.
 */
export const VIETNAM_2019_AGE_GROUPS: readonly AgeGroup[] = [
  { from: 0, to: 4, percent: 8.1, sexRatio: 111 },
  { from: 5, to: 9, percent: 8.6, sexRatio: 110 },
  { from: 10, to: 14, percent: 7.6, sexRatio: 108 },
  { from: 15, to: 19, percent: 6.8, sexRatio: 107 },
  { from: 20, to: 24, percent: 7.2, sexRatio: 104 },
  { from: 25, to: 29, percent: 8.1, sexRatio: 102 },
  { from: 30, to: 34, percent: 8.4, sexRatio: 101 },
  { from: 35, to: 39, percent: 8.0, sexRatio: 100 },
  { from: 40, to: 44, percent: 7.3, sexRatio: 99 },
  { from: 45, to: 49, percent: 6.8, sexRatio: 97 },
  { from: 50, to: 54, percent: 6.0, sexRatio: 95 },
  { from: 55, to: 59, percent: 5.2, sexRatio: 92 },
  { from: 60, to: 64, percent: 4.2, sexRatio: 88 },
  { from: 65, to: 69, percent: 2.8, sexRatio: 83 },
  { from: 70, to: 74, percent: 1.8, sexRatio: 76 },
  { from: 75, to: 79, percent: 1.2, sexRatio: 69 },
  { from: 80, to: 84, percent: 0.9, sexRatio: 60 },
  { from: 85, to: MAX_AGE, percent: 0.9, sexRatio: 48 },
];

/** Within the open 85+ group, each year of age holds this fraction of the one before. */
const OLDEST_DECAY = 0.8;

/** The share (0–1) of every (sex, age) cell, from the grouped table. */
export function cellShares(groups: readonly AgeGroup[] = VIETNAM_2019_AGE_GROUPS): Float64Array {
  const shares = new Float64Array(2 * AGES);
  const total = groups.reduce((sum, group) => sum + group.percent, 0);
  for (const group of groups) {
    const years = group.to - group.from + 1;
    const open = group.to === MAX_AGE && years > 5;
    const weights = Array.from({ length: years }, (_, i) => (open ? OLDEST_DECAY ** i : 1));
    const weightSum = weights.reduce((sum, w) => sum + w, 0);
    const maleShare = group.sexRatio / (100 + group.sexRatio);
    weights.forEach((weight, i) => {
      const share = (group.percent / total) * (weight / weightSum);
      shares[group.from + i] = share * maleShare;
      shares[AGES + group.from + i] = share * (1 - maleShare);
    });
  }
  return shares;
}

/** Draws (sex, age) cells from the pyramid: binary search over the cumulative shares. */
export class PyramidSampler {
  private readonly cumulative: Float64Array;

  constructor(shares: Float64Array = cellShares()) {
    this.cumulative = new Float64Array(shares.length);
    let sum = 0;
    shares.forEach((share, i) => {
      sum += share;
      this.cumulative[i] = sum;
    });
  }

  /** A cell index: sexIndex × AGES + age. */
  draw(random: SeededRandom): number {
    const point = random.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > point) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
