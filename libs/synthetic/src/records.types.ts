import type { Sex } from './population/age-pyramid';
import type { HouseholdRelation } from './population/household-plan';

export type { HouseholdRelation, Sex };
export type MaritalStatus = 'single' | 'married' | 'divorced' | 'widowed';
export type IdCardStatus = 'valid' | 'expired' | 'revoked';

/** A place of residence: a commune of the province, with a full address line. */
export interface Residence {
  readonly provinceCode: string;
  readonly districtCode: string;
  readonly communeCode: string;
  readonly address: string;
}

export interface TemporaryResidence extends Residence {
  /** Registered until (tạm trú has an end date). */
  readonly until: string;
}

/** The citizen's current CCCD card (its number is the personal ID number). */
export interface IdCardRecord {
  readonly issuedOn: string;
  /** Null from 60: the card never expires. */
  readonly expiresOn: string | null;
  readonly chip: boolean;
  readonly status: IdCardStatus;
}

/** How a sector database holds the citizen's identity: equal to the register unless a defect was injected. */
export interface SectorIdentity {
  readonly idNumber: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly sex: Sex;
}

/**
 * BHXH/BHYT state of a participant as a card lookup would see it: valid; expired (card period over, not renewed);
 * revoked (thu hồi); reduced (báo giảm: left the scheme or moved); not-synced (the BHXH record is not yet matched
 * with the population register, so a lookup by CCCD number finds nothing).
 */
export type InsuranceState = 'valid' | 'expired' | 'revoked' | 'reduced' | 'not-synced';

export interface InsuranceRecord {
  readonly identity: SectorIdentity;
  /** Mã số BHXH: 10 digits, the first two the province's. */
  readonly socialInsuranceNumber: string;
  /** Beneficiary group (TE, HS, HT, DN, HC, GD, HN, CN, BT, CC, DT, SV). */
  readonly group: string;
  readonly benefitLevel: 1 | 2 | 3 | 4 | 5;
  readonly cardCode: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly state: InsuranceState;
}

export type SocialSecurityGroup = 'social-assistance' | 'meritorious';

export interface SocialSecurityRecord {
  readonly identity: SectorIdentity;
  readonly group: SocialSecurityGroup;
  /** e.g. elderly-80, disability, orphan, elderly-poor; war-invalid, martyr-relative, resistance, agent-orange. */
  readonly category: string;
  readonly monthlyAmountVnd: number;
  /** Owns a bank account that payments could go to (not whether it is registered for them yet). */
  readonly hasBankAccount: boolean;
}

export interface TaxRecord {
  readonly identity: SectorIdentity;
  /** Personal tax code (mã số thuế cá nhân), 10 digits. */
  readonly taxCode: string;
}

/** VNeID: what account the citizen could get. Level 2 needs a chip card and a phone; level 1 only a phone. */
export interface EidProfile {
  readonly phoneNumber: string | null;
  readonly eligibleLevel: 0 | 1 | 2;
}

export type Sector = 'insurance' | 'tax' | 'social-security';
export type DefectField = 'full_name' | 'birth_date' | 'id_number' | 'sex';
export type DefectKind = 'no-diacritics' | 'misspelt' | 'wrong-birth-date' | 'wrong-id-digit' | 'wrong-sex';

/** Ground truth of an injected difference between a sector record and the register (a `data_defects` row). */
export interface DataDefectRecord {
  readonly idNumber: string;
  readonly sector: Sector;
  readonly field: DefectField;
  readonly kind: DefectKind;
}

export interface GeneratedPerson {
  readonly idNumber: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly sex: Sex;
  readonly ethnicity: string;
  /** Where the birth was registered: the ID number's first three digits. */
  readonly birthplaceProvince: string;
  /** Quê quán: the father's line (or the person's own birthplace when unknown). */
  readonly hometownProvince: string;
  readonly householdId: string;
  readonly relationToHead: HouseholdRelation;
  readonly fatherIdNumber: string | null;
  readonly motherIdNumber: string | null;
  readonly maritalStatus: MaritalStatus;
  readonly permanent: Residence;
  readonly temporary: TemporaryResidence | null;
  readonly idCard: IdCardRecord | null;
  readonly insurance: InsuranceRecord | null;
  readonly socialSecurity: SocialSecurityRecord | null;
  readonly tax: TaxRecord | null;
  readonly eid: EidProfile;
  readonly defects: readonly DataDefectRecord[];
}

export type Poverty = 'poor' | 'near-poor' | null;

export interface GeneratedHousehold {
  readonly householdId: string;
  readonly headIdNumber: string;
  readonly residence: Residence;
  readonly poverty: Poverty;
  /** Head first; everyone in the household, in the order they were generated. */
  readonly members: GeneratedPerson[];
}
