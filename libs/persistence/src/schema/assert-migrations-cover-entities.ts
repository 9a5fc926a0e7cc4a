import type { DataSource } from 'typeorm';
import { MissingMigrationError } from './missing-migration.error';

/**
 * The CI check that an entity change came with its migration: after migrations have run, asks TypeORM's schema
 * builder what SQL it would still need to make the database match the entities, and throws if anything remains.
 */
export async function assertMigrationsCoverEntities(dataSource: DataSource): Promise<void> {
  const pending = await dataSource.driver.createSchemaBuilder().log();
  const statements = pending.upQueries.map((query) => query.query.trim());
  if (statements.length > 0) {
    const { schema } = dataSource.options as { schema?: string };
    throw new MissingMigrationError(schema ?? '(default)', statements);
  }
}
