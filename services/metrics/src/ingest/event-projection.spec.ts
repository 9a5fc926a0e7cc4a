import { EVENT_TYPES } from '@d06/contracts';
import { latencyBucketMicros, percentileOf } from './latency-buckets';
import { projectEvents, type ProjectedEvent } from './event-projection';

const lookup = (id: string, day: string, success: boolean): ProjectedEvent => ({
  id,
  type: EVENT_TYPES.BHYT_LOOKUP_PERFORMED,
  data: {
    provinceCode: '038',
    facilityCode: '38001',
    success,
    refused: false,
    occurredAt: `${day}T23:30:00+07:00`,
  },
});

describe('projectEvents', () => {
  it('counts per Vietnam business day, province and counter, whatever the order', () => {
    const events = [
      lookup('a', '2023-09-01', true),
      lookup('b', '2023-09-01', false),
      lookup('c', '2023-09-02', true),
    ];
    const forward = projectEvents(events);
    const backward = projectEvents([...events].reverse());
    expect(new Map([...forward.counters].sort())).toEqual(new Map([...backward.counters].sort()));
    // 23:30 in Vietnam is 16:30 UTC the same day: the Vietnam day counts
    expect(forward.counters.get('038||2023-09-01|bhyt.lookup')).toBe(2);
    expect(forward.counters.get('038||2023-09-01|bhyt.lookup.succeeded')).toBe(1);
    expect(forward.counters.get(`038||2023-09-02|ev:${EVENT_TYPES.BHYT_LOOKUP_PERFORMED}`)).toBe(1);
    expect([...forward.lookupFacilityDays].sort()).toEqual(['038|38001|2023-09-01', '038|38001|2023-09-02']);
  });

  it('files a data-exchange call under the calling agency’s province', () => {
    const delta = projectEvents([
      {
        id: 'x',
        type: EVENT_TYPES.EXCHANGE_CALL_COMPLETED,
        data: {
          client: 'VN/GOV/000.00.00.H38/ONESTOP',
          service: 'S',
          succeeded: true,
          cacheHit: false,
          costVnd: 550,
          durationMs: 4.2,
          occurredAt: '2023-09-07T08:00:00+07:00',
        },
      },
    ]);
    expect(delta.counters.get('038||2023-09-07|xc.lat:4200:S')).toBe(1);
    expect(delta.counters.get('038||2023-09-07|xc.duration-us:S')).toBe(4200);
  });
});

describe('seed snapshots', () => {
  const seeded = (id: string, referenceDate: string, occurredAt: string): ProjectedEvent => ({
    id,
    type: EVENT_TYPES.SSA_BENEFICIARIES_SEEDED,
    data: {
      provinceCode: '038',
      referenceDate,
      occurredAt,
      beneficiaries: { socialAssistance: 3, meritorious: 1 },
      withAccount: { socialAssistance: 1, meritorious: 0 },
    },
  });

  it('are in force from the business day they were loaded when that comes before their reference date', () => {
    // a run seeds at 00:00 Vietnam time the day before its period (2023-08-15 … 2023-09-14)
    const delta = projectEvents([seeded('s', '2023-09-15', '2023-08-13T17:00:00.000Z')]);
    expect(delta.snapshots.map((s) => s.effectiveDay)).toEqual(['2023-08-14']);
  });

  it('are in force from their reference date when they were loaded later', () => {
    const delta = projectEvents([seeded('s', '2023-08-01', '2026-11-22T00:00:00.000Z')]);
    expect(delta.snapshots.map((s) => s.effectiveDay)).toEqual(['2023-08-01']);
  });
});

describe('latency buckets', () => {
  it('round up to three significant digits in microseconds', () => {
    expect(latencyBucketMicros(4.2)).toBe(4200);
    expect(latencyBucketMicros(123.4)).toBe(124_000);
    expect(latencyBucketMicros(0.0005)).toBe(1);
    expect(latencyBucketMicros(19)).toBe(19_000);
  });

  it('give the nearest-rank percentile', () => {
    const histogram = new Map(Array.from({ length: 20 }, (_, i) => [(i + 1) * 1000, 1] as const));
    expect(percentileOf(histogram, 95)).toBe(19_000);
    expect(percentileOf(histogram, 100)).toBe(20_000);
    expect(percentileOf(new Map(), 95)).toBeNull();
  });
});
