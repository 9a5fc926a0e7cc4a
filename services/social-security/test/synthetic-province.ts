import { generateProvince, type GeneratedPerson } from '@d06/synthetic';
import type { RegisteredPerson } from './population-stub';

/** The province the tests seed (small: about 5% of its citizens receive an allowance). */
export const PROVINCE = { provinceCode: '038', size: 2_500, seed: 11 } as const;

/** Everyone the generator makes for these options, in order (the ground truth of the seed). */
export function generatedPeople(options: { provinceCode: string; size: number; seed: number } = PROVINCE) {
  const people: GeneratedPerson[] = [];
  for (const households of generateProvince(options)) for (const h of households) people.push(...h.members);
  return people;
}

/** The register's view of the people: the population service's data for the stub. */
export function registerOf(people: readonly GeneratedPerson[]): RegisteredPerson[] {
  return people.map((p) => ({
    idNumber: p.idNumber,
    fullName: p.fullName,
    birthDate: p.birthDate,
    sex: p.sex,
    provinceCode: p.permanent.provinceCode,
    communeCode: p.permanent.communeCode,
  }));
}
