import type { D06Report } from '../report.types';
import { vnNumber } from './vn-format';

function quote(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Every leaf of the report (trace excluded) as `path,value,formatted`: raw for machines, Vietnamese for people. */
export function renderCsv(report: D06Report): string {
  const lines = ['path,value,formatted'];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const key =
          (item as { key?: unknown; service?: unknown })?.key ?? (item as { service?: unknown })?.service;
        walk(item, `${path}[${typeof key === 'string' ? key : i}]`);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    } else {
      const raw = value === null || value === undefined ? '' : `${value as string | number | boolean}`;
      const formatted = typeof value === 'number' ? vnNumber(value) : raw;
      lines.push([path, raw, formatted].map(quote).join(','));
    }
  };
  const { trace: _trace, ...figures } = report;
  walk(figures, '');
  return `${lines.join('\n')}\n`;
}
