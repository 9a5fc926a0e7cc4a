import type { ClientBase } from 'pg';

/** Memory for the rebuild's sorts: the default 64 MB spills a province's keys to disk. */
const REBUILD_MAINTENANCE_WORK_MEM = '512MB';

/**
 * For a bulk load into a table emptied earlier in the same transaction: drops the table's indexes — primary key
 * and unique constraints included, unless a foreign key leans on them — and returns what builds them again, to be
 * awaited before that transaction commits. Loading millions of rows with random keys into live B-trees costs
 * about twice as much as loading them bare and building each index once by sorting. Other sessions never see the
 * table without its indexes: TRUNCATE's lock holds until the commit, and a failure rolls the drops back with the
 * load.
 */
export async function deferIndexes(client: ClientBase, table: string): Promise<() => Promise<void>> {
  const { rows: constraints } = await client.query<{ name: string; definition: string }>(
    `SELECT quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
      WHERE c.conrelid = $1::regclass AND c.contype IN ('p', 'u')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)`,
    [table],
  );
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [table],
  );
  for (const { name } of constraints) await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
  for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);
  return async () => {
    await client.query(`SET LOCAL maintenance_work_mem = '${REBUILD_MAINTENANCE_WORK_MEM}'`);
    for (const { name, definition } of constraints)
      await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${definition}`);
    for (const { definition } of indexes) await client.query(definition);
  };
}
