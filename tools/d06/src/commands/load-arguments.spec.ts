import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { parseConnections, parseDuration, parseFacility, parseUrl, readPatientsFile } from './load-arguments';
import { cardCheckBody, cardCheckUrl, insuredPatients } from './load-lookup-request';

const dir = mkdtempSync(join(tmpdir(), 'd06-load-args-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('d06 load lookup arguments', () => {
  it('takes connections and durations as whole numbers in range', () => {
    expect(parseConnections('64')).toBe(64);
    expect(parseDuration('20')).toBe(20);
    for (const bad of ['0', '-1', '1.5', 'ten', '10001'])
      expect(() => parseConnections(bad)).toThrow(InvalidArgumentError);
    expect(() => parseDuration('3601')).toThrow('seconds from 1 to 3600');
  });

  it('takes the gateway as an http(s) URL and the facility as 5 digits', () => {
    expect(parseUrl('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    expect(() => parseUrl('127.0.0.1:8080')).toThrow(InvalidArgumentError);
    expect(() => parseUrl('ftp://gateway')).toThrow('http(s)');
    expect(parseFacility('38001')).toBe('38001');
    expect(() => parseFacility('3800')).toThrow('5-digit');
  });

  it('reads patients one a line, with an optional header, comments and blank lines', () => {
    const path = file(
      'ok.csv',
      'idNumber,fullName,birthDate\n# regulars of the morning\n038090001234, Nguyễn Văn An ,1990-05-01\n\n038195004567,Lê Thị Hoa,1995-03-02\n',
    );
    expect(readPatientsFile(path)).toEqual([
      { idNumber: '038090001234', fullName: 'Nguyễn Văn An', birthDate: '1990-05-01' },
      { idNumber: '038195004567', fullName: 'Lê Thị Hoa', birthDate: '1995-03-02' },
    ]);
  });

  it('names the bad line of a patients file without repeating its ID number', () => {
    const cases: [string, string][] = [
      ['03809000123,Nguyễn Văn An,1990-05-01', 'line 1: the ID number (CCCD) must be 12 digits'],
      ['038090001234,Nguyễn Văn An,01/05/1990', 'line 1: the birth date must be YYYY-MM-DD'],
      ['038090001234', 'line 1: expected idNumber,fullName,birthDate'],
      ['038090001234,An,1990-05-01,extra', 'line 1: expected idNumber,fullName,birthDate'],
    ];
    for (const [line, message] of cases) {
      const path = file('bad.csv', `${line}\n`);
      expect(() => readPatientsFile(path)).toThrow(message);
      try {
        readPatientsFile(path);
      } catch (error) {
        expect((error as Error).message).not.toMatch(/\d{11,12}/);
      }
    }
    expect(() => readPatientsFile(file('empty.csv', '# nobody\n'))).toThrow('holds no patients');
    expect(() => readPatientsFile(join(dir, 'missing.csv'))).toThrow('ENOENT');
  });

  it('builds the card-check call the gateway routes to BHYT', () => {
    expect(cardCheckUrl('http://127.0.0.1:8080/')).toBe(
      'http://127.0.0.1:8080/r1/VN/GOV/000.00.00.G02/BHYT/card-checks',
    );
    const patient = { idNumber: '038090001234', fullName: 'Nguyễn Văn An', birthDate: '1990-05-01' };
    expect(JSON.parse(cardCheckBody(patient, '38002'))).toEqual({ facilityCode: '38002', ...patient });
  });

  it('draws insured patients from the synthetic province: valid cards, no insurance defects', () => {
    const world = { provinceCode: '38', size: 600, seed: 7, referenceDate: '2023-09-15' };
    const patients = insuredPatients(world, 50);
    expect(patients).toHaveLength(50);
    for (const p of patients) {
      expect(p.insurance?.state).toBe('valid');
      expect(p.defects.filter((d) => d.sector === 'insurance')).toEqual([]);
    }
    // the same world gives the same people, so the BHYT seed of the same options knows them
    expect(insuredPatients(world, 50).map((p) => p.idNumber)).toEqual(patients.map((p) => p.idNumber));
  });
});
