import { Module, type DynamicModule } from '@nestjs/common';
import { MESSAGING_ENTITIES } from '@d06/messaging';
import { ServiceFoundationModule } from '@d06/service-kit';
import { METRICS_CONFIG } from './config/metrics-config.token';
import type { MetricsConfig } from './config/metrics.config';
import { FigureController } from './figures/figure.controller';
import { FigureGauges } from './figures/figure-gauges';
import { FigureProjection } from './ingest/figure-projection';
import { METRICS_MIGRATIONS } from './migrations';
import { OpeningBalanceController } from './opening-balances/opening-balance.controller';
import { OpeningBalanceService } from './opening-balances/opening-balance.service';
import { ReportController } from './report/report.controller';
import { ReportService } from './report/report.service';
import { STORE_ENTITIES } from './store';

export const METRICS_ENTITIES = [...STORE_ENTITIES, ...MESSAGING_ENTITIES];

/** The metrics service: report figures built from events alone. */
@Module({})
export class MetricsModule {
  static forRoot(config: MetricsConfig): DynamicModule {
    return {
      module: MetricsModule,
      imports: [
        ServiceFoundationModule.forRoot({
          name: 'metrics',
          config,
          configToken: METRICS_CONFIG,
          entities: METRICS_ENTITIES,
          migrations: METRICS_MIGRATIONS,
          // metrics consumes only: positions are stored with its counts, it publishes nothing
          outbox: false,
        }),
      ],
      controllers: [FigureController, ReportController, OpeningBalanceController],
      providers: [FigureProjection, ReportService, OpeningBalanceService, FigureGauges],
    };
  }
}
