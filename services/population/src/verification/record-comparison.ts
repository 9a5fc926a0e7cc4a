import { validatePersonalId } from '@d06/domain';
import type { CitizenRecord } from '../citizens/citizen-record';

/** A sector database's copy of a person (BHXH, tax, education…), as sent for verification. */
export interface SectorRecord {
  recordRef?: string;
  idNumber: string;
  fullName: string;
  birthDate: string;
  sex?: 'male' | 'female';
  address?: { provinceCode?: string; districtCode?: string; communeCode?: string };
}

export interface FieldReason {
  field: string;
  reason: string;
}

export interface Comparison {
  result: 'match' | 'mismatch';
  reasons: FieldReason[];
}

/**
 * Compares a sector record with the register, field by field, the way data cleaning campaigns report it: every
 * difference is a reason, and one reason makes the record a mismatch. `citizen` is undefined when the ID number
 * is not in the register.
 */
export function compareRecord(record: SectorRecord, citizen: CitizenRecord | undefined): Comparison {
  const id = validatePersonalId(record.idNumber);
  if (!id.ok) return mismatch([{ field: 'idNumber', reason: `malformed (${id.rule})` }]);
  if (!citizen) return mismatch([{ field: 'idNumber', reason: 'not in the register' }]);

  const reasons: FieldReason[] = [];
  const name = compareNames(record.fullName, citizen.fullName);
  if (name) reasons.push({ field: 'fullName', reason: name });
  if (record.birthDate !== citizen.birthDate) reasons.push({ field: 'birthDate', reason: 'differs' });
  if (record.sex !== undefined && record.sex !== citizen.sex)
    reasons.push({ field: 'sex', reason: 'differs' });
  if (citizen.status === 'deceased') reasons.push({ field: 'status', reason: 'deceased in the register' });
  const residence = citizen.permanentResidence;
  for (const field of ['provinceCode', 'districtCode', 'communeCode'] as const) {
    const claimed = record.address?.[field];
    if (claimed !== undefined && claimed !== residence?.[field]) {
      reasons.push({
        field: `address.${field}`,
        reason: residence ? 'differs from the permanent residence' : 'no permanent residence',
      });
    }
  }
  return reasons.length === 0 ? { result: 'match', reasons } : mismatch(reasons);
}

/** Undefined when the names are the same person's name; otherwise how they differ. */
function compareNames(claimed: string, registered: string): string | undefined {
  const a = normaliseName(claimed);
  const b = normaliseName(registered);
  if (a === b) return undefined;
  return stripDiacritics(a) === stripDiacritics(b) ? 'differs in diacritics' : 'differs';
}

function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

function stripDiacritics(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

function mismatch(reasons: FieldReason[]): Comparison {
  return { result: 'mismatch', reasons };
}
