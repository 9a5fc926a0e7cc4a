import type { SeededRandom } from '../random';
import { ETHNIC_FAMILY_NAMES, ETHNIC_NAMING } from './ethnic-names.data';
import { FAMILY_NAME_FREQUENCIES, FAMILY_NAME_TILTS } from './family-names.data';
import { GIVEN_NAMES, MIDDLE_NAMES, traditionalMiddleNameShare } from './given-names.data';
import type { PersonName, Sex } from './person.types';
import { WeightedTable } from './weighted-table';

export interface NameRequest {
  readonly sex: Sex;
  readonly birthYear: number;
  /** Default Kinh. */
  readonly ethnicity?: string;
  /** Inherited family name (a child takes the father's); drawn when absent. */
  readonly family?: string;
}

/** Share of children born 2005 or later given a two-syllable given name (`Nguyễn Ngọc Bảo Anh`). */
const COMPOUND_SHARE = 0.12;

/**
 * Vietnamese names from a SeededRandom: family names at realistic frequencies (tilted per province), middle names
 * that follow the generation (Văn/Thị fading), given names by sex, and the naming conventions of the ethnic
 * groups the modelled provinces have. Same random state → same names.
 */
export class NameGenerator {
  private readonly kinhFamilies: WeightedTable<string>;

  constructor(
    private readonly random: SeededRandom,
    provinceCode?: string,
  ) {
    const tilts = (provinceCode && FAMILY_NAME_TILTS[provinceCode]) || {};
    this.kinhFamilies = new WeightedTable(
      FAMILY_NAME_FREQUENCIES.map(([value, percent]) => ({ value, weight: percent * (tilts[value] ?? 1) })),
    );
  }

  familyName(ethnicity = 'Kinh'): string {
    const own = ETHNIC_FAMILY_NAMES[ethnicity];
    return own ? this.random.pick(own) : this.kinhFamilies.pick(this.random);
  }

  name(request: NameRequest): PersonName {
    const { sex, birthYear } = request;
    const ethnicity = request.ethnicity ?? 'Kinh';
    const family = request.family ?? this.familyName(ethnicity);
    const naming = ETHNIC_NAMING[ethnicity];
    let middle: string;
    let given: string;
    if (naming) {
      middle = this.random.pick(naming.middle[sex]);
      given = this.random.chance(naming.ownGivenShare)
        ? this.random.pick(naming.given[sex])
        : this.random.pick(GIVEN_NAMES[sex]);
    } else {
      middle = this.random.chance(traditionalMiddleNameShare(sex, birthYear))
        ? sex === 'male'
          ? 'Văn'
          : 'Thị'
        : this.random.pick(MIDDLE_NAMES[sex]);
      given = this.random.pick(GIVEN_NAMES[sex]);
      if (birthYear >= 2005 && middle !== 'Văn' && middle !== 'Thị' && this.random.chance(COMPOUND_SHARE)) {
        const second = this.random.pick(MIDDLE_NAMES[sex]);
        if (second !== middle) middle = `${middle} ${second}`;
      }
    }
    return { family, middle, given, full: `${family} ${middle} ${given}` };
  }
}

/** A name generator drawing from `random` (family names tilted to `provinceCode` when it is modelled). */
export function nameGenerator(random: SeededRandom, provinceCode?: string): NameGenerator {
  return new NameGenerator(random, provinceCode);
}
