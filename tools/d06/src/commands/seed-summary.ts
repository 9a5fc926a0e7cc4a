import { provinceByCode } from '@d06/domain';
import type { SeedSummary } from '@d06/population/src/seed';

/** The human summary of a seed: what went where, rows per table, time and rates. */
export function formatSeedSummary(summary: SeedSummary): string {
  const province = provinceByCode(summary.provinceCode)?.name ?? summary.provinceCode;
  const total = Object.values(summary.rows).reduce((sum, rows) => sum + rows, 0);
  const width = Math.max(
    ...[...Object.values(summary.rows), total].map((n) => n.toLocaleString('en-US').length),
  );
  const line = (label: string, rows: number) =>
    `  ${label.padEnd(13)}${rows.toLocaleString('en-US').padStart(width)}`;
  return [
    `Seeded ${summary.rows.citizens.toLocaleString('en-US')} citizens of ${province} (${summary.provinceCode}) ` +
      `into schema "${summary.schema}" (seed ${summary.seed}, as of ${summary.referenceDate}, ${summary.mode}).`,
    ...Object.entries(summary.rows).map(([table, rows]) => line(table, rows)),
    line('total', total),
    `  ${summary.seconds.toFixed(1)} s, ${Math.round(summary.rowsPerSecond).toLocaleString('en-US')} rows/s, ` +
      `${Math.round(summary.citizensPerSecond).toLocaleString('en-US')} citizens/s`,
    '',
  ].join('\n');
}
