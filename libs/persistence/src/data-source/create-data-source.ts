import { DataSource, type DataSourceOptions, type LoggerOptions } from 'typeorm';
import { EmbeddedPostgres } from '../embedded/embedded-postgres';
import { migrateSchema } from './run-migrations';
import { assertSchemaName } from './schema-name';

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

export interface CreateDataSourceOptions {
  /** The service's own schema: its tables and its migrations table live here. */
  schema: string;
  entities: PostgresOptions['entities'];
  migrations: NonNullable<PostgresOptions['migrations']>;
  /** A PostgreSQL URL; without it, the process-wide embedded database (PGlite). */
  databaseUrl?: string;
  /** Connections in the pool; default 10, or 4 on the embedded database, which runs one query at a time anyway. */
  poolSize?: number;
  /** TypeORM logging; default warnings only, since failed-query logs print parameters (personal data). */
  logging?: LoggerOptions;
  /** Embedded database to use when there is no `databaseUrl`; default `EmbeddedPostgres.shared()`. */
  embedded?: EmbeddedPostgres;
}

/**
 * Connects a service to its schema and brings the schema up to date: creates it if missing and runs pending
 * migrations (`synchronize` stays off: the schema changes only through migrations).
 */
export async function createDataSource(options: CreateDataSourceOptions): Promise<DataSource> {
  assertSchemaName(options.schema);
  const embedded = options.databaseUrl === undefined;
  const url = embedded
    ? (await (options.embedded ?? EmbeddedPostgres.shared()).start()).url
    : options.databaseUrl;

  const dataSource = new DataSource({
    type: 'postgres',
    url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false, // run below, after the schema exists and under a lock
    synchronize: false,
    poolSize: options.poolSize ?? (embedded ? 4 : 10),
    applicationName: `d06:${options.schema}`,
    logging: options.logging ?? ['warn'],
  });
  await dataSource.initialize();
  try {
    await migrateSchema(dataSource, options.schema);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
