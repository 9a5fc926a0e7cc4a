import { InvalidArgumentError } from 'commander';
import { MAX_PROVINCE_SIZE, normaliseProvinceCode } from '@d06/synthetic';

// Parsers for `d06 seed population` options: each returns the value or throws commander's InvalidArgumentError,
// which the command turns into exit code 2 with the message.

export function parseProvince(value: string): string {
  const code = normaliseProvinceCode(value);
  if (code === undefined) {
    throw new InvalidArgumentError('expected one of the 63 province codes, e.g. 38 or 038 (Thanh Hóa)');
  }
  return code;
}

export function parseSize(value: string): number {
  const size = wholeNumber(value.replace(/_/g, ''));
  if (size === undefined || size < 1 || size > MAX_PROVINCE_SIZE) {
    throw new InvalidArgumentError(`expected a number of citizens from 1 to ${MAX_PROVINCE_SIZE}`);
  }
  return size;
}

export function parseSeed(value: string): number {
  const seed = wholeNumber(value);
  if (seed === undefined || seed > 0xffffffff)
    throw new InvalidArgumentError('expected a whole number 0-4294967295');
  return seed;
}

export function parseSchema(value: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) {
    throw new InvalidArgumentError('expected 1-63 lower-case letters, digits and underscores');
  }
  return value;
}

export function parseReferenceDate(value: string): string {
  if (
    !/^20[0-9]{2}-[0-9]{2}-[0-9]{2}$/.test(value) ||
    value < '2001-01-01' ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new InvalidArgumentError('expected a date YYYY-MM-DD from 2001-01-01');
  }
  return value;
}

/**
 * The database to seed: `--database-url`, else DATABASE_URL. Undefined when neither is set: the embedded
 * database only lives inside a running `d06 up`, so seeding one from here would vanish with this process.
 */
export function databaseUrlFrom(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const url = option ?? env.DATABASE_URL;
  return url === undefined || url.trim() === '' ? undefined : url.trim();
}

export const DATABASE_URL_MISSING =
  'a PostgreSQL database is needed: pass --database-url postgres://… or set DATABASE_URL ' +
  '(the embedded database exists only inside a running `d06 up`, so it cannot be seeded from here)';

function wholeNumber(value: string): number | undefined {
  if (!/^[0-9]+$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}
