// writeTogether on any PostgreSQL: run by the embedded (PGlite) spec and by the integration spec on a real server.
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source/create-data-source';
import { insertOf, writeTogether } from '../statements/write-together';
import { Citizen, Counter, entities, migrations } from './citizen.fixtures';
import type { Connection } from './persistence-contract';
import { uniqueSchema } from './unique-schema';

export function writeTogetherContract(connection: () => Connection): void {
  let dataSource: DataSource;
  const schema = uniqueSchema('together');

  beforeAll(async () => {
    dataSource = await createDataSource({ schema, entities, migrations, ...connection() });
  });

  afterAll(async () => {
    await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource.destroy();
  });

  const insertCitizen = (idNumber: string, fullName: string) =>
    dataSource.createQueryBuilder().insert().into(Citizen).values({ idNumber, fullName }).updateEntity(false);

  it('applies an update and inserts into two tables as one statement, each value in its own place', async () => {
    await dataSource.getRepository(Citizen).insert({ idNumber: '001000000001', fullName: 'Trần Thị B' });
    const queries: string[] = [];
    const query = dataSource.query.bind(dataSource);
    const spy = jest
      .spyOn(dataSource.manager, 'query')
      .mockImplementation((sql: string, parameters?: unknown[]) => {
        queries.push(sql);
        return query(sql, parameters);
      });

    await writeTogether(dataSource.manager, [
      dataSource
        .createQueryBuilder()
        .update(Citizen)
        .set({ visits: 7, fullName: 'Trần Thị Bích' })
        .where({ idNumber: '001000000001' })
        .updateEntity(false),
      insertCitizen('001000000002', 'Lê Văn C'),
      dataSource.createQueryBuilder().insert().into(Counter).values({ name: 'dossiers', value: 41 }),
    ]);
    spy.mockRestore();

    expect(queries).toHaveLength(1);
    const citizens = await dataSource.getRepository(Citizen).find({ order: { idNumber: 'ASC' } });
    expect(citizens.map(({ idNumber, fullName, visits }) => ({ idNumber, fullName, visits }))).toEqual([
      { idNumber: '001000000001', fullName: 'Trần Thị Bích', visits: 7 },
      { idNumber: '001000000002', fullName: 'Lê Văn C', visits: 0 },
    ]);
    expect(await dataSource.getRepository(Counter).findOneBy({ name: 'dossiers' })).toEqual({
      name: 'dossiers',
      value: 41,
    });
  });

  it('writes nothing when one of the writes fails', async () => {
    await expect(
      writeTogether(dataSource.manager, [
        insertCitizen('001000000003', 'Phạm Văn D'),
        dataSource.createQueryBuilder().insert().into(Counter).values({ name: 'births', value: 1 }),
        insertCitizen('001000000001', 'a second row with a taken ID number'),
      ]),
    ).rejects.toThrow(/duplicate key/);

    expect(await dataSource.getRepository(Citizen).findOneBy({ idNumber: '001000000003' })).toBeNull();
    expect(await dataSource.getRepository(Counter).findOneBy({ name: 'births' })).toBeNull();
  });

  it('inserts many rows as the query builder would: defaults where a row has no value, raw expressions', async () => {
    const before = new Date();
    await writeTogether(dataSource.manager, [
      insertOf(dataSource.manager, Citizen, [
        { idNumber: '001000000011', fullName: 'Một', visits: 3 },
        { idNumber: '001000000012', fullName: "O'Brien Hai" },
        { idNumber: '001000000013', fullName: 'Ba', visits: () => '2 + 2' },
      ]),
      insertOf(dataSource.manager, Counter, { name: 'rows', value: 3 }),
    ]);
    const rows = await dataSource.getRepository(Citizen).find({
      where: [{ idNumber: '001000000011' }, { idNumber: '001000000012' }, { idNumber: '001000000013' }],
    });
    expect(
      rows.sort((a, b) => a.idNumber.localeCompare(b.idNumber)).map((r) => [r.fullName, r.visits]),
    ).toEqual([
      ['Một', 3],
      ["O'Brien Hai", 0],
      ['Ba', 4],
    ]);
    // the column's own default: the statement's time
    expect(rows.every((row) => row.createdAt.getTime() >= before.getTime() - 60_000)).toBe(true);
    expect(await dataSource.getRepository(Counter).findOneBy({ name: 'rows' })).toEqual({
      name: 'rows',
      value: 3,
    });
  });
}
