import { Inject, Injectable } from '@nestjs/common';
import { RequestValidationError } from '@d06/platform';
import { DataSource } from 'typeorm';
import { METRICS_CONFIG } from '../config/metrics-config.token';
import type { MetricsConfig } from '../config/metrics.config';
import type { OpeningBalancesRequest } from '../report/report.requests';
import { OPENING_FIGURES } from './opening-figures';

const KNOWN = new Set(OPENING_FIGURES);

/** Opening balances: set (merged, or replacing the province's) in one transaction, read per province. */
@Injectable()
export class OpeningBalanceService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(METRICS_CONFIG) private readonly config: MetricsConfig,
  ) {}

  private get table(): string {
    return `"${this.config.DB_SCHEMA}"."opening_balances"`;
  }

  async set(raw: OpeningBalancesRequest): Promise<Record<string, number>> {
    // `healthInsurance.lookups.total.cumulative` and `healthInsurance.lookups.total` name the same figure
    const request = {
      ...raw,
      figures: Object.fromEntries(
        Object.entries(raw.figures).map(([f, v]) => [f.replace(/\.cumulative$/, ''), v]),
      ),
    };
    const unknown = Object.keys(request.figures).filter((figure) => !KNOWN.has(figure));
    if (unknown.length > 0)
      throw this.invalid(
        unknown.map((f) => ({ field: `figures.${f}`, message: 'not a cumulative report figure' })),
      );
    const negative = Object.entries(request.figures).filter(([, value]) => value < 0);
    if (negative.length > 0)
      throw this.invalid(negative.map(([f]) => ({ field: `figures.${f}`, message: 'must not be negative' })));
    await this.dataSource.transaction(async (manager) => {
      if (request.replace)
        await manager.query(`DELETE FROM ${this.table} WHERE province = $1`, [request.province]);
      const entries = Object.entries(request.figures);
      await manager.query(
        `INSERT INTO ${this.table} (province, figure, value, updated_at) ` +
          `SELECT $1, * , now() FROM unnest($2::varchar[], $3::numeric[]) ` +
          `ON CONFLICT (province, figure) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [request.province, entries.map(([f]) => f), entries.map(([, v]) => String(v))],
      );
    });
    return this.get(request.province);
  }

  async get(province: string): Promise<Record<string, number>> {
    const rows = (await this.dataSource.manager.query<unknown[]>(
      `SELECT figure, value::text AS value FROM ${this.table} WHERE province = $1 ORDER BY figure`,
      [province],
    )) as { figure: string; value: string }[];
    return Object.fromEntries(rows.map((row) => [row.figure, Number(row.value)]));
  }

  private invalid(errors: { field: string; message: string }[]): Error {
    return new RequestValidationError('VALIDATION_FAILED', {
      detail: errors.map((e) => `${e.field} ${e.message}`).join('; '),
      errors,
    });
  }
}
