import type { HomePlace } from '../residence/residence-model';
import type { Poverty } from '../records.types';

/** What the members of a household share. */
export interface HouseholdContext {
  readonly householdId: string;
  readonly home: HomePlace;
  readonly poverty: Poverty;
  readonly ethnicity: string;
  /** Moved in from another province: the adults were born elsewhere. */
  readonly migrant: boolean;
}
