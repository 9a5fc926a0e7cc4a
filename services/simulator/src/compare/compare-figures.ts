import type { Figures } from '../ledger/ledger';
import { isRatePath, valueAt, type ReportPath } from '../ledger/report-paths';

export type CheckStatus = 'equal' | 'differs' | 'missing';

export interface FigureCheck {
  readonly path: ReportPath;
  readonly expected: number;
  /** The report's value; null when it prints a blank, undefined when the path is not in it. */
  readonly actual: number | null | undefined;
  readonly status: CheckStatus;
}

export interface Comparison {
  readonly checks: readonly FigureCheck[];
  readonly equal: number;
  readonly differs: number;
  readonly missing: number;
  /** Every ledger figure is in the report with the same value. */
  readonly passed: boolean;
}

/**
 * Ledger vs report, figure by figure, keyed by report paths. Counts must be equal; a rate is equal when the
 * ledger's rate rounded to the decimals the report prints (at least one) is the report's value — reports print
 * 33.9 for 33.91%.
 */
export function compareFigures(ledger: Figures, report: unknown): Comparison {
  const checks = Object.entries(ledger).map(([path, expected]): FigureCheck => {
    const actual = valueAt(report, path);
    if (actual === undefined || actual === null) return { path, expected, actual, status: 'missing' };
    return { path, expected, actual, status: sameFigure(path, expected, actual) ? 'equal' : 'differs' };
  });
  const count = (status: CheckStatus): number => checks.filter((check) => check.status === status).length;
  const differs = count('differs');
  const missing = count('missing');
  return { checks, equal: count('equal'), differs, missing, passed: differs === 0 && missing === 0 };
}

export function sameFigure(path: ReportPath, expected: number, actual: number): boolean {
  if (!isRatePath(path)) return expected === actual;
  const decimals = Math.max(1, decimalsOf(actual));
  const factor = 10 ** decimals;
  return Math.round(expected * factor) === Math.round(actual * factor);
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 6);
}

/** A plain-text diff table: the differing and missing figures first, then a count of the equal ones. */
export function formatDiffTable(comparison: Comparison, { all = false } = {}): string {
  const rows = comparison.checks.filter((check) => all || check.status !== 'equal');
  const show = (value: number | null | undefined): string =>
    value === undefined ? '—' : value === null ? 'blank' : value.toLocaleString('en-US');
  const width = Math.max(6, ...rows.map((row) => row.path.length));
  const lines = rows.map(
    (row) =>
      `  ${row.status === 'equal' ? '=' : row.status === 'differs' ? '≠' : '?'} ${row.path.padEnd(width)}  ` +
      `ledger ${show(row.expected).padStart(12)}  report ${show(row.actual).padStart(12)}`,
  );
  const head =
    `${comparison.checks.length} figures: ${comparison.equal} equal, ${comparison.differs} differ, ` +
    `${comparison.missing} missing from the report — ${comparison.passed ? 'PASS' : 'FAIL'}`;
  return [head, ...lines, ''].join('\n');
}
