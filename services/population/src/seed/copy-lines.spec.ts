import { generateProvince } from '@d06/synthetic';
import {
  ChunkEncoder,
  citizenLine,
  defectLine,
  encodeBatch,
  householdLine,
  idcardLine,
  tableEncoders,
} from './copy-lines';
import { copyLine } from '@d06/persistence';
import { citizenValues, defectValues, householdValues, idcardValues, SEED_COLUMNS } from './seed-rows';

describe('COPY lines', () => {
  const households = [...generateProvince({ provinceCode: '40', size: 3000, seed: 9 })].flat();
  const people = households.flatMap((h) => h.members);

  it('writes the same rows as the value arrays the INSERT path uses', () => {
    const mismatches = people.filter((p) => citizenLine(p) !== copyLine(citizenValues(p)));
    expect(mismatches).toEqual([]);
    for (const household of households)
      expect(householdLine(household)).toBe(copyLine(householdValues(household)));
    for (const person of people.filter((p) => p.idCard))
      expect(idcardLine(person)).toBe(copyLine(idcardValues(person)!));
    for (const person of people.filter((p) => p.defects.length > 0)) {
      expect(person.defects.map(defectLine)).toEqual(defectValues(person).map(copyLine));
    }
  });

  it('gets codes, dates and enums from the generator in plain characters, so they need no escaping', () => {
    const plain = /^[0-9A-Za-z_-]+$/;
    const codes = people.flatMap((p) => [
      p.idNumber,
      p.birthDate,
      p.sex,
      p.birthplaceProvince,
      p.hometownProvince,
      p.permanent.provinceCode,
      p.permanent.districtCode,
      p.permanent.communeCode,
      p.householdId,
      p.relationToHead,
      p.maritalStatus,
      p.fatherIdNumber ?? '0',
      p.motherIdNumber ?? '0',
      p.temporary?.until ?? '0',
      p.temporary?.communeCode ?? '0',
      p.idCard?.issuedOn ?? '0',
      p.idCard?.expiresOn ?? '0',
      p.idCard?.status ?? '0',
      ...p.defects.flatMap((d) => [d.sector, d.field, d.kind]),
    ]);
    expect(codes.filter((value) => !plain.test(value))).toEqual([]);
  });

  it('has one field per seeded column in every line', () => {
    const fields = (line: string) => line.slice(0, -1).split('\t').length;
    expect(fields(citizenLine(people[0]))).toBe(SEED_COLUMNS.citizens.length);
    expect(fields(householdLine(households[0]))).toBe(SEED_COLUMNS.households.length);
    expect(fields(idcardLine(people.find((p) => p.idCard)!))).toBe(SEED_COLUMNS.idcards.length);
  });

  it('encodes a batch into UTF-8 chunks that add up to the lines, counting rows per table', () => {
    const encoders = tableEncoders();
    encodeBatch(households, encoders);
    const citizens = Buffer.concat(encoders.citizens.take()).toString('utf8');
    expect(citizens).toBe(people.map(citizenLine).join(''));
    expect(encoders.citizens.rows).toBe(people.length);
    expect(encoders.households.rows).toBe(households.length);
    expect(encoders.idcards.rows).toBe(people.filter((p) => p.idCard).length);
    expect(encoders.data_defects.rows).toBe(people.reduce((sum, p) => sum + p.defects.length, 0));
    expect(encoders.citizens.take()).toEqual([]);
  });

  it('cuts chunks at line boundaries', () => {
    const encoder = new ChunkEncoder();
    const line = `${'Nguyễn Thị Thủy '.repeat(40)}\n`;
    for (let i = 0; i < 1000; i += 1) encoder.add(line);
    const chunks = encoder.take();
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.toString('utf8').endsWith('\n'))).toBe(true);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(line.repeat(1000));
    expect(() => encoder.add('x'.repeat(10_000))).toThrow('COPY line too long');
  });
});
