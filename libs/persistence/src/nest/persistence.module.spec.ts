import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource, type MigrationInterface } from 'typeorm';
import { EmbeddedPostgres } from '../embedded/embedded-postgres';
import { databaseReady } from '../health/database-ready';
import { Citizen, entities, migrations } from '../test-support/citizen.fixtures';
import { uniqueSchema } from '../test-support/unique-schema';
import { PersistenceModule } from './persistence.module';

jest.setTimeout(60_000);

@Injectable()
class CitizenDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async register(idNumber: string, fullName: string): Promise<number> {
    await this.dataSource.getRepository(Citizen).insert({ idNumber, fullName });
    return this.dataSource.getRepository(Citizen).count();
  }
}

// A feature module that does not import PersistenceModule: the DataSource reaches it because the module is global.
@Module({ providers: [CitizenDirectory], exports: [CitizenDirectory] })
class CitizenModule {}

describe('PersistenceModule', () => {
  const embedded = new EmbeddedPostgres();

  afterAll(async () => {
    await embedded.stop();
  });

  it('provides the migrated DataSource to feature modules and closes it on shutdown', async () => {
    const schema = uniqueSchema('nest');
    const moduleRef = await Test.createTestingModule({
      imports: [PersistenceModule.forRoot({ schema, entities, migrations, embedded }), CitizenModule],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();

    const dataSource = app.get(DataSource);
    expect(dataSource.isInitialized).toBe(true);
    expect(dataSource.options).toMatchObject({ schema, synchronize: false });
    expect(await app.get(CitizenDirectory).register('001234567890', 'Nguyễn Văn A')).toBe(1);
    expect(await databaseReady(dataSource)).toBe(true);

    await app.close();

    expect(dataSource.isInitialized).toBe(false);
    expect(await databaseReady(dataSource)).toBe(false);
  });

  it('fails to start when migrations fail, instead of serving an unmigrated schema', async () => {
    class Broken1700000000000 implements MigrationInterface {
      name = 'Broken1700000000000';
      up(): Promise<void> {
        return Promise.reject(new Error('migration exploded'));
      }
      down(): Promise<void> {
        return Promise.resolve();
      }
    }
    const typeormLog = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await expect(
        Test.createTestingModule({
          imports: [
            PersistenceModule.forRoot({
              schema: uniqueSchema('broken'),
              entities,
              migrations: [Broken1700000000000],
              embedded,
            }),
          ],
        }).compile(),
      ).rejects.toThrow('migration exploded');
    } finally {
      typeormLog.mockRestore();
    }
  });
});
