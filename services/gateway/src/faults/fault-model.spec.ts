import { ServiceFaults, vietnamHour } from './fault-model';
import { faultSpecSchema } from './fault-spec';

const at = (iso: string) => new Date(iso);
const spec = (input: unknown) => faultSpecSchema.parse(input);

describe('injected faults', () => {
  it('draws the same delays and errors for the same seed and service, others for another seed', () => {
    const input = { latency: { kind: 'lognormal', medianMs: 20, sigma: 0.5 }, errorRate: 0.2 };
    const draws = (seed: number) => {
      const faults = new ServiceFaults(spec(input), seed, 'VN/GOV/M/S/svc');
      return Array.from({ length: 50 }, () => faults.decide(at('2023-09-12T03:00:00Z')));
    };
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
    const errors = draws(7).filter((d) => d.kind === 'error').length;
    expect(errors).toBeGreaterThan(2);
    expect(errors).toBeLessThan(25);
  });

  it('keeps uniform delays in their range and lognormal ones around their median', () => {
    const uniform = new ServiceFaults(spec({ latency: { kind: 'uniform', minMs: 10, maxMs: 30 } }), 1, 's');
    const delays = Array.from({ length: 200 }, () => uniform.decide(at('2023-09-12T03:00:00Z')));
    expect(delays.every((d) => d.kind === 'pass' && d.delayMs >= 10 && d.delayMs <= 30)).toBe(true);
    const lognormal = new ServiceFaults(
      spec({ latency: { kind: 'lognormal', medianMs: 20, sigma: 0.5 } }),
      1,
      's',
    );
    const sorted = Array.from({ length: 2001 }, () => lognormal.decide(at('2023-09-12T03:00:00Z')))
      .map((d) => (d.kind === 'outage' ? 0 : d.delayMs))
      .sort((a, b) => a - b);
    expect(sorted[1000]).toBeGreaterThan(17);
    expect(sorted[1000]).toBeLessThan(23);
  });

  it('multiplies the latency in the peak hours of the Vietnamese business day', () => {
    const faults = new ServiceFaults(
      spec({ latency: { kind: 'fixed', ms: 10 }, peakHours: { '8': 3 } }),
      1,
      's',
    );
    expect(vietnamHour(at('2023-09-12T01:30:00Z'))).toBe(8);
    expect(faults.decide(at('2023-09-12T01:30:00Z'))).toEqual({ kind: 'pass', delayMs: 30 });
    expect(faults.decide(at('2023-09-12T03:30:00Z'))).toEqual({ kind: 'pass', delayMs: 10 });
  });

  it('answers an outage inside its window only', () => {
    const faults = new ServiceFaults(
      spec({ outages: [{ from: '2023-09-12T08:00:00+07:00', to: '2023-09-12T09:00:00+07:00' }] }),
      1,
      's',
    );
    expect(faults.decide(at('2023-09-12T01:30:00Z')).kind).toBe('outage');
    expect(faults.decide(at('2023-09-12T02:00:00Z')).kind).toBe('pass');
  });

  it('refuses inverted ranges and rates outside 0–1', () => {
    expect(faultSpecSchema.safeParse({ latency: { kind: 'uniform', minMs: 5, maxMs: 1 } }).success).toBe(
      false,
    );
    expect(faultSpecSchema.safeParse({ errorRate: 1.5 }).success).toBe(false);
    expect(
      faultSpecSchema.safeParse({ outages: [{ from: '2023-09-12T09:00:00Z', to: '2023-09-12T08:00:00Z' }] })
        .success,
    ).toBe(false);
  });
});
