import type { IdCard } from '../idcards/idcard.entity';
import type { Citizen } from './citizen.entity';

export interface ResidenceView {
  provinceCode: string;
  districtCode: string | null;
  communeCode: string | null;
  address: string | null;
  validUntil?: string | null;
}

/** A citizen as the API shows it (before the caller's role narrows it): what the cache holds. */
export interface CitizenRecord {
  idNumber: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  ethnicity: string;
  birthplaceProvince: string;
  hometownProvince: string;
  permanentResidence: ResidenceView | null;
  temporaryResidence: ResidenceView | null;
  household: { householdId: string; relationToHead: string | null } | null;
  parents: { fatherIdNumber: string | null; motherIdNumber: string | null };
  maritalStatus: string;
  status: 'alive' | 'deceased';
  deceasedOn: string | null;
  idCard: { issuedOn: string; expiresOn: string | null; chip: boolean; status: string } | null;
}

export function toCitizenRecord(citizen: Citizen, card: IdCard | null): CitizenRecord {
  return {
    idNumber: citizen.idNumber,
    fullName: citizen.fullName,
    birthDate: citizen.birthDate,
    sex: citizen.sex,
    ethnicity: citizen.ethnicity,
    birthplaceProvince: citizen.birthplaceProvince,
    hometownProvince: citizen.hometownProvince,
    permanentResidence: citizen.permanentProvince
      ? {
          provinceCode: citizen.permanentProvince,
          districtCode: citizen.permanentDistrict,
          communeCode: citizen.permanentCommune,
          address: citizen.permanentAddress,
        }
      : null,
    temporaryResidence: citizen.temporaryProvince
      ? {
          provinceCode: citizen.temporaryProvince,
          districtCode: citizen.temporaryDistrict,
          communeCode: citizen.temporaryCommune,
          address: citizen.temporaryAddress,
          validUntil: citizen.temporaryUntil,
        }
      : null,
    household: citizen.householdId
      ? { householdId: citizen.householdId, relationToHead: citizen.relationToHead }
      : null,
    parents: { fatherIdNumber: citizen.fatherIdNumber, motherIdNumber: citizen.motherIdNumber },
    maritalStatus: citizen.maritalStatus,
    status: citizen.status,
    deceasedOn: citizen.deceasedOn,
    idCard: card
      ? { issuedOn: card.issuedOn, expiresOn: card.expiresOn, chip: card.chip, status: card.status }
      : null,
  };
}
