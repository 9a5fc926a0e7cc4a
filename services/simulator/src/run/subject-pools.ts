import { generateProvince, type GeneratedPerson } from '@d06/synthetic';
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
  const periodFrom = scenario.period.from;
  const periodTo = scenario.period.to;
  const everyone: GeneratedPerson[] = [];
  const eid: GeneratedPerson[] = [];
  const validCards: GeneratedPerson[] = [];
  const noCard: GeneratedPerson[] = [];
  const socialAssistance: GeneratedPerson[] = [];
  const meritorious: GeneratedPerson[] = [];
  const parents: { father: GeneratedPerson; mother: GeneratedPerson }[] = [];
  const deceased: { person: GeneratedPerson; claimant: GeneratedPerson }[] = [];
  const banked: GeneratedPerson[] = [];
  const batches = generateProvince({
    provinceCode,
    size: scenario.population.size,
    seed: scenario.seed,
    referenceDate: scenario.population.referenceDate ?? scenario.period.asOf,
    batchSize: 2_000,
  });
  for (const batch of batches) {
    for (const household of batch) {
      const adults = household.members.filter((m) => m.idCard !== null && m.birthDate < '2000-01-01');
      for (const person of household.members) {
        const ss = person.socialSecurity;
        const unbanked =
          ss && !ss.hasBankAccount && !person.defects.some((d) => d.sector === 'social-security');
        const claimant = adults.find((m) => m !== person && m.idCard);
        // the deaths' subjects: kept out of the lookup and e-ID pools, whose outcomes a death would change
        const mayDie = Boolean(unbanked && claimant && person.birthDate < '1950-01-01');
        if (everyone.length < KEEP && person.idCard) everyone.push(person);
        if (
          !mayDie &&
          eid.length < KEEP &&
          person.eid.eligibleLevel === 2 &&
          person.eid.phoneNumber &&
          person.idCard?.chip
        )
          eid.push(person);
        const card = person.insurance;
        if (!mayDie && card === null && person.idCard && noCard.length < KEEP) noCard.push(person);
        if (
          !mayDie &&
          card?.state === 'valid' &&
          validCards.length < KEEP &&
          card.validFrom <= periodFrom &&
          card.validTo >= periodTo &&
          !person.defects.some((d) => d.sector === 'insurance')
        )
          validCards.push(person);
        if (ss?.hasBankAccount && banked.length < KEEP) banked.push(person);
        if (unbanked) {
          (ss.group === 'meritorious' ? meritorious : socialAssistance).push(person);
          if (mayDie && deceased.length < KEEP) deceased.push({ person, claimant: claimant! });
        }
      }
      const father = household.members.find(
        (m) => m.sex === 'male' && m.maritalStatus === 'married' && m.idCard,
      );
      const mother = household.members.find(
        (m) => m.sex === 'female' && m.maritalStatus === 'married' && m.idCard,
      );
      if (father && mother && parents.length < KEEP) parents.push({ father, mother });
    }
  }
  return {
    everyone,
    eid,
    validCards,
    noCard,
    unbanked: { socialAssistance, meritorious },
    banked,
    parents,
    deceased,
  };
}

/** The i-th of a pool, cycling when the scenario asks for more actions than there are people. */
export function nth<T>(pool: readonly T[], i: number, what: string): T {
  if (pool.length === 0) throw new Error(`the synthetic province has no ${what}; raise population.size`);
  return pool[i % pool.length];
}
