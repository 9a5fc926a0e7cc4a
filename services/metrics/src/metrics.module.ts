import { Module, type DynamicModule } from '@nestjs/common';
import { MESSAGING_ENTITIES } from '@d06/messaging';
import { ServiceFoundationModule } from '@d06/service-kit';
import { METRICS_CONFIG } from './config/metrics-config.token';
import type { MetricsConfig } from './config/metrics.config';
import { FigureController } from './figures/figure.controller';
import { Figure } from './figures/figure.entity';
import { FigureProjection } from './figures/figure-projection';
import { METRICS_MIGRATIONS } from './migrations';

export const METRICS_ENTITIES = [Figure, ...MESSAGING_ENTITIES];

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
      controllers: [FigureController],
      providers: [FigureProjection],
    };
  }
}
