import type { ReportFormat } from '../report.requests';
import type { D06Report } from '../report.types';
import { renderCsv } from './csv.renderer';
import { renderDocx } from './docx.renderer';
import { renderHtml } from './html.renderer';
import { renderXlsx } from './xlsx.renderer';

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

/** The format an Accept header asks for, in its order of preference; undefined when it names none we make. */
export function formatFromAccept(accept: string | undefined): ReportFormat | undefined {
  if (!accept) return 'json';
  const wanted = accept
    .split(',')
    .map((part) => {
      const [type, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { type: type.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { type } of wanted) {
    if (type === '*/*' || type === 'application/*' || type === 'application/json') return 'json';
    const match = (Object.entries(CONTENT_TYPES) as [ReportFormat, string][]).find(
      ([, ct]) => ct.split(';')[0] === type,
    );
    if (match) return match[0];
    if (type === 'text/*') return 'html';
  }
  return undefined;
}

export async function renderReport(report: D06Report, format: ReportFormat): Promise<Buffer | string> {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2);
    case 'csv':
      return renderCsv(report);
    case 'xlsx':
      return renderXlsx(report);
    case 'docx':
      return renderDocx(report);
    case 'html':
      return renderHtml(report);
  }
}
