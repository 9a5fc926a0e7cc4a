import type { Sex } from './age-pyramid';

export type HouseholdRelation = 'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'sibling' | 'other';

/** One member of a planned household: who they are relative to the head, before names and numbers exist. */
export interface MemberSlot {
  readonly sex: Sex;
  readonly age: number;
  readonly relation: HouseholdRelation;
  /** Indexes into the plan's slots, or -1. */
  father: number;
  mother: number;
  spouse: number;
}

/** Materialisation order: a person's parents always come before them. */
export const GENERATION_RANK: Readonly<Record<HouseholdRelation, number>> = {
  parent: 0,
  head: 1,
  spouse: 1,
  sibling: 1,
  child: 2,
  other: 2,
  grandchild: 3,
};

export const MAX_RANK = 3;
