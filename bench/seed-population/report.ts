export interface Row {
  readonly method: string;
  readonly rows: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly ratio: number | null;
}

/** A plain-text table, right-aligned numbers; `unit` names what was counted (rows, events). */
export function table(rows: readonly Row[], unit = 'rows'): string {
  const cells = rows.map((row) => [
    row.method,
    row.rows.toLocaleString('en-US'),
    row.seconds.toFixed(2),
    Math.round(row.rowsPerSecond).toLocaleString('en-US'),
    row.ratio === null ? '—' : row.ratio.toFixed(2),
  ]);
  const header = ['method', unit, 'seconds', `${unit}/s`, 'ratio'];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((c) => c[i].length)));
  const format = (line: string[]) =>
    line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(format)].join('\n');
}

export function verdict(met: boolean): string {
  return met ? 'met' : 'NOT met';
}
