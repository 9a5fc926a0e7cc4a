import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReportService } from '../report/report.service';

/** Old counter names kept for their users (the slice tests, dashboards). */
const ALIASES: Record<string, string> = { 'citizen.registered': 'citizens.registered' };

@ApiTags('Figures')
@Controller('v1/figures')
export class FigureController {
  constructor(private readonly reports: ReportService) {}

  /**
   * Every counter summed over all days: `<counter>` over all provinces and `<counter>.province.<code>` per province
   * (e.g. `citizens.registered`, `citizens.registered.province.038`).
   */
  @Get()
  async all(): Promise<Record<string, number>> {
    const figures: Record<string, number> = {};
    for (const { province, metric, value } of await this.reports.reader.totals()) {
      const name = ALIASES[metric] ?? metric;
      figures[name] = (figures[name] ?? 0) + value;
      figures[`${name}.province.${province}`] = value;
    }
    return Object.fromEntries(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b)));
  }
}
