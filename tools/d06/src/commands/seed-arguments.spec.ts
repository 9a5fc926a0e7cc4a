import { InvalidArgumentError } from 'commander';
import {
  databaseUrlFrom,
  parseProvince,
  parseReferenceDate,
  parseSchema,
  parseSeed,
  parseSize,
} from './seed-arguments';

describe('d06 seed population arguments', () => {
  it('accepts a province as 38 or 038 and refuses codes that are not provinces', () => {
    expect(parseProvince('38')).toBe('038');
    expect(parseProvince('038')).toBe('038');
    expect(parseProvince('1')).toBe('001');
    expect(() => parseProvince('39')).toThrow(InvalidArgumentError);
    expect(() => parseProvince('thanh-hoa')).toThrow('63 province codes');
  });

  it('takes sizes and seeds as whole numbers in range', () => {
    expect(parseSize('3600000')).toBe(3_600_000);
    expect(parseSize('3_600_000')).toBe(3_600_000);
    expect(() => parseSize('0')).toThrow('number of citizens');
    expect(() => parseSize('1e6')).toThrow(InvalidArgumentError);
    expect(() => parseSize('99999999')).toThrow(InvalidArgumentError);
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed('4294967295')).toBe(4_294_967_295);
    expect(() => parseSeed('-1')).toThrow(InvalidArgumentError);
    expect(() => parseSeed('4294967296')).toThrow(InvalidArgumentError);
  });

  it('checks schema names and reference dates', () => {
    expect(parseSchema('population')).toBe('population');
    expect(() => parseSchema('Population')).toThrow(InvalidArgumentError);
    expect(() => parseSchema('a;drop')).toThrow(InvalidArgumentError);
    expect(parseReferenceDate('2024-09-15')).toBe('2024-09-15');
    expect(() => parseReferenceDate('1999-12-31')).toThrow(InvalidArgumentError);
    expect(() => parseReferenceDate('2024-13-01')).toThrow(InvalidArgumentError);
  });

  it('takes the database from --database-url, else DATABASE_URL, else nothing', () => {
    expect(databaseUrlFrom('postgres://a', { DATABASE_URL: 'postgres://b' })).toBe('postgres://a');
    expect(databaseUrlFrom(undefined, { DATABASE_URL: 'postgres://b' })).toBe('postgres://b');
    expect(databaseUrlFrom(undefined, { DATABASE_URL: ' ' })).toBeUndefined();
    expect(databaseUrlFrom(undefined, {})).toBeUndefined();
  });
});
