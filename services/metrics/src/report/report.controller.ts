import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodValidationPipe } from '@d06/platform';
import { MetricsError } from '../metrics.errors';
import { CONTENT_TYPES, formatFromAccept, renderReport } from './formats/render-report';
import { REPORT_FORMATS, reportQuery, type ReportQuery } from './report.requests';
import { ReportService } from './report.service';

@ApiTags('Reports')
@Controller('v1/reports')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  /**
   * The Đề án 06 report of a province for a period (`d06-report/v1`, the structure of the Thanh Hóa reference
   * report, with a `trace` of the events behind each figure) as JSON, CSV, XLSX, DOCX or HTML: `?format=` or the
   * Accept header. Without province/period: the province and month with the latest counted events.
   */
  @Get()
  @ApiProduces(...Object.values(CONTENT_TYPES).map((type) => type.split(';')[0]))
  @ApiQuery({ name: 'province', required: false, description: '2- or 3-digit province code (38 or 038)' })
  @ApiQuery({ name: 'period', required: false, description: 'month YYYY-MM (see startDay)' })
  @ApiQuery({ name: 'from', required: false, description: 'first day of any range, YYYY-MM-DD (with to)' })
  @ApiQuery({ name: 'to', required: false, description: 'last day of the range, YYYY-MM-DD' })
  @ApiQuery({
    name: 'startDay',
    required: false,
    description: 'first day of a month period, 1–28 (default METRICS_PERIOD_START_DAY)',
  })
  @ApiQuery({
    name: 'commune',
    required: false,
    description: '5-digit commune code: figures of events that carried it',
  })
  @ApiQuery({ name: 'format', required: false, enum: [...REPORT_FORMATS] })
  @ApiQuery({ name: 'trace', required: false, enum: ['true', 'false'] })
  async report(
    @Query(new ZodValidationPipe(reportQuery)) query: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const format = query.format ?? formatFromAccept(accept);
    if (format === undefined)
      throw new MetricsError('NOT_ACCEPTABLE', {
        detail: `Accept names none of ${REPORT_FORMATS.join(', ')}`,
      });
    const report = await this.reports.report(query);
    const body = await renderReport(report, format);
    const name = `d06-report-${report.province.idNumberPrefix}-${report.period.from}-${report.period.to}.${format}`;
    response.status(200).type(CONTENT_TYPES[format]);
    if (format !== 'json' && format !== 'html') response.attachment(name);
    response.send(body);
  }
}
