import { randomInt } from 'node:crypto';
import { generatePersonalId } from '@d06/domain';
import type { EntityManager } from 'typeorm';
import { Citizen } from '../citizens/citizen.entity';
import { PopulationError } from '../population.errors';

const ATTEMPTS = 25;

/**
 * Inserts a newborn under a fresh personal ID number: province, century/sex digit and year are fixed by the birth,
 * the last six digits are random and re-drawn while taken. The insert itself claims the number (ON CONFLICT DO
 * NOTHING), so two births at once never get the same one.
 */
export async function insertWithFreshIdNumber(
  manager: EntityManager,
  birth: { provinceCode: string; sex: 'male' | 'female'; birthYear: number },
  values: Omit<Citizen, 'idNumber' | 'registeredAt' | 'updatedAt'>,
  random: (max: number) => number = (max) => randomInt(max),
): Promise<string> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const idNumber = generatePersonalId({ ...birth, serial: random(1_000_000) });
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Citizen)
      .values({ ...values, idNumber })
      .orIgnore()
      .returning(['id_number'])
      .execute();
    if ((inserted.raw as unknown[]).length > 0) return idNumber;
  }
  throw new PopulationError('ID_SPACE_EXHAUSTED');
}
