import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { METRICS_CONFIG } from '../config/metrics-config.token';
import type { MetricsConfig } from '../config/metrics.config';
import { MetricsError } from '../metrics.errors';
import { FigureReader } from '../store/figure-reader';
import { monthPeriod, periodContaining, rangePeriod, type ReportPeriod } from './period';
import { buildReport } from './report-builder';
import type { ReportQuery } from './report.requests';
import type { D06Report } from './report.types';

/** Resolves a report request (defaults: the province and month with the latest data) and builds the report. */
@Injectable()
export class ReportService {
  readonly reader: FigureReader;

  constructor(
    dataSource: DataSource,
    @Inject(METRICS_CONFIG) private readonly config: MetricsConfig,
  ) {
    this.reader = new FigureReader(dataSource, config.DB_SCHEMA);
  }

  async report(query: ReportQuery): Promise<D06Report> {
    const startDay = query.startDay ?? this.config.METRICS_PERIOD_START_DAY;
    let province = query.province;
    let period: ReportPeriod;
    if (query.from !== undefined && query.to !== undefined) {
      period = this.safely(() => rangePeriod(query.from!, query.to!));
    } else if (query.period !== undefined && province !== undefined) {
      period = this.safely(() => monthPeriod(query.period!, startDay));
    } else {
      const latest = await this.reader.lastDay(province);
      if (!latest)
        throw new MetricsError('NO_DATA', {
          detail: province ? `no event counted for province ${province}` : 'no event counted yet',
        });
      province = latest.province;
      period = this.safely(() =>
        monthPeriod(query.period ?? periodContaining(latest.day, startDay), startDay),
      );
    }
    if (province === undefined) {
      const latest = await this.reader.lastDay();
      if (!latest) throw new MetricsError('NO_DATA', { detail: 'no event counted yet' });
      province = latest.province;
    }
    return buildReport(this.reader, {
      province,
      period,
      commune: query.commune,
      trace: query.trace !== 'false',
    });
  }

  private safely(make: () => ReportPeriod): ReportPeriod {
    try {
      return make();
    } catch (error) {
      throw new MetricsError('INVALID_PERIOD', {
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
