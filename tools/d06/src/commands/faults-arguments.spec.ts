import { InvalidArgumentError } from 'commander';
import { faultSpecSchema } from '@d06/gateway/src/faults/fault-spec';
import {
  describeFaults,
  faultSpecOf,
  parseErrorRate,
  parseLatency,
  parseOutage,
  parsePeakHour,
  parseServiceId,
} from './faults-arguments';

describe('d06 faults set arguments', () => {
  it('reads the three latency distributions into the gateway spec shapes', () => {
    expect(parseLatency('fixed:50')).toEqual({ kind: 'fixed', ms: 50 });
    expect(parseLatency('uniform:10-200')).toEqual({ kind: 'uniform', minMs: 10, maxMs: 200 });
    expect(parseLatency('lognormal:80,0.5')).toEqual({ kind: 'lognormal', medianMs: 80, sigma: 0.5 });
    for (const bad of [
      'fixed',
      'fixed:',
      'fixed:-5',
      'uniform:10',
      'uniform:10-',
      'lognormal:80',
      'normal:5',
      '50',
    ])
      expect(() => parseLatency(bad)).toThrow(InvalidArgumentError);
    expect(() => parseLatency('uniform:200-10')).toThrow('goes down');
  });

  it('takes an error rate as a share or a percentage, within 0–1', () => {
    expect(parseErrorRate('0.05')).toBe(0.05);
    expect(parseErrorRate('5%')).toBe(0.05);
    expect(parseErrorRate('1')).toBe(1);
    expect(parseErrorRate('0')).toBe(0);
    for (const bad of ['1.5', '150%', '-0.1', 'half', ''])
      expect(() => parseErrorRate(bad)).toThrow('share from 0 to 1');
  });

  it('reads outages as FROM/TO, Vietnam time unless an offset is given, and collects them', () => {
    const one = parseOutage('2023-09-05T08:00/2023-09-05T12:00');
    expect(one).toEqual([{ from: '2023-09-05T01:00:00.000Z', to: '2023-09-05T05:00:00.000Z' }]);
    const two = parseOutage('2023-09-06T01:00:00Z/2023-09-06T09:30:00+07:00', one);
    expect(two).toHaveLength(2);
    expect(two[1]).toEqual({ from: '2023-09-06T01:00:00.000Z', to: '2023-09-06T02:30:00.000Z' });
  });

  it('refuses outages that are not two date-times or do not end after they start', () => {
    expect(() => parseOutage('2023-09-05T08:00')).toThrow('FROM/TO');
    expect(() => parseOutage('2023-09-05/2023-09-06')).toThrow('FROM/TO');
    expect(() => parseOutage('2023-09-05T08:00/2023-09-05T09:00/2023-09-05T10:00')).toThrow('FROM/TO');
    expect(() => parseOutage('2023-09-05T12:00/2023-09-05T08:00')).toThrow('does not end after it starts');
    expect(() => parseOutage('2023-02-30T08:00/2023-03-01T08:00')).toThrow(InvalidArgumentError);
  });

  it('reads peak hours as H=xF (or H=F) and refuses other hours, factors and repeats', () => {
    expect(parsePeakHour('8=x3')).toEqual({ '8': 3 });
    expect(parsePeakHour('17=2.5', { '8': 3 })).toEqual({ '8': 3, '17': 2.5 });
    expect(parsePeakHour('07=x1')).toEqual({ '7': 1 });
    for (const bad of ['24=x2', '8=x1001', '8', 'x3', '8=-1', 'eight=x2'])
      expect(() => parsePeakHour(bad)).toThrow('HOUR=xFACTOR');
    expect(() => parsePeakHour('8=x2', { '8': 3 })).toThrow('hour 8 is given twice');
  });

  it('checks the service id shape', () => {
    expect(parseServiceId('VN/GOV/000.00.00.G02/BHYT/card-checks')).toBe(
      'VN/GOV/000.00.00.G02/BHYT/card-checks',
    );
    for (const bad of ['bhyt', 'VN/GOV/000.00.00.G02/BHYT', 'VN/GOV/000.00.00.G02/BHYT/card checks'])
      expect(() => parseServiceId(bad)).toThrow('INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE');
  });

  it("builds a spec the gateway's own schema accepts as given", () => {
    const spec = faultSpecOf({
      latency: parseLatency('lognormal:80,0.5'),
      errorRate: parseErrorRate('5%'),
      outage: parseOutage('2023-09-05T08:00/2023-09-05T12:00'),
      peakHour: parsePeakHour('9=x2', parsePeakHour('8=x3')),
    });
    expect(faultSpecSchema.parse(spec)).toEqual(spec);
    expect(spec).toEqual({
      latency: { kind: 'lognormal', medianMs: 80, sigma: 0.5 },
      errorRate: 0.05,
      outages: [{ from: '2023-09-05T01:00:00.000Z', to: '2023-09-05T05:00:00.000Z' }],
      peakHours: { '8': 3, '9': 2 },
    });
    // only what was given: the gateway adds its defaults (no error, no outage, no peak)
    const latencyOnly = faultSpecOf({ latency: parseLatency('uniform:10-200') });
    expect(latencyOnly).toEqual({ latency: { kind: 'uniform', minMs: 10, maxMs: 200 } });
    expect(faultSpecSchema.parse(latencyOnly)).toEqual({
      ...latencyOnly,
      errorRate: 0,
      outages: [],
      peakHours: {},
    });
  });

  it('refuses an empty spec, and leaves to the gateway schema the bounds it alone states', () => {
    expect(() => faultSpecOf({})).toThrow('nothing to set');
    expect(() => faultSpecOf({ outage: [], peakHour: {} })).toThrow('nothing to set');
    const tooSlow = faultSpecOf({ latency: parseLatency('fixed:500000') });
    expect(faultSpecSchema.safeParse(tooSlow).success).toBe(false);
  });

  it('describes faults one line each', () => {
    expect(
      describeFaults({
        latency: { kind: 'uniform', minMs: 10, maxMs: 200 },
        errorRate: 0.05,
        outages: [{ from: 'a', to: 'b' }],
        peakHours: { '8': 3 },
      }),
    ).toEqual(['latency 10–200 ms (uniform)', 'error rate 5%', 'outage a → b', 'peak hour 8:00 latency ×3']);
    expect(describeFaults({ errorRate: 0, outages: [], peakHours: {} })).toEqual(['no faults']);
  });
});
