import type { CallerRole } from '../caller/caller-context';
import type { CitizenRecord } from './citizen-record';

type Field = keyof CitizenRecord;

const IDENTITY: readonly Field[] = ['idNumber', 'fullName', 'birthDate', 'sex', 'status'];

/**
 * What each role may see of a citizen (purpose-bound access: the least each agency needs for its procedures).
 * The police own the register and see everything.
 */
export const FIELDS_BY_ROLE: Readonly<Record<CallerRole, readonly Field[]>> = {
  police: [
    ...IDENTITY,
    'ethnicity',
    'birthplaceProvince',
    'hometownProvince',
    'permanentResidence',
    'temporaryResidence',
    'household',
    'parents',
    'maritalStatus',
    'deceasedOn',
    'idCard',
  ],
  'civil-status': [
    ...IDENTITY,
    'ethnicity',
    'birthplaceProvince',
    'hometownProvince',
    'permanentResidence',
    'household',
    'parents',
    'maritalStatus',
    'deceasedOn',
  ],
  insurance: [...IDENTITY, 'permanentResidence', 'deceasedOn', 'idCard'],
  social: [...IDENTITY, 'permanentResidence', 'household', 'deceasedOn'],
  'one-stop': [
    ...IDENTITY,
    'ethnicity',
    'birthplaceProvince',
    'hometownProvince',
    'permanentResidence',
    'temporaryResidence',
    'maritalStatus',
  ],
  health: [...IDENTITY, 'permanentResidence'],
  'public-service': IDENTITY,
};

/** The record narrowed to the fields the role may see. */
export function viewFor(role: CallerRole, record: CitizenRecord): Partial<CitizenRecord> {
  const view: Partial<Record<Field, unknown>> = {};
  for (const field of FIELDS_BY_ROLE[role]) view[field] = record[field];
  return view as Partial<CitizenRecord>;
}
