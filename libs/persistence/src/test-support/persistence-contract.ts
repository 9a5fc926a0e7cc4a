// The behaviour createDataSource must show on any PostgreSQL: run by the embedded (PGlite) spec and by the
// integration spec on a real server, so both adapters are held to the same assertions.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'pg';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createDataSource, type CreateDataSourceOptions } from '../data-source/create-data-source';
import { qualifiedName } from '../data-source/schema-name';
import { databaseReady } from '../health/database-ready';
import { assertMigrationsCoverEntities } from '../schema/assert-migrations-cover-entities';
import { MissingMigrationError } from '../schema/missing-migration.error';
import { Citizen, CitizenWithBirthDate, Counter, entities, migrations } from './citizen.fixtures';
import { uniqueSchema } from './unique-schema';

export type Connection = Pick<CreateDataSourceOptions, 'databaseUrl' | 'embedded'>;

class FailingMigration1700000000002 implements MigrationInterface {
  name = 'FailingMigration1700000000002';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO ${qualifiedName(queryRunner, 'no_such_table')} VALUES (1)`);
  }
  async down(): Promise<void> {}
}

export function persistenceContract(connection: () => Connection): void {
  const open: DataSource[] = [];
  const schemas: string[] = [];

  async function connect(overrides: Partial<CreateDataSourceOptions> = {}): Promise<DataSource> {
    const schema = overrides.schema ?? uniqueSchema('persistence');
    if (!schemas.includes(schema)) schemas.push(schema);
    const dataSource = await createDataSource({
      schema,
      entities,
      migrations,
      ...connection(),
      ...overrides,
    });
    open.push(dataSource);
    return dataSource;
  }

  async function tablesIn(dataSource: DataSource, schema: string): Promise<string[]> {
    const rows = await dataSource.query<{ table_name: string }[]>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    );
    return rows.map((row) => row.table_name);
  }

  afterAll(async () => {
    const live = open.filter((dataSource) => dataSource.isInitialized);
    // Leave a shared database as it was found.
    const cleaner = live.at(0);
    for (const schema of cleaner ? schemas : []) {
      await cleaner?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
    await Promise.all(live.map((dataSource) => dataSource.destroy()));
  });

  it('creates the service tables and its migrations table inside the service schema', async () => {
    const schema = uniqueSchema('svc');
    const dataSource = await connect({ schema });

    expect(await tablesIn(dataSource, schema)).toEqual(['citizen', 'counter', 'migrations']);
    const applied = await dataSource.query<{ name: string }[]>(
      `SELECT name FROM "${schema}".migrations ORDER BY id`,
    );
    expect(applied.map((row) => row.name)).toEqual([
      'CreateCitizen1700000000000',
      'CreateCounter1700000000001',
    ]);
    expect(dataSource.options.synchronize).toBe(false);
  });

  it('applies nothing the second time and keeps the data', async () => {
    const schema = uniqueSchema('again');
    const first = await connect({ schema });
    await first.getRepository(Citizen).insert({ idNumber: '001234567890', fullName: 'Nguyễn Văn A' });

    const second = await connect({ schema });

    expect(await second.getRepository(Citizen).count()).toBe(1);
    const applied = await second.query<{ count: string }[]>(
      `SELECT count(*) AS count FROM "${schema}".migrations`,
    );
    expect(applied[0]?.count).toBe('2');
  });

  it('keeps two service schemas apart in one database', async () => {
    const [population, bhyt] = [uniqueSchema('population'), uniqueSchema('bhyt')];
    const populationDb = await connect({ schema: population });
    const bhytDb = await connect({ schema: bhyt });

    await populationDb.getRepository(Citizen).insert({ idNumber: '079123456789', fullName: 'Trần Thị B' });
    await bhytDb.getRepository(Citizen).insert([
      { idNumber: '001111111111', fullName: 'Lê Văn C' },
      { idNumber: '001222222222', fullName: 'Phạm Thị D' },
    ]);

    expect(await populationDb.getRepository(Citizen).count()).toBe(1);
    expect(await bhytDb.getRepository(Citizen).count()).toBe(2);
    const names = await populationDb.query<{ full_name: string }[]>(
      `SELECT full_name FROM "${bhyt}".citizen ORDER BY 1`,
    );
    expect(names.map((row) => row.full_name)).toEqual(['Lê Văn C', 'Phạm Thị D']);
  });

  it('runs concurrent transactions on several pooled connections without losing an update', async () => {
    const dataSource = await connect({ poolSize: 4 });
    await dataSource.getRepository(Counter).insert({ name: 'dossiers', value: 0 });

    const workers = Array.from({ length: 24 }, (_, i) =>
      dataSource.transaction(async (manager) => {
        const [row] = await manager.query<{ value: number }[]>(
          `SELECT value FROM ${manager.connection.getMetadata(Counter).tablePath} WHERE name = $1 FOR UPDATE`,
          ['dossiers'],
        );
        await sleep(2); // hold the transaction open so the others queue up behind it
        await manager.getRepository(Counter).update({ name: 'dossiers' }, { value: row.value + 1 });
        await manager
          .getRepository(Citizen)
          .insert({ idNumber: String(i).padStart(12, '0'), fullName: `C ${i}` });
        if (i % 6 === 5) throw new Error(`abort ${i}`); // these roll back: neither the increment nor the insert stays
      }),
    );
    const results = await Promise.allSettled(workers);

    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    expect(await dataSource.getRepository(Counter).findOneByOrFail({ name: 'dossiers' })).toEqual({
      name: 'dossiers',
      value: 20,
    });
    const ids = (await dataSource.getRepository(Citizen).find({ order: { idNumber: 'ASC' } })).map(
      (c) => c.idNumber,
    );
    expect(ids).toHaveLength(20);
    expect(ids).not.toContain('000000000005');
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    expect(pool.totalCount).toBeGreaterThan(1);
  });

  it('answers distinct parameterised statements from many connections with their own results', async () => {
    const dataSource = await connect({ poolSize: 4 });

    const answers = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const [row] = await dataSource.query<{ n: number; k: number; s: string }[]>(
          `SELECT $1::int AS n, ${i} AS k, $2::text AS s`,
          [i * 3, `v${i}`],
        );
        return row.n === i * 3 && row.k === i && row.s === `v${i}`;
      }),
    );

    expect(answers.filter((ok) => !ok)).toHaveLength(0);
  });

  it('rolls back every migration of a failed run', async () => {
    const schema = uniqueSchema('failed');
    const typeormLog = jest.spyOn(console, 'log').mockImplementation(() => undefined); // TypeORM reports the failure
    await expect(
      connect({ schema, migrations: [...migrations, FailingMigration1700000000002] }),
    ).rejects.toThrow(/no_such_table/);
    typeormLog.mockRestore();

    const checker = await connect({ schema: uniqueSchema('checker') });
    expect(await tablesIn(checker, schema)).toEqual(['migrations']);
    const applied = await checker.query<unknown[]>(`SELECT * FROM "${schema}".migrations`);
    expect(applied).toEqual([]);
  });

  it('passes the migration check when the migrations match the entities', async () => {
    const dataSource = await connect();

    await expect(assertMigrationsCoverEntities(dataSource)).resolves.toBeUndefined();
  });

  it('fails the migration check naming the column an entity gained without a migration', async () => {
    const schema = uniqueSchema('drift');
    const dataSource = await connect({ schema, entities: [CitizenWithBirthDate, Counter] });

    const error = await assertMigrationsCoverEntities(dataSource).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(MissingMigrationError);
    expect((error as MissingMigrationError).statements).toEqual([
      `ALTER TABLE "${schema}"."citizen" ADD "birth_date" date NOT NULL`,
    ]);
    expect((error as Error).message).toContain('"birth_date" date NOT NULL');
  });

  it('reports readiness while connected and not after closing', async () => {
    const dataSource = await connect();

    expect(await databaseReady(dataSource)).toBe(true);
    await dataSource.destroy();
    expect(await databaseReady(dataSource)).toBe(false);
  });
}
