import type { SeededRandom } from '@d06/domain';
import { AGES, cellShares, MAX_AGE, PyramidSampler, type Sex } from './age-pyramid';
import { FenwickTree } from './fenwick-tree';

export interface PoolPerson {
  readonly sex: Sex;
  readonly age: number;
}

const SEXES: readonly Sex[] = ['male', 'female'];
const CHILD_UNTIL = 17;
const ELDERLY_FROM = 60;

/**
 * Relative propensity (integer weights) to head a household by sex and age: mostly men from 30, women more often
 * when older (widows); nobody under 18.
 */
function headship(sex: Sex, age: number): number {
  if (age < 18) return 0;
  if (sex === 'male') {
    if (age < 22) return 2;
    if (age < 25) return 6;
    if (age < 30) return 25;
    if (age < 35) return 60;
    if (age < 60) return 80;
    if (age < 75) return 85;
    return 70;
  }
  if (age < 25) return 2;
  if (age < 30) return 5;
  if (age < 40) return 10;
  if (age < 60) return 18;
  if (age < 75) return 35;
  return 45;
}

/**
 * The people drawn from the age pyramid but not yet placed in a household, as counts per (sex, age). Households
 * take their members from here, so the population's age and sex structure is the pyramid's by construction, and
 * memory stays a few hundred counters whatever the province's size. `kidPressure`/`elderPressure` tell the
 * household planner when children or old people pile up, so it takes more of them.
 */
export class PopulationPool {
  private readonly byAge: Record<Sex, FenwickTree>;
  private readonly heads: Record<Sex, FenwickTree>;
  private readonly sampler: PyramidSampler;
  private readonly targetKidShare: number;
  private readonly targetElderShare: number;
  private kids = 0;
  private elders = 0;
  total = 0;

  constructor(shares: Float64Array = cellShares()) {
    this.sampler = new PyramidSampler(shares);
    this.byAge = { male: new FenwickTree(AGES), female: new FenwickTree(AGES) };
    this.heads = { male: new FenwickTree(AGES), female: new FenwickTree(AGES) };
    let kids = 0;
    let elders = 0;
    for (let age = 0; age < AGES; age += 1) {
      const share = shares[age] + shares[AGES + age];
      if (age <= CHILD_UNTIL) kids += share;
      if (age >= ELDERLY_FROM) elders += share;
    }
    this.targetKidShare = kids;
    this.targetElderShare = elders;
  }

  /** Adds `count` people drawn from the pyramid. */
  draw(random: SeededRandom, count: number): void {
    for (let i = 0; i < count; i += 1) {
      const cell = this.sampler.draw(random);
      this.add(cell < AGES ? 'male' : 'female', cell % AGES, 1);
    }
  }

  /** > 1 when children are over-represented in the pool relative to the pyramid. */
  get kidPressure(): number {
    return this.total === 0 ? 1 : this.kids / this.total / this.targetKidShare;
  }

  get elderPressure(): number {
    return this.total === 0 ? 1 : this.elders / this.total / this.targetElderShare;
  }

  count(sex: Sex, from: number, to: number): number {
    return this.byAge[sex].rangeSum(Math.max(0, from), Math.min(MAX_AGE, to));
  }

  /** Takes a household head, weighted by headship; undefined when no adult is left. */
  takeHead(random: SeededRandom): PoolPerson | undefined {
    const male = this.heads.male.total;
    const all = male + this.heads.female.total;
    if (all === 0) return undefined;
    const point = random.next() * all;
    const sex: Sex = point < male ? 'male' : 'female';
    const age = this.heads[sex].search(sex === 'male' ? point : point - male);
    this.add(sex, age, -1);
    return { sex, age };
  }

  /** Takes someone of `sex` (either when undefined) aged from..to, weighted by what is left; undefined if none. */
  take(random: SeededRandom, sex: Sex | undefined, from: number, to: number): PoolPerson | undefined {
    const lo = Math.max(0, from);
    const hi = Math.min(MAX_AGE, to);
    if (hi < lo) return undefined;
    const male = sex === 'female' ? 0 : this.byAge.male.rangeSum(lo, hi);
    const female = sex === 'male' ? 0 : this.byAge.female.rangeSum(lo, hi);
    if (male + female === 0) return undefined;
    const point = random.next() * (male + female);
    const chosen: Sex = point < male ? 'male' : 'female';
    const offset = chosen === 'male' ? point : point - male;
    const age = this.byAge[chosen].search(this.byAge[chosen].prefix(lo - 1) + offset);
    this.add(chosen, age, -1);
    return { sex: chosen, age };
  }

  /** Takes the oldest person left (for the last, headless remainder of the pool). */
  takeOldest(): PoolPerson | undefined {
    for (let age = MAX_AGE; age >= 0; age -= 1) {
      for (const sex of SEXES) {
        if (this.byAge[sex].valueAt(age) > 0) {
          this.add(sex, age, -1);
          return { sex, age };
        }
      }
    }
    return undefined;
  }

  private add(sex: Sex, age: number, delta: number): void {
    this.byAge[sex].add(age, delta);
    const weight = headship(sex, age);
    if (weight > 0) this.heads[sex].add(age, weight * delta);
    this.total += delta;
    if (age <= CHILD_UNTIL) this.kids += delta;
    if (age >= ELDERLY_FROM) this.elders += delta;
  }
}
