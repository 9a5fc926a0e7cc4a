import { removeDiacritics, type SeededRandom } from '@d06/domain';
import type { DefectField, DefectKind, SectorIdentity } from '../records.types';

export const DEFECT_FIELDS: Readonly<Record<DefectKind, DefectField>> = {
  'no-diacritics': 'full_name',
  misspelt: 'full_name',
  'wrong-birth-date': 'birth_date',
  'wrong-id-digit': 'id_number',
  'wrong-sex': 'sex',
};

/** How often each kind of difference occurs among defective sector records. */
export const DEFECT_KIND_WEIGHTS: readonly { readonly value: DefectKind; readonly weight: number }[] = [
  { value: 'no-diacritics', weight: 35 },
  { value: 'misspelt', weight: 20 },
  { value: 'wrong-birth-date', weight: 25 },
  { value: 'wrong-id-digit', weight: 12 },
  { value: 'wrong-sex', weight: 8 },
];

// Combining tone marks: grave, acute, tilde, hook above, dot below.
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const TONE_PATTERN = /[\u0300\u0301\u0303\u0309\u0323]/;

export interface AppliedDefect {
  readonly identity: SectorIdentity;
  /** What was done: `no-diacritics` becomes `misspelt` for a name without any diacritics. */
  readonly kind: DefectKind;
}

/** The identity with one field made to differ the way `kind` says; it always differs from the input. */
export function applyDefect(random: SeededRandom, identity: SectorIdentity, kind: DefectKind): AppliedDefect {
  switch (kind) {
    case 'no-diacritics': {
      const plain = removeDiacritics(identity.fullName);
      if (plain === identity.fullName) return applyDefect(random, identity, 'misspelt');
      return { identity: { ...identity, fullName: plain }, kind };
    }
    case 'misspelt':
      return { identity: { ...identity, fullName: misspell(random, identity.fullName) }, kind };
    case 'wrong-birth-date':
      return { identity: { ...identity, birthDate: wrongDate(random, identity.birthDate) }, kind };
    case 'wrong-id-digit': {
      const position = random.int(6, 11);
      const digit = (Number(identity.idNumber[position]) + random.int(1, 9)) % 10;
      const idNumber =
        identity.idNumber.slice(0, position) + String(digit) + identity.idNumber.slice(position + 1);
      return { identity: { ...identity, idNumber }, kind };
    }
    case 'wrong-sex':
      return { identity: { ...identity, sex: identity.sex === 'male' ? 'female' : 'male' }, kind };
  }
}

/** Changes the tone of one syllable of the given name (Hùng → Hủng), or doubles a letter when it has none. */
function misspell(random: SeededRandom, fullName: string): string {
  const cut = fullName.lastIndexOf(' ') + 1;
  const given = fullName.slice(cut).normalize('NFD');
  const tone = given.search(TONE_PATTERN);
  let changed: string;
  if (tone >= 0) {
    const others = TONES.filter((mark) => mark !== given[tone]);
    changed = given.slice(0, tone) + random.pick(others) + given.slice(tone + 1);
  } else {
    const vowel = Math.max(0, given.search(/[aeiouy]/i));
    changed = given.slice(0, vowel + 1) + TONES[random.int(0, TONES.length - 1)] + given.slice(vowel + 1);
  }
  return fullName.slice(0, cut) + changed.normalize('NFC');
}

/** Day and month swapped when that is still a date, else 1 January (the legacy placeholder), else a year off. */
function wrongDate(random: SeededRandom, iso: string): string {
  const [year, month, day] = iso.split('-');
  if (Number(day) <= 12 && day !== month && random.chance(0.5)) return `${year}-${day}-${month}`;
  if (`${month}-${day}` !== '01-01') return `${year}-01-01`;
  return `${Number(year) - 1}-${month}-${day}`;
}
