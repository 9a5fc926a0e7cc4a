import type { DataSource } from 'typeorm';

export const BEGINNING = '0001-01-01';

export interface Snapshot {
  readonly effectiveDay: string;
  readonly occurredAt: string;
  readonly payload: Record<string, unknown>;
}

export interface FacilityState {
  readonly facilityCode: string;
  readonly firstCreated: boolean;
  readonly firstAcceptsIdCard: boolean;
  readonly firstDay: string;
  readonly lastAcceptsIdCard: boolean;
}

/** Read side of the store: sums over any range of days, snapshots and facility states as of a day. */
export class FigureReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
  ) {}

  /** Untyped on purpose: each caller states the row shape of its own SQL. */
  private query(sql: string, params: unknown[] = []): Promise<unknown[]> {
    return this.dataSource.query(sql, params);
  }

  private table(name: string): string {
    return `"${this.schema}"."${name}"`;
  }

  /** Every counter summed over [from, to] for a province (optionally one commune). */
  async sums(province: string, from: string, to: string, commune?: string): Promise<Map<string, number>> {
    const params: unknown[] = [province, from, to];
    if (commune !== undefined) params.push(commune);
    const rows = (await this.query(
      `SELECT metric, sum(value)::text AS value FROM ${this.table('metric_daily')} ` +
        `WHERE province = $1 AND day BETWEEN $2 AND $3${commune !== undefined ? ' AND commune = $4' : ''} GROUP BY metric`,
      params,
    )) as { metric: string; value: string }[];
    return new Map(rows.map((row) => [row.metric, Number(row.value)]));
  }

  /** Totals of every counter over all days, per province (for /v1/figures and the Prometheus gauges). */
  async totals(): Promise<{ province: string; metric: string; value: number }[]> {
    const rows = (await this.query(
      `SELECT province, metric, sum(value)::text AS value FROM ${this.table('metric_daily')} GROUP BY province, metric`,
    )) as { province: string; metric: string; value: string }[];
    return rows.map((row) => ({ ...row, value: Number(row.value) }));
  }

  async snapshot(kind: string, province: string, onOrBefore: string): Promise<Snapshot | undefined> {
    const rows = (await this.query(
      `SELECT effective_day::text AS day, occurred_at, payload FROM ${this.table('snapshots')} ` +
        `WHERE kind = $1 AND province = $2 AND effective_day <= $3 ` +
        `ORDER BY effective_day DESC, occurred_at DESC, event_id DESC LIMIT 1`,
      [kind, province, onOrBefore],
    )) as { day: string; occurred_at: Date; payload: Record<string, unknown> }[];
    const row = rows[0];
    return (
      row && {
        effectiveDay: row.day,
        occurredAt: new Date(row.occurred_at).toISOString(),
        payload: row.payload,
      }
    );
  }

  /** Each facility with changes in [from, to]: its first change there and its state after the last one. */
  async facilityStates(province: string, from: string, to: string): Promise<FacilityState[]> {
    const rows = (await this.query(
      `SELECT facility_code, ` +
        `(array_agg(created ORDER BY occurred_at, event_id))[1] AS first_created, ` +
        `(array_agg(accepts_id_card ORDER BY occurred_at, event_id))[1] AS first_accepts, ` +
        `min(day)::text AS first_day, ` +
        `(array_agg(accepts_id_card ORDER BY occurred_at DESC, event_id DESC))[1] AS last_accepts ` +
        `FROM ${this.table('facility_changes')} WHERE province = $1 AND day BETWEEN $2 AND $3 GROUP BY facility_code`,
      [province, from, to],
    )) as {
      facility_code: string;
      first_created: boolean;
      first_accepts: boolean;
      first_day: string;
      last_accepts: boolean;
    }[];
    return rows.map((row) => ({
      facilityCode: row.facility_code,
      firstCreated: row.first_created,
      firstAcceptsIdCard: row.first_accepts,
      firstDay: row.first_day,
      lastAcceptsIdCard: row.last_accepts,
    }));
  }

  async facilitiesWithLookups(province: string, from: string, to: string): Promise<number> {
    const rows = (await this.query(
      `SELECT count(DISTINCT facility_code)::int AS n FROM ${this.table('facility_lookup_days')} ` +
        `WHERE province = $1 AND day BETWEEN $2 AND $3`,
      [province, from, to],
    )) as { n: number }[];
    return rows[0]?.n ?? 0;
  }

  async openingBalances(province: string): Promise<Map<string, number>> {
    const rows = (await this.query(
      `SELECT figure, value::text AS value FROM ${this.table('opening_balances')} WHERE province = $1`,
      [province],
    )) as { figure: string; value: string }[];
    return new Map(rows.map((row) => [row.figure, Number(row.value)]));
  }

  /** The last business day with any counted event for the province, or undefined. */
  async lastDay(province?: string): Promise<{ province: string; day: string } | undefined> {
    const rows = (await this.query(
      `SELECT province, max(day)::text AS day FROM ${this.table('metric_daily')} ` +
        `WHERE province <> '000'${province ? ' AND province = $1' : ''} GROUP BY province ORDER BY 2 DESC, 1 LIMIT 1`,
      province ? [province] : [],
    )) as { province: string; day: string }[];
    return rows[0];
  }
}
