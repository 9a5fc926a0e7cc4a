import { InvalidArgumentError } from 'commander';

// Parsers for `d06 faults set` options, each into the shape of the gateway's fault spec (PUT /admin/faults/{id});
// a bad value throws commander's InvalidArgumentError, which the command turns into exit code 2.

export type LatencySpec =
  | { kind: 'fixed'; ms: number }
  | { kind: 'uniform'; minMs: number; maxMs: number }
  | { kind: 'lognormal'; medianMs: number; sigma: number };

export interface FaultSpecInput {
  latency?: LatencySpec;
  errorRate?: number;
  outages?: { from: string; to: string }[];
  peakHours?: Record<string, number>;
}

const NUMBER = /^\d+(\.\d+)?$/;
const SERVICE_ID = /^[^/\s]+\/[^/\s]+\/[^/\s]+\/[^/\s]+\/[^/\s]+$/;
/** Date-times without an offset are Vietnam time, as the business day of the reports is. */
const VIETNAM = '+07:00';

export function parseServiceId(value: string): string {
  if (!SERVICE_ID.test(value)) {
    throw new InvalidArgumentError(
      'expected a gateway service id INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE, e.g. VN/GOV/000.00.00.G02/BHYT/card-checks (see d06 faults list)',
    );
  }
  return value;
}

/** `fixed:50`, `uniform:10-200`, `lognormal:80,0.5` (milliseconds; sigma is the spread of the logarithm). */
export function parseLatency(value: string): LatencySpec {
  const [kind, args = ''] = value.split(':', 2);
  const numbers = (separator: string, count: number): number[] | undefined => {
    const parts = args.split(separator);
    return parts.length === count && parts.every((p) => NUMBER.test(p)) ? parts.map(Number) : undefined;
  };
  if (kind === 'fixed') {
    const [ms] = numbers(',', 1) ?? [];
    if (ms !== undefined) return { kind, ms };
  } else if (kind === 'uniform') {
    const [minMs, maxMs] = numbers('-', 2) ?? [];
    if (minMs !== undefined && maxMs !== undefined) {
      if (minMs > maxMs) throw new InvalidArgumentError(`the range ${args} goes down: expected MIN-MAX`);
      return { kind, minMs, maxMs };
    }
  } else if (kind === 'lognormal') {
    const [medianMs, sigma] = numbers(',', 2) ?? [];
    if (medianMs !== undefined && sigma !== undefined) return { kind, medianMs, sigma };
  }
  throw new InvalidArgumentError(
    'expected fixed:MS, uniform:MIN-MAX or lognormal:MEDIAN,SIGMA (ms), e.g. lognormal:80,0.5',
  );
}

/** A share of calls, 0–1 (`0.05`) or a percentage (`5%`). */
export function parseErrorRate(value: string): number {
  const percent = value.endsWith('%');
  const digits = percent ? value.slice(0, -1) : value;
  const rate = NUMBER.test(digits) ? Number(digits) / (percent ? 100 : 1) : Number.NaN;
  if (!(rate >= 0 && rate <= 1))
    throw new InvalidArgumentError('expected a share from 0 to 1, e.g. 0.05 or 5%');
  return rate;
}

/** `FROM/TO`, each an ISO date-time (`2023-09-05T08:00`, Vietnam time unless it has an offset); repeatable. */
export function parseOutage(
  value: string,
  previous: { from: string; to: string }[] = [],
): { from: string; to: string }[] {
  const [from, to, extra] = value.split('/');
  const instant = (text: string | undefined): string | undefined => {
    if (!text || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(text))
      return undefined;
    const withOffset = /(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}${VIETNAM}`;
    const ms = Date.parse(withOffset);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  };
  const start = instant(from);
  const end = instant(to);
  if (extra !== undefined || !start || !end) {
    throw new InvalidArgumentError(
      'expected FROM/TO date-times, e.g. 2023-09-05T08:00/2023-09-05T12:00 (Vietnam time unless an offset is given)',
    );
  }
  if (end <= start) throw new InvalidArgumentError(`the outage ${value} does not end after it starts`);
  return [...previous, { from: start, to: end }];
}

/** `H=xF`: calls in business hour H (0–23, Vietnam time) take F times the latency, e.g. `8=x3`; repeatable. */
export function parsePeakHour(value: string, previous: Record<string, number> = {}): Record<string, number> {
  const match = /^(\d{1,2})=x?(\d+(?:\.\d+)?)$/.exec(value);
  const hour = match ? Number(match[1]) : Number.NaN;
  const factor = match ? Number(match[2]) : Number.NaN;
  if (!(hour >= 0 && hour <= 23) || !(factor >= 0 && factor <= 1_000))
    throw new InvalidArgumentError('expected HOUR=xFACTOR, hour 0–23 and factor 0–1000, e.g. 8=x3');
  if (String(hour) in previous) throw new InvalidArgumentError(`hour ${hour} is given twice`);
  return { ...previous, [String(hour)]: factor };
}

/** The spec `d06 faults set` sends: only what was given (the gateway fills the rest with no fault). */
export function faultSpecOf(options: {
  latency?: LatencySpec;
  errorRate?: number;
  outage?: { from: string; to: string }[];
  peakHour?: Record<string, number>;
}): FaultSpecInput {
  const spec: FaultSpecInput = {
    ...(options.latency ? { latency: options.latency } : {}),
    ...(options.errorRate !== undefined ? { errorRate: options.errorRate } : {}),
    ...(options.outage?.length ? { outages: options.outage } : {}),
    ...(options.peakHour && Object.keys(options.peakHour).length ? { peakHours: options.peakHour } : {}),
  };
  if (Object.keys(spec).length === 0)
    throw new InvalidArgumentError('nothing to set: give --latency, --error-rate, --outage or --peak-hour');
  return spec;
}

/** One line per fault, for people. */
export function describeFaults(spec: FaultSpecInput): string[] {
  const lines: string[] = [];
  const latency = spec.latency;
  if (latency?.kind === 'fixed') lines.push(`latency ${latency.ms} ms`);
  if (latency?.kind === 'uniform') lines.push(`latency ${latency.minMs}–${latency.maxMs} ms (uniform)`);
  if (latency?.kind === 'lognormal')
    lines.push(`latency median ${latency.medianMs} ms, lognormal sigma ${latency.sigma}`);
  if (spec.errorRate) lines.push(`error rate ${Math.round(spec.errorRate * 10_000) / 100}%`);
  for (const outage of spec.outages ?? []) lines.push(`outage ${outage.from} → ${outage.to}`);
  for (const [hour, factor] of Object.entries(spec.peakHours ?? {}))
    lines.push(`peak hour ${hour}:00 latency ×${factor}`);
  return lines.length > 0 ? lines : ['no faults'];
}
