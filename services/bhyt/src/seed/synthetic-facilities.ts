import { communesOf, districtsOf, provinceByCode, SeededRandom, type District } from '@d06/domain';
import type { FacilityKind } from '../facilities/facility.entity';

export interface SeedFacility {
  readonly facilityCode: string;
  readonly name: string;
  readonly kind: FacilityKind;
  readonly province: string;
  readonly districtCode: string | null;
  readonly acceptsIdCard: boolean;
}

const PROVINCIAL_HOSPITALS = [
  'Bệnh viện Đa khoa tỉnh',
  'Bệnh viện Nhi',
  'Bệnh viện Phụ sản',
  'Bệnh viện Y học cổ truyền',
  'Bệnh viện Phổi',
  'Bệnh viện Mắt',
  'Bệnh viện Nội tiết',
  'Bệnh viện Tâm thần',
  'Bệnh viện Da liễu',
  'Bệnh viện Ung bướu',
];
const CLINICS_PER_DISTRICT = 3;
/** Three digits follow the province's two in a facility code. */
const MAX_FACILITIES = 999;

/**
 * A province's health facilities, labelled synthetic: ten provincial hospitals, a health centre per district, a
 * health station per commune and three private clinics per district — 677 for Thanh Hóa, whose report counts 678.
 * Codes are the province's two BHYT digits and a serial. A seeded `idCardShare` of them (1: all, as Thanh Hóa's
 * 678/678; 0.99 gives a report like 676/683) check patients in with the chip ID card.
 */
export function syntheticFacilities(provinceCode: string, seed: number, idCardShare: number): SeedFacility[] {
  const province = provinceByCode(provinceCode)!;
  const districts = districtsOf(provinceCode);
  const drafts: Omit<SeedFacility, 'facilityCode' | 'acceptsIdCard'>[] = [
    ...PROVINCIAL_HOSPITALS.map((name) => ({
      name: `${name} ${province.name} (synthetic)`,
      kind: 'provincial-hospital' as const,
      province: provinceCode,
      districtCode: null,
    })),
    ...districts.map((district) => ({
      name: `Trung tâm Y tế ${district.name.replace(/ \(synthetic\)$/, '')} (synthetic)`,
      kind: 'district-health-centre' as const,
      province: provinceCode,
      districtCode: district.code,
    })),
    ...districts.flatMap((district) =>
      communesOf(district.code).map((commune) => ({
        name: `Trạm Y tế ${commune.name}`,
        kind: 'commune-health-station' as const,
        province: provinceCode,
        districtCode: district.code,
      })),
    ),
    ...districts.flatMap((district) => clinicsOf(district, provinceCode)),
  ].slice(0, MAX_FACILITIES);

  const refusing = new Set(
    shuffled(drafts.length, seed).slice(0, Math.round(drafts.length * (1 - idCardShare))),
  );
  return drafts.map((draft, i) => ({
    ...draft,
    facilityCode: `${province.bhytCode}${String(i + 1).padStart(3, '0')}`,
    acceptsIdCard: !refusing.has(i),
  }));
}

function clinicsOf(
  district: District,
  province: string,
): Omit<SeedFacility, 'facilityCode' | 'acceptsIdCard'>[] {
  const place = district.name.replace(/ \(synthetic\)$/, '').replace(/^(Thành phố|Thị xã|Quận|Huyện) /, '');
  return Array.from({ length: CLINICS_PER_DISTRICT }, (_, i) => ({
    name: `Phòng khám Đa khoa tư nhân số ${i + 1} ${place} (synthetic)`,
    kind: 'private-clinic' as const,
    province,
    districtCode: district.code,
  }));
}

/** 0…n-1 in a seeded order (Fisher–Yates). */
function shuffled(n: number, seed: number): number[] {
  const random = new SeededRandom(seed ^ 0x5eed_fac1);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
