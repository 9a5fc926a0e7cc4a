import { M } from '../../ingest/metric-names';
import { percentileOf } from '../../ingest/latency-buckets';
import { rate, type FigureContext } from '../figure-context';

/** Linked procedures (QĐ 296) in the period: runs started, completed, completed within the legal limit, failed. */
export async function linkedProceduresSection(ctx: FigureContext): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  const totals = { started: 0, completed: 0, completedWithinLimit: 0, failed: 0 };
  for (const procedure of ['birth', 'death'] as const) {
    const path = `linkedProcedures.${procedure}`;
    const figures = {
      started: await ctx.inPeriod(`${path}.started`, M.linkedStarted(procedure)),
      completed: await ctx.inPeriod(`${path}.completed`, M.linkedCompleted(procedure)),
      completedWithinLimit: await ctx.inPeriod(
        `${path}.completedWithinLimit`,
        M.linkedWithinLimit(procedure),
      ),
      failed: await ctx.inPeriod(`${path}.failed`, M.linkedFailed(procedure)),
    };
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += figures[key];
    result[procedure] = {
      ...figures,
      withinLimitRate: rate(figures.completedWithinLimit, figures.completed),
    };
  }
  return { ...totals, withinLimitRate: rate(totals.completedWithinLimit, totals.completed), ...result };
}

/**
 * Data-exchange calls in the period per gateway service (calls by the province's agencies): calls, successes,
 * average latency and the nearest-rank p95 over fixed buckets (see latency-buckets), cache hits and cost.
 */
export async function dataExchangeSection(ctx: FigureContext): Promise<Record<string, unknown>> {
  const sums = await ctx.sums(ctx.period.from, ctx.period.to);
  const services = new Set<string>();
  for (const metric of sums.keys())
    if (metric.startsWith('xc.calls:')) services.add(metric.slice('xc.calls:'.length));
  const rows = [];
  for (const service of [...services].sort()) {
    const path = `dataExchange.services[${service}]`;
    const calls = await ctx.inPeriod(`${path}.calls`, M.exchangeCalls(service));
    const succeeded = await ctx.inPeriod(`${path}.succeeded`, M.exchangeSucceeded(service));
    const micros = await ctx.inPeriod(`${path}.latencyMs.avg`, M.exchangeDurationMicros(service));
    const histogram = new Map<number, number>();
    const suffix = `:${service}`;
    for (const [metric, count] of sums) {
      if (!metric.startsWith('xc.lat:') || !metric.endsWith(suffix)) continue;
      const bucket = Number(metric.slice('xc.lat:'.length, metric.length - suffix.length));
      histogram.set(bucket, count);
    }
    const p95 = percentileOf(histogram, 95);
    ctx.derived(
      `${path}.latencyMs.p95`,
      'nearest-rank 95th percentile of the fixed 3-significant-digit buckets',
    );
    rows.push({
      service,
      calls,
      succeeded,
      successRate: rate(succeeded, calls),
      latencyMs: {
        avg: calls > 0 ? Math.round(micros / calls) / 1000 : null,
        p95: p95 === null ? null : p95 / 1000,
      },
      cacheHits: await ctx.inPeriod(`${path}.cacheHits`, M.exchangeCacheHits(service)),
      costVnd: await ctx.inPeriod(`${path}.costVnd`, M.exchangeCost(service)),
    });
  }
  const total = rows.reduce((sum, row) => sum + row.calls, 0);
  const ok = rows.reduce((sum, row) => sum + row.succeeded, 0);
  return { calls: total, succeeded: ok, successRate: rate(ok, total), services: rows };
}
