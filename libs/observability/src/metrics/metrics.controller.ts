import { Controller, Get, Header } from '@nestjs/common';
import { metricsRegistry } from './metrics-registry';

/** Prometheus scrape endpoint, in the text exposition format. */
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  @Header('Cache-Control', 'no-store')
  scrape(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
