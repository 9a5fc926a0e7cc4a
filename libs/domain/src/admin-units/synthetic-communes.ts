import { SeededRandom } from '../random';
import type { Commune, CommuneKind, District } from './admin-unit.types';

/** Syllables of Vietnamese place names, to compose plausible (made-up) commune names. */
const SYLLABLES = [
  'An',
  'Bình',
  'Châu',
  'Định',
  'Đông',
  'Hòa',
  'Hợp',
  'Hưng',
  'Khánh',
  'Lộc',
  'Minh',
  'Nam',
  'Phú',
  'Phúc',
  'Quang',
  'Sơn',
  'Tân',
  'Thành',
  'Thịnh',
  'Thọ',
  'Thuận',
  'Tiến',
  'Trung',
  'Vinh',
  'Xuân',
  'Yên',
  'Long',
  'Hải',
  'Lâm',
  'Phong',
  'Tường',
  'Cát',
  'Đạo',
  'Đức',
  'Hà',
  'Kim',
  'Liên',
  'Lợi',
  'Mỹ',
  'Ngọc',
  'Nghĩa',
  'Phượng',
  'Quý',
  'Tài',
  'Thái',
  'Thanh',
  'Thắng',
  'Tín',
  'Trường',
  'Văn',
  'Vân',
  'Vĩnh',
  'Giang',
  'Lương',
  'Hồng',
  'Đồng',
  'Trạch',
  'Khê',
  'Lý',
  'Hiệp',
] as const;

export const MIN_COMMUNES_PER_DISTRICT = 15;
export const MAX_COMMUNES_PER_DISTRICT = 30;

/** The raw (unscaled) number of communes of a district: 15–30, fixed by its code. */
export function rawCommuneCount(districtCode: string): number {
  return new SeededRandom(codeSeed(districtCode)).int(MIN_COMMUNES_PER_DISTRICT, MAX_COMMUNES_PER_DISTRICT);
}

/**
 * Commune counts for a province's districts: each district's raw count, scaled by largest remainders so they add
 * up to `total` when the real total is known.
 */
export function communeCounts(districts: readonly District[], total?: number): Map<string, number> {
  const raw = districts.map((district) => rawCommuneCount(district.code));
  const rawTotal = raw.reduce((sum, count) => sum + count, 0);
  if (total === undefined || districts.length === 0) {
    return new Map(districts.map((district, i) => [district.code, raw[i]]));
  }
  const exact = raw.map((count) => (count * total) / rawTotal);
  const counts = exact.map(Math.floor);
  const order = exact
    .map((value, i) => ({ i, rest: value - counts[i] }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  const missing = total - counts.reduce((sum, count) => sum + count, 0);
  for (let k = 0; k < missing; k += 1) counts[order[k].i] += 1;
  return new Map(districts.map((district, i) => [district.code, counts[i]]));
}

/**
 * Made-up communes of a district, deterministic from its code: urban districts are mostly wards (phường), rural
 * ones have one or two townships (thị trấn) and otherwise communes (xã). Names carry "(synthetic)".
 */
export function syntheticCommunes(district: District, count: number, stem?: string): Commune[] {
  const random = new SeededRandom(codeSeed(district.code) ^ 0x5a17);
  const urban = district.kind !== 'huyện';
  const townships = urban ? 0 : count >= 25 ? 2 : 1;
  const wards = urban ? Math.round(count * 0.65) : 0;
  const used = new Set<string>();
  const communes: Commune[] = [];
  for (let i = 0; i < count; i += 1) {
    const kind: CommuneKind = i < wards ? 'phường' : i < townships ? 'thị trấn' : 'xã';
    const base = uniqueName(random, used, kind === 'xã' ? stem : undefined);
    communes.push({
      code: `${district.code}${String(i + 1).padStart(2, '0')}`,
      districtCode: district.code,
      provinceCode: district.provinceCode,
      name: `${KIND_LABELS[kind]} ${base} (synthetic)`,
      kind,
      synthetic: true,
    });
  }
  return communes;
}

const KIND_LABELS: Record<CommuneKind, string> = { phường: 'Phường', 'thị trấn': 'Thị trấn', xã: 'Xã' };

function uniqueName(random: SeededRandom, used: Set<string>, stem?: string): string {
  for (;;) {
    const first = stem !== undefined && random.chance(0.7) ? stem : random.pick(SYLLABLES);
    const second = random.pick(SYLLABLES);
    const name = `${first} ${second}`;
    if (first !== second && !used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function codeSeed(code: string): number {
  return Math.imul(Number(code) + 1, 0x9e3779b1) >>> 0;
}
