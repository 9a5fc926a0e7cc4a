import {
  communesOfProvince,
  districtByCode,
  provinceByCode,
  WeightedTable,
  type Commune,
  type SeededRandom,
} from '@d06/domain';
import { hashString } from '../identity/feistel-permutation';
import type { Residence, TemporaryResidence } from '../records.types';
import { isoOf } from '../util/dates';

const KIND_WEIGHT: Record<Commune['kind'], number> = { phường: 1.6, 'thị trấn': 1.3, xã: 1 };
const UPLAND_WEIGHT = 0.7;

/** Where people of the modelled provinces go to work or study (relative weights). */
const DESTINATIONS: Readonly<Record<string, number>> = {
  '001': 25,
  '079': 25,
  '074': 15,
  '027': 12,
  '075': 8,
  '031': 5,
  '048': 5,
  '024': 5,
};

export interface HomePlace {
  readonly commune: Commune;
  readonly upland: boolean;
  readonly residence: Residence;
}

/**
 * Homes in the province's communes — denser in wards and townships, thinner in the uplands — with synthetic
 * house and village numbers, and temporary residences (tạm trú) elsewhere in the province or in the cities and
 * industrial provinces that draw workers and students.
 */
export class ResidenceModel {
  private readonly communes: WeightedTable<Commune>;
  private readonly destinations: WeightedTable<string>;
  private readonly destinationCommunes = new Map<string, readonly Commune[]>();
  readonly uplandShare: number;

  constructor(
    private readonly provinceCode: string,
    private readonly seed: number,
  ) {
    const communes = communesOfProvince(provinceCode);
    if (communes.length === 0) throw new Error(`no communes for province ${provinceCode}`);
    const weighted = communes.map((commune) => ({ value: commune, weight: this.weightOf(commune) }));
    this.communes = new WeightedTable(weighted);
    const total = weighted.reduce((sum, item) => sum + item.weight, 0);
    this.uplandShare =
      weighted
        .filter((item) => districtByCode(item.value.districtCode)!.upland)
        .reduce((s, i) => s + i.weight, 0) / total;
    this.destinations = new WeightedTable(
      Object.entries(DESTINATIONS)
        .filter(([code]) => code !== provinceCode)
        .map(([value, weight]) => ({ value, weight })),
    );
  }

  home(random: SeededRandom): HomePlace {
    const commune = this.communes.pick(random);
    return {
      commune,
      upland: districtByCode(commune.districtCode)!.upland,
      residence: this.residenceIn(random, commune),
    };
  }

  /** A temporary residence: 60% elsewhere in the province, the rest in a destination province. */
  temporary(random: SeededRandom, home: Commune, referenceDay: number): TemporaryResidence {
    let commune: Commune;
    if (random.chance(0.6)) {
      do commune = this.communes.pick(random);
      while (commune.code === home.code);
    } else {
      commune = random.pick(this.communesOf(this.destinations.pick(random)));
    }
    return { ...this.residenceIn(random, commune), until: isoOf(referenceDay + random.int(60, 730)) };
  }

  private residenceIn(random: SeededRandom, commune: Commune): Residence {
    const district = districtByCode(commune.districtCode)!;
    const village = commune.kind === 'xã' ? `Thôn ${random.int(1, 18)}` : `Tổ dân phố ${random.int(1, 25)}`;
    return {
      provinceCode: commune.provinceCode,
      districtCode: commune.districtCode,
      communeCode: commune.code,
      address: `Số ${random.int(1, 250)}, ${village}, ${commune.name}, ${district.name}, ${provinceLabel(commune.provinceCode)}`,
    };
  }

  private communesOf(provinceCode: string): readonly Commune[] {
    let communes = this.destinationCommunes.get(provinceCode);
    if (!communes) {
      communes = communesOfProvince(provinceCode);
      this.destinationCommunes.set(provinceCode, communes);
    }
    return communes;
  }

  private weightOf(commune: Commune): number {
    // A fixed ±40% per commune, from its code and the seed: communes differ in size, reproducibly.
    const jitter = 0.6 + (hashString(commune.code, this.seed) / 0xffffffff) * 0.8;
    const upland = districtByCode(commune.districtCode)!.upland ? UPLAND_WEIGHT : 1;
    return KIND_WEIGHT[commune.kind] * upland * jitter;
  }
}

const labels = new Map<string, string>();

/** `Tỉnh Thanh Hóa`, `Thành phố Hà Nội`, `TP Hồ Chí Minh`. */
export function provinceLabel(provinceCode: string): string {
  let label = labels.get(provinceCode);
  if (!label) {
    const province = provinceByCode(provinceCode);
    if (!province) throw new Error(`unknown province ${provinceCode}`);
    label = province.name.startsWith('TP ')
      ? province.name
      : `${province.isMunicipality ? 'Thành phố' : 'Tỉnh'} ${province.name}`;
    labels.set(provinceCode, label);
  }
  return label;
}
