import { Module, type DynamicModule } from '@nestjs/common';
import { databaseReady } from '@d06/persistence';
import type { Clock } from '@d06/platform';
import { ServiceFoundationModule } from '@d06/service-kit';
import type { DataSource } from 'typeorm';
import { BANK_RAIL_LEDGER, BankRailModule } from './bank-rail/bank-rail.module';
import { SSA_CONFIG } from './config/social-security-config.token';
import type { SocialSecurityConfig } from './config/social-security.config';
import { DisbursementModule } from './disbursement.module';
import { SOCIAL_SECURITY_MIGRATIONS } from './migrations';
import { SOCIAL_SECURITY_ENTITIES } from './social-security.entities';

export interface SocialSecurityOptions {
  /** Business time; the system clock unless a simulation shares its virtual clock (reversals follow it). */
  readonly clock?: Clock;
}

/** Social-security (ASXH) non-cash payments: beneficiaries, accounts, batches, funeral allowances, the bank rail. */
@Module({})
export class SocialSecurityModule {
  static forRoot(config: SocialSecurityConfig, options: SocialSecurityOptions = {}): DynamicModule {
    return {
      module: SocialSecurityModule,
      imports: [
        ServiceFoundationModule.forRoot({
          name: 'social-security',
          config,
          configToken: SSA_CONFIG,
          entities: SOCIAL_SECURITY_ENTITIES,
          migrations: SOCIAL_SECURITY_MIGRATIONS,
          clock: options.clock,
          readiness: {
            inject: [BANK_RAIL_LEDGER],
            useFactory: (ledger: DataSource) => [{ name: 'bank-rail', check: () => databaseReady(ledger) }],
          },
        }),
        BankRailModule.forRoot(config),
        DisbursementModule,
      ],
    };
  }
}
