import { readFile, writeFile } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { checkReport } from './report-check';

const FORMATS = ['json', 'csv', 'xlsx', 'docx', 'html'] as const;

export interface ReportOptions {
  readonly province?: string;
  readonly period?: string;
  readonly from?: string;
  readonly to?: string;
  readonly startDay?: string;
  readonly commune?: string;
  readonly format: (typeof FORMATS)[number];
  readonly output?: string;
  readonly metricsUrl: string;
}

/** Fetches a report from the metrics service; without province/period the service picks the latest with data. */
export async function fetchReport(options: ReportOptions): Promise<Buffer> {
  const query = new URLSearchParams({ format: options.format });
  for (const [name, value] of Object.entries({
    province: options.province,
    period: options.period,
    from: options.from,
    to: options.to,
    startDay: options.startDay,
    commune: options.commune,
  }))
    if (value !== undefined) query.set(name, value);
  const url = `${options.metricsUrl.replace(/\/$/, '')}/v1/reports?${query.toString()}`;
  const response = await fetch(url).catch((error: unknown) => {
    throw new Error(`metrics service not reachable at ${options.metricsUrl}: ${String(error)}`);
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) {
    let detail = body.toString('utf8');
    try {
      const problem = JSON.parse(detail) as { title?: string; detail?: string };
      detail = [problem.title, problem.detail].filter(Boolean).join(': ');
    } catch {
      // not problem+json: show the text as is
    }
    throw new Error(`metrics answered ${response.status}: ${detail}`);
  }
  return body;
}

/** `d06 report` (fetch and save a report) and `d06 report check <file>` (its internal consistency). */
export function registerReportCommand(program: Command): void {
  const report = program
    .command('report')
    .description(
      'the Đề án 06 report of a province from the metrics service (METRICS_URL), or check a report file',
    )
    .option('--province <code>', 'province code (38 or 038); default: the province with the latest data')
    .option('--period <YYYY-MM>', 'month; default: the latest period with data')
    .option('--from <date>', 'first day of any range (with --to)')
    .option('--to <date>', 'last day of the range')
    .option('--start-day <day>', 'first day of a month period (1–28)')
    .option('--commune <code>', '5-digit commune code')
    .option('--format <format>', FORMATS.join(' | '), parseFormat, 'json')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--metrics-url <url>', 'metrics service', process.env.METRICS_URL ?? 'http://127.0.0.1:3006')
    .action(async (options: ReportOptions) => {
      const body = await fetchReport(options);
      if (options.output) {
        await writeFile(options.output, body);
        process.stderr.write(`d06: report written to ${options.output} (${body.length} bytes)\n`);
      } else process.stdout.write(body);
    });

  report
    .command('check <file>')
    .description('flag internal inconsistencies of a d06-report/v1 JSON file; exit code 1 when any')
    .action(async (file: string) => {
      const issues = checkReport(JSON.parse(await readFile(file, 'utf8')));
      for (const issue of issues) process.stdout.write(`${issue.path}: ${issue.rule}: ${issue.message}\n`);
      process.stdout.write(
        issues.length === 0 ? `${file}: consistent\n` : `${file}: ${issues.length} inconsistencies\n`,
      );
      if (issues.length > 0) process.exitCode = 1;
    });
}

function parseFormat(value: string): ReportOptions['format'] {
  if ((FORMATS as readonly string[]).includes(value)) return value as ReportOptions['format'];
  throw new InvalidArgumentError(`expected ${FORMATS.join(', ')}`);
}
