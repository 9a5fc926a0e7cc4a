import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createDataSource } from '@d06/persistence';
import { CLOCK, type Clock } from '@d06/platform';
import type { DataSource } from 'typeorm';
import type { SocialSecurityConfig } from '../config/social-security.config';
import { BankRailController } from './bank-rail.controller';
import { BANK_RAIL } from './bank-rail.port';
import { RAIL_ENTITIES, RAIL_MIGRATIONS } from './rail-schema';
import { railSettingsOf } from './rail-settings';
import { SimulatedBankRail } from './simulated-bank-rail';

/** The simulated bank's own database connection (its ledger schema): Nest token. */
export const BANK_RAIL_LEDGER = Symbol('BANK_RAIL_LEDGER');

@Injectable()
class LedgerCloser implements OnApplicationShutdown {
  constructor(@Inject(BANK_RAIL_LEDGER) private readonly ledger: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.ledger.isInitialized) await this.ledger.destroy();
  }
}

/**
 * The bank rail behind its port (BANK_RAIL): here the simulated bank, with its ledger in a schema of its own on
 * its own connection, so nothing the service does in its transactions can undo what the bank booked.
 */
@Module({})
export class BankRailModule {
  static forRoot(config: SocialSecurityConfig): DynamicModule {
    return {
      module: BankRailModule,
      global: true,
      controllers: [BankRailController],
      providers: [
        {
          provide: BANK_RAIL_LEDGER,
          useFactory: () =>
            createDataSource({
              schema: config.railSchema,
              databaseUrl: config.DATABASE_URL,
              entities: RAIL_ENTITIES,
              migrations: RAIL_MIGRATIONS,
              poolSize: 4,
            }),
        },
        {
          provide: SimulatedBankRail,
          inject: [BANK_RAIL_LEDGER, CLOCK],
          useFactory: (ledger: DataSource, clock: Clock) =>
            new SimulatedBankRail(ledger, clock, railSettingsOf(config)),
        },
        { provide: BANK_RAIL, useExisting: SimulatedBankRail },
        LedgerCloser,
      ],
      exports: [BANK_RAIL, SimulatedBankRail, BANK_RAIL_LEDGER],
    };
  }
}
