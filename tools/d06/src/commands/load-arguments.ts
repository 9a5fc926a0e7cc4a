import { readFileSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import type { Patient } from './load-lookup-request';

// Parsers for `d06 load lookup` options; a bad value throws InvalidArgumentError (exit code 2 with the message).

function wholeNumber(value: string, min: number, max: number, what: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= min && n <= max)) throw new InvalidArgumentError(`expected ${what} from ${min} to ${max}`);
  return n;
}

export const parseConnections = (value: string): number =>
  wholeNumber(value, 1, 10_000, 'a number of connections');

export const parseDuration = (value: string): number => wholeNumber(value, 1, 3_600, 'seconds');

export const parsePatientCount = (value: string): number =>
  wholeNumber(value, 1, 1_000_000, 'a number of patients');

export function parseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('expected the gateway base URL, e.g. http://127.0.0.1:8080');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InvalidArgumentError('expected an http(s) URL');
  return value.replace(/\/+$/, '');
}

export function parseFacility(value: string): string {
  if (!/^\d{5}$/.test(value))
    throw new InvalidArgumentError('expected the 5-digit facility code, e.g. 38001');
  return value;
}

/**
 * The patients to look up, one a line: `idNumber,fullName,birthDate` (a header line and `#` comments allowed).
 * Errors name the line, never the ID number on it (no personal ID number in any output).
 */
export function readPatientsFile(file: string): Patient[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InvalidArgumentError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const patients: Patient[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || (index === 0 && /^id/i.test(line))) return;
    const [idNumber = '', fullName = '', birthDate = '', ...rest] = line
      .split(',')
      .map((cell) => cell.trim());
    const where = `${file} line ${index + 1}`;
    if (rest.length > 0 || fullName === '')
      throw new InvalidArgumentError(`${where}: expected idNumber,fullName,birthDate`);
    if (!/^\d{12}$/.test(idNumber))
      throw new InvalidArgumentError(`${where}: the ID number (CCCD) must be 12 digits`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || Number.isNaN(Date.parse(birthDate)))
      throw new InvalidArgumentError(`${where}: the birth date must be YYYY-MM-DD`);
    patients.push({ idNumber, fullName, birthDate });
  });
  if (patients.length === 0) throw new InvalidArgumentError(`${file} holds no patients`);
  return patients;
}
