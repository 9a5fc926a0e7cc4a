import {
  assertMigrationsCoverEntities,
  createDataSource,
  EmbeddedPostgres,
  type CreateDataSourceOptions,
} from '@d06/persistence';

/**
 * A service's migration check: on an empty schema its migrations must build exactly the tables its entities
 * describe, so an entity change without a migration fails the build.
 */
export function describeMigrations(
  service: string,
  schema: Pick<CreateDataSourceOptions, 'entities' | 'migrations'>,
  expectedTables: readonly string[],
): void {
  describe(`${service} migrations`, () => {
    const schemaName = `${service.replace(/\W/g, '_')}_migrations`;

    afterAll(() => EmbeddedPostgres.shared().stop());

    it('build exactly the schema the entities describe', async () => {
      const dataSource = await createDataSource({ schema: schemaName, ...schema });
      try {
        await expect(assertMigrationsCoverEntities(dataSource)).resolves.toBeUndefined();
        const tables = await dataSource.query<{ table_name: string }[]>(
          'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1',
          [schemaName],
        );
        expect(tables.map((t) => t.table_name)).toEqual([...expectedTables].sort());
      } finally {
        await dataSource.destroy();
      }
    }, 60_000);
  });
}
