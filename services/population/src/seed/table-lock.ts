import { quoteIdentifier } from '@d06/persistence';
import type { ClientBase } from 'pg';
import { SeedError } from './seed.errors';
import type { SeedTable } from './seed-rows';

export function qualified(schema: string, table: SeedTable): string {
  return `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
}

/**
 * Inside the caller's transaction: locks the citizens table, refuses to go on if it holds anyone (unless
 * `replace`), and empties it. The lock makes the check and the truncation one step for other sessions.
 */
export async function claimCitizens(client: ClientBase, schema: string, replace: boolean): Promise<void> {
  const table = qualified(schema, 'citizens');
  await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  const { rows } = await client.query<{ seeded: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${table}) AS seeded`,
  );
  if (rows[0].seeded && !replace) {
    throw new SeedError(
      'ALREADY_SEEDED',
      `schema "${schema}" already has citizens; seed another schema or replace them (--replace)`,
    );
  }
  await client.query(`TRUNCATE ${table}`);
}
