import { generateProvince, type GeneratedHousehold, type GeneratedPerson } from '@d06/synthetic';
import type { Scenario } from '../scenario/scenario.types';

/**
 * The people the actions are about, drawn from the same synthetic province the seeds load (same province, size,
 * seed and reference date give the same people), so every planned outcome is known in advance: a lookup on a
 * valid, linked card without defects succeeds; one on a person BHXH does not know fails (050).
 */
export interface SubjectPools {
  readonly everyone: readonly GeneratedPerson[];
  /** VNeID applicants, distinct; level 2 needs a chip card. */
  readonly eid: readonly GeneratedPerson[];
  readonly validCards: readonly GeneratedPerson[];
  readonly noCard: readonly GeneratedPerson[];
  /** Beneficiaries without a bank account in the seed, per group: the accounts linked in the period. */
  readonly unbanked: {
    readonly socialAssistance: readonly GeneratedPerson[];
    readonly meritorious: readonly GeneratedPerson[];
  };
  /** Households with a married father and mother, for births. */
  readonly parents: readonly { father: GeneratedPerson; mother: GeneratedPerson }[];
  /** Beneficiaries the seed gave an account (most active): claimants of funeral allowances. */
  readonly banked: readonly GeneratedPerson[];
  /** Elderly beneficiaries with a relative holding an ID number, for deaths. */
  readonly deceased: readonly { person: GeneratedPerson; claimant: GeneratedPerson }[];
}

const KEEP = 50_000;

export function subjectPools(scenario: Scenario, provinceCode: string): SubjectPools {
  const pools = new PoolCollector(scenario);
  for (const batch of generateProvince({ ...provinceOf(scenario, provinceCode), batchSize: 2_000 }))
    pools.add(batch);
  return pools.pools();
}

/**
 * The pools from a province generated elsewhere — the seeds' shared generation, read as one more reader — so a
 * local run does not generate the province a second time (about half a minute for 3.6 million citizens).
 */
export async function subjectPoolsOf(
  scenario: Scenario,
  batches: AsyncIterable<readonly GeneratedHousehold[]>,
): Promise<SubjectPools> {
  const pools = new PoolCollector(scenario);
  for await (const batch of batches) pools.add(batch);
  return pools.pools();
}

/** The province a scenario's seeds and pools are drawn from (same inputs, same people). */
function provinceOf(scenario: Scenario, provinceCode: string) {
  return {
    provinceCode,
    size: scenario.population.size,
    seed: scenario.seed,
    referenceDate: scenario.population.referenceDate ?? scenario.period.asOf,
  };
}

/** Sorts the province's people into the pools, household by household, in the generator's order. */
class PoolCollector {
  private readonly everyone: GeneratedPerson[] = [];
  private readonly eid: GeneratedPerson[] = [];
  private readonly validCards: GeneratedPerson[] = [];
  private readonly noCard: GeneratedPerson[] = [];
  private readonly socialAssistance: GeneratedPerson[] = [];
  private readonly meritorious: GeneratedPerson[] = [];
  private readonly parents: { father: GeneratedPerson; mother: GeneratedPerson }[] = [];
  private readonly deceased: { person: GeneratedPerson; claimant: GeneratedPerson }[] = [];
  private readonly banked: GeneratedPerson[] = [];
  private readonly periodFrom: string;
  private readonly periodTo: string;

  constructor(scenario: Scenario) {
    this.periodFrom = scenario.period.from;
    this.periodTo = scenario.period.to;
  }

  add(batch: readonly GeneratedHousehold[]): void {
    for (const household of batch) this.addHousehold(household);
  }

  pools(): SubjectPools {
    return {
      everyone: this.everyone,
      eid: this.eid,
      validCards: this.validCards,
      noCard: this.noCard,
      unbanked: { socialAssistance: this.socialAssistance, meritorious: this.meritorious },
      banked: this.banked,
      parents: this.parents,
      deceased: this.deceased,
    };
  }

  private addHousehold(household: GeneratedHousehold): void {
    const adults = household.members.filter((m) => m.idCard !== null && m.birthDate < '2000-01-01');
    for (const person of household.members) {
      const ss = person.socialSecurity;
      const unbanked =
        ss && !ss.hasBankAccount && !person.defects.some((d) => d.sector === 'social-security');
      const claimant = adults.find((m) => m !== person && m.idCard);
      // the deaths' subjects: kept out of the lookup and e-ID pools, whose outcomes a death would change
      const mayDie = Boolean(unbanked && claimant && person.birthDate < '1950-01-01');
      if (this.everyone.length < KEEP && person.idCard) this.everyone.push(person);
      if (
        !mayDie &&
        this.eid.length < KEEP &&
        person.eid.eligibleLevel === 2 &&
        person.eid.phoneNumber &&
        person.idCard?.chip
      )
        this.eid.push(person);
      const card = person.insurance;
      if (!mayDie && card === null && person.idCard && this.noCard.length < KEEP) this.noCard.push(person);
      if (
        !mayDie &&
        card?.state === 'valid' &&
        this.validCards.length < KEEP &&
        card.validFrom <= this.periodFrom &&
        card.validTo >= this.periodTo &&
        !person.defects.some((d) => d.sector === 'insurance')
      )
        this.validCards.push(person);
      if (ss?.hasBankAccount && this.banked.length < KEEP) this.banked.push(person);
      if (unbanked) {
        (ss.group === 'meritorious' ? this.meritorious : this.socialAssistance).push(person);
        if (mayDie && this.deceased.length < KEEP) this.deceased.push({ person, claimant: claimant! });
      }
    }
    const father = household.members.find(
      (m) => m.sex === 'male' && m.maritalStatus === 'married' && m.idCard,
    );
    const mother = household.members.find(
      (m) => m.sex === 'female' && m.maritalStatus === 'married' && m.idCard,
    );
    if (father && mother && this.parents.length < KEEP) this.parents.push({ father, mother });
  }
}

/** The i-th of a pool, cycling when the scenario asks for more actions than there are people. */
export function nth<T>(pool: readonly T[], i: number, what: string): T {
  if (pool.length === 0) throw new Error(`the synthetic province has no ${what}; raise population.size`);
  return pool[i % pool.length];
}
