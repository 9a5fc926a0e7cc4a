import type { SeededRandom } from '@d06/domain';
import type { Sex } from './age-pyramid';
import type { HouseholdRelation, MemberSlot } from './household-plan';
import type { PoolPerson, PopulationPool } from './population-pool';

const OPPOSITE: Record<Sex, Sex> = { male: 'female', female: 'male' };
const MIN_MARRIAGE_AGE: Record<Sex, number> = { male: 20, female: 18 };

/** Chance that a head lives with a spouse, by sex and age. */
function spouseChance(sex: Sex, age: number): number {
  if (sex === 'female') return age < 60 ? 0.3 : 0.12;
  if (age < 20) return 0;
  if (age < 25) return 0.55;
  if (age < 30) return 0.8;
  if (age < 60) return 0.92;
  if (age < 70) return 0.85;
  if (age < 80) return 0.7;
  return 0.45;
}

/** Mean number of unmarried children at home by the mother's age (older children have left or married). */
function meanChildren(motherAge: number): number {
  if (motherAge < 20) return 0.3;
  if (motherAge < 25) return 0.9;
  if (motherAge < 30) return 1.5;
  if (motherAge < 35) return 1.9;
  if (motherAge < 40) return 2.1;
  if (motherAge < 45) return 2.0;
  if (motherAge < 50) return 1.8;
  if (motherAge < 55) return 1.4;
  if (motherAge < 60) return 1.0;
  return 0.45;
}

/** Chance that the head's own parent(s) live in the household (three generations under a younger head). */
function parentsChance(headAge: number): number {
  if (headAge < 20 || headAge > 55) return 0;
  if (headAge < 30) return 0.25;
  if (headAge < 40) return 0.2;
  if (headAge < 50) return 0.15;
  return 0.08;
}

/** Chance that an older head lives with a married child and grandchildren (the stem family). */
function stemChance(headAge: number): number {
  if (headAge < 50) return 0;
  if (headAge < 60) return 0.2;
  if (headAge < 70) return 0.4;
  return 0.5;
}

const SIBLING_CHANCE = 0.015;

/**
 * Ages a child of these parents can have: mothers 18–44 and fathers 20–60 at the birth, within [min, max].
 * Without either parent in the household, up to `fallbackAge` − 20.
 */
function childAges(
  slots: readonly MemberSlot[],
  father: number,
  mother: number,
  fallbackAge: number,
  min: number,
  max: number,
): [youngest: number, oldest: number] {
  let youngest = min;
  let oldest = max;
  if (mother >= 0) {
    youngest = Math.max(youngest, slots[mother].age - 44);
    oldest = Math.min(oldest, slots[mother].age - 18);
  }
  if (father >= 0) {
    youngest = Math.max(youngest, slots[father].age - 60);
    oldest = Math.min(oldest, slots[father].age - 20);
  }
  if (mother < 0 && father < 0) oldest = Math.min(oldest, fallbackAge - 20);
  return [youngest, oldest];
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/**
 * Plans one household from the pool: a head (by headship), maybe a spouse of a plausible age, unmarried children
 * whose ages fit the mother's, sometimes the head's parents (three generations) or, under an older head, a married
 * child with spouse and grandchildren, rarely a sibling. Counts of children and elders bend with the pool's
 * pressures, so whatever the pyramid supplies gets placed and the mean household size settles near the census
 * value (≈ 3.5).
 */
export class HouseholdPlanner {
  constructor(
    private readonly pool: PopulationPool,
    private readonly random: SeededRandom,
  ) {}

  /** The next household; `leftover` when no adult was left and these are the pool's last (young) people. */
  plan(): { slots: MemberSlot[]; leftover: boolean } {
    const head = this.pool.takeHead(this.random);
    if (!head) return { slots: this.remainder(), leftover: true };
    const slots: MemberSlot[] = [];
    const headIndex = this.push(slots, head, 'head');
    const kidPressure = clamp(this.pool.kidPressure ** 2, 0.3, 4);
    const elderPressure = clamp(this.pool.elderPressure ** 2, 0.3, 4);

    const spouseIndex = this.random.chance(spouseChance(head.sex, head.age))
      ? this.addSpouse(slots, headIndex)
      : -1;
    const fatherIndex = head.sex === 'male' ? headIndex : spouseIndex;
    const motherIndex = head.sex === 'female' ? headIndex : spouseIndex;

    if (this.random.chance(Math.min(0.9, parentsChance(head.age) * elderPressure))) {
      this.addParents(slots, headIndex);
    }
    const anchorAge =
      motherIndex >= 0 ? slots[motherIndex].age : fatherIndex >= 0 ? slots[fatherIndex].age - 3 : head.age;
    this.addChildren(
      slots,
      fatherIndex,
      motherIndex,
      head.age,
      meanChildren(anchorAge) * kidPressure,
      'child',
    );
    if (this.random.chance(Math.min(0.9, stemChance(head.age) * Math.sqrt(kidPressure)))) {
      this.addStemFamily(slots, fatherIndex, motherIndex, head.age, kidPressure);
    }
    if (this.random.chance(SIBLING_CHANCE)) {
      const sibling = this.pool.take(this.random, undefined, Math.max(15, head.age - 10), head.age + 10);
      if (sibling) {
        const index = this.push(slots, sibling, 'sibling');
        // The head's parents are the sibling's too, when their ages allow it.
        const { father, mother } = slots[headIndex];
        if (father >= 0 && slots[father].age - sibling.age >= 20) slots[index].father = father;
        if (mother >= 0 && slots[mother].age - sibling.age >= 18) slots[index].mother = mother;
      }
    }
    return { slots, leftover: false };
  }

  private push(slots: MemberSlot[], person: PoolPerson, relation: HouseholdRelation): number {
    slots.push({ sex: person.sex, age: person.age, relation, father: -1, mother: -1, spouse: -1 });
    return slots.length - 1;
  }

  private addSpouse(
    slots: MemberSlot[],
    partnerIndex: number,
    relation: HouseholdRelation = 'spouse',
  ): number {
    const partner = slots[partnerIndex];
    const sex = OPPOSITE[partner.sex];
    const [near, far] =
      partner.sex === 'male'
        ? [
            [partner.age - 8, partner.age + 2],
            [partner.age - 15, partner.age + 5],
          ]
        : [
            [partner.age - 2, partner.age + 8],
            [partner.age - 5, partner.age + 15],
          ];
    const min = MIN_MARRIAGE_AGE[sex];
    const spouse =
      this.pool.take(this.random, sex, Math.max(min, near[0]), near[1]) ??
      this.pool.take(this.random, sex, Math.max(min, far[0]), far[1]);
    if (!spouse) return -1;
    const index = this.push(slots, spouse, relation);
    slots[index].spouse = partnerIndex;
    partner.spouse = index;
    return index;
  }

  private addParents(slots: MemberSlot[], childIndex: number): void {
    const child = slots[childIndex];
    const mother = this.pool.take(this.random, 'female', child.age + 18, child.age + 42);
    const father = this.random.chance(0.55)
      ? this.pool.take(this.random, 'male', child.age + 20, child.age + 50)
      : undefined;
    const motherIndex = mother ? this.push(slots, mother, 'parent') : -1;
    const fatherIndex = father ? this.push(slots, father, 'parent') : -1;
    if (motherIndex >= 0 && fatherIndex >= 0) {
      slots[motherIndex].spouse = fatherIndex;
      slots[fatherIndex].spouse = motherIndex;
    }
    child.mother = motherIndex;
    child.father = fatherIndex;
  }

  /** Unmarried children of `father` and/or `mother` (slot indexes, -1 when absent), ages fitting both. */
  private addChildren(
    slots: MemberSlot[],
    father: number,
    mother: number,
    fallbackAge: number,
    mean: number,
    relation: HouseholdRelation,
  ): void {
    const [youngest, oldest] = childAges(
      slots,
      father,
      mother,
      fallbackAge,
      0,
      relation === 'child' ? 35 : 20,
    );
    if (oldest < youngest) return;
    // Binomial over five trials: Vietnamese families vary less than a Poisson would.
    const p = clamp(mean / 5, 0, 0.95);
    for (let trial = 0; trial < 5; trial += 1) {
      if (!this.random.chance(p)) continue;
      const child = this.pool.take(this.random, undefined, youngest, oldest);
      if (!child) return;
      const index = this.push(slots, child, relation);
      slots[index].father = father;
      slots[index].mother = mother;
    }
  }

  private addStemFamily(
    slots: MemberSlot[],
    father: number,
    mother: number,
    headAge: number,
    kidPressure: number,
  ): void {
    const sex: Sex = this.random.chance(0.8) ? 'male' : 'female';
    const [youngest, oldest] = childAges(slots, father, mother, headAge, MIN_MARRIAGE_AGE[sex], 100);
    const married = this.pool.take(this.random, sex, youngest, oldest);
    if (!married) return;
    const childIndex = this.push(slots, married, 'child');
    slots[childIndex].father = father;
    slots[childIndex].mother = mother;
    const inLaw = this.addSpouse(slots, childIndex, 'other');
    const [grandFather, grandMother] = sex === 'male' ? [childIndex, inLaw] : [inLaw, childIndex];
    const anchor = grandMother >= 0 ? slots[grandMother].age : married.age - 3;
    this.addChildren(
      slots,
      grandFather,
      grandMother,
      married.age,
      meanChildren(anchor) * kidPressure,
      'grandchild',
    );
  }

  /** The end of the pool, when no adult is left: the oldest heads whoever remains. */
  private remainder(): MemberSlot[] {
    const slots: MemberSlot[] = [];
    const head = this.pool.takeOldest();
    if (!head) return slots;
    this.push(slots, head, 'head');
    for (let next = this.pool.takeOldest(); next; next = this.pool.takeOldest())
      this.push(slots, next, 'sibling');
    return slots;
  }
}
