import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource, type CreateDataSourceOptions } from '../data-source/create-data-source';

/** Closes the service's DataSource last, after consumers and HTTP have stopped (onApplicationShutdown). */
@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * Gives a service its migrated DataSource, injectable as `DataSource` anywhere in the app:
 *   PersistenceModule.forRoot({ schema: 'population', entities, migrations, databaseUrl: env.DATABASE_URL })
 */
@Module({})
export class PersistenceModule {
  static forRoot(options: CreateDataSourceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      providers: [{ provide: DataSource, useFactory: () => createDataSource(options) }, DataSourceCloser],
      exports: [DataSource],
    };
  }
}
