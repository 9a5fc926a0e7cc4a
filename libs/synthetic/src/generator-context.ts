import {
  ethnicMixOf,
  MAJORITY_ETHNICITY,
  minorityShareOf,
  minorityTableOf,
  nameGenerator,
  SeededRandom,
  WeightedTable,
  type NameGenerator,
} from '@d06/domain';
import { hashString } from './identity/feistel-permutation';
import { PersonalIdAllocator, PhoneAllocator, SerialAllocator } from './identity/number-allocators';
import { MAX_AGE } from './population/age-pyramid';
import type { ProvinceOptions } from './province-options';
import { DefectInjector } from './quality/defect-injector';
import { ResidenceModel } from './residence/residence-model';
import { InsuranceModel } from './sectors/insurance-model';
import { addYears, dayOf } from './util/dates';

/** Share of lowland households that are ethnic-minority; the upland share is solved from the province's mix. */
const LOWLAND_MINORITY = 0.01;

/**
 * Everything a generation run shares: one independent random stream per concern (so that, say, changing the tax
 * model leaves names and ID numbers as they were), the allocators of unique numbers, and the models.
 */
export class GeneratorContext {
  readonly referenceDay: number;
  readonly random: Readonly<
    Record<'pool' | 'plan' | 'people' | 'places' | 'cards' | 'sectors' | 'defects', SeededRandom>
  >;
  readonly names: NameGenerator;
  readonly ids: PersonalIdAllocator;
  readonly taxCodes: SerialAllocator;
  readonly phones: PhoneAllocator;
  readonly residence: ResidenceModel;
  readonly insurance: InsuranceModel;
  readonly defects: DefectInjector;
  readonly ethnicMix: WeightedTable<string>;
  readonly minorities: WeightedTable<string> | undefined;
  readonly uplandMinorityShare: number;
  readonly lowlandMinorityShare: number;
  /** Birth-day window [from, to] for each age at the reference date. */
  readonly birthWindows: readonly (readonly [number, number])[];
  private householdSequence = 0;

  constructor(readonly options: ProvinceOptions) {
    const { provinceCode, seed } = options;
    this.referenceDay = dayOf(options.referenceDate);
    const stream = (name: string) => new SeededRandom(hashString(name, seed));
    this.random = {
      pool: stream('pool'),
      plan: stream('plan'),
      people: stream('people'),
      places: stream('places'),
      cards: stream('cards'),
      sectors: stream('sectors'),
      defects: stream('defects'),
    };
    this.names = nameGenerator(this.random.people, provinceCode);
    this.ids = new PersonalIdAllocator(seed);
    this.taxCodes = new SerialAllocator('8', 9, seed, 'tax-code');
    this.phones = new PhoneAllocator(seed);
    this.residence = new ResidenceModel(provinceCode, seed);
    this.insurance = new InsuranceModel(provinceCode, seed, this.referenceDay, options.insuranceStates);
    this.defects = new DefectInjector(options.defects, this.random.defects);
    this.ethnicMix = new WeightedTable(ethnicMixOf(provinceCode));
    const minorityShare = minorityShareOf(provinceCode);
    this.minorities = minorityShare > 0 ? minorityTableOf(provinceCode) : undefined;
    const upland = this.residence.uplandShare;
    if (upland > 0) {
      this.lowlandMinorityShare = Math.min(LOWLAND_MINORITY, minorityShare);
      this.uplandMinorityShare = Math.min(
        0.95,
        (minorityShare - this.lowlandMinorityShare * (1 - upland)) / upland,
      );
    } else {
      this.lowlandMinorityShare = minorityShare;
      this.uplandMinorityShare = minorityShare;
    }
    this.birthWindows = Array.from({ length: MAX_AGE + 1 }, (_, age) => [
      addYears(this.referenceDay, -age - 1) + 1,
      addYears(this.referenceDay, -age),
    ]);
  }

  nextHouseholdId(): string {
    this.householdSequence += 1;
    return `H${this.options.provinceCode}${String(this.householdSequence).padStart(9, '0')}`;
  }

  /** A household's ethnicity: minorities concentrate in the upland districts. */
  householdEthnicity(upland: boolean): string {
    const share = upland ? this.uplandMinorityShare : this.lowlandMinorityShare;
    if (!this.minorities || !this.random.people.chance(share)) return MAJORITY_ETHNICITY;
    return this.minorities.pick(this.random.people);
  }
}
