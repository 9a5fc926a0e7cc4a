import { MigrationExecutor, type DataSource, type Migration } from 'typeorm';
import { quoteIdentifier } from './schema-name';

/**
 * Creates the schema if needed and runs pending migrations in one transaction. A session advisory lock keyed on
 * the schema serialises replicas of the same service starting together, so only one of them migrates.
 */
export async function migrateSchema(dataSource: DataSource, schema: string): Promise<Migration[]> {
  const queryRunner = dataSource.createQueryRunner('master');
  await queryRunner.connect();
  const lockKey = `d06:migrations:${schema}`;
  try {
    await queryRunner.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    try {
      await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
      const executor = new MigrationExecutor(dataSource, queryRunner);
      executor.transaction = 'all';
      return await executor.executePendingMigrations();
    } finally {
      await queryRunner.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
    }
  } finally {
    await queryRunner.release();
  }
}
