import { SystemClock } from './clock';
import { VirtualClock } from './virtual-clock';

const START = new Date('2025-03-01T08:00:00.000Z');

/** A hand-driven real-time source, so every reading is exact. */
function manualTime(startMs = 1_000) {
  let ms = startMs;
  return {
    source: () => ms,
    tick: (delta: number) => void (ms += delta),
    stepBack: (delta: number) => void (ms -= delta),
  };
}

describe('VirtualClock', () => {
  it('starts at the given business time', () => {
    const real = manualTime();

    expect(new VirtualClock(START, 1, real.source).now().toISOString()).toBe('2025-03-01T08:00:00.000Z');
  });

  it('runs speed business ms per real ms', () => {
    const real = manualTime();
    const clock = new VirtualClock(START, 60, real.source);

    real.tick(1_000); // one real second = one business minute at speed 60

    expect(clock.now().toISOString()).toBe('2025-03-01T08:01:00.000Z');
  });

  it('adds advanceBy on top of running time', () => {
    const real = manualTime();
    const clock = new VirtualClock(START, 2, real.source);

    real.tick(500);
    clock.advanceBy(3 * 24 * 3600_000);
    real.tick(250);

    expect(clock.now().toISOString()).toBe('2025-03-04T08:00:01.500Z');
  });

  it('stands still while paused and continues from the same instant on resume', () => {
    const real = manualTime();
    const clock = new VirtualClock(START, 10, real.source);

    real.tick(100);
    clock.pause();
    real.tick(60_000);
    expect(clock.isPaused).toBe(true);
    expect(clock.now().toISOString()).toBe('2025-03-01T08:00:01.000Z');

    clock.resume();
    real.tick(100);
    expect(clock.isPaused).toBe(false);
    expect(clock.now().toISOString()).toBe('2025-03-01T08:00:02.000Z');
  });

  it('still advances by hand while paused', () => {
    const real = manualTime();
    const clock = new VirtualClock(START, 1, real.source);

    clock.pause();
    clock.advanceBy(90_000);
    real.tick(5_000);

    expect(clock.now().toISOString()).toBe('2025-03-01T08:01:30.000Z');
  });

  it('set() moves forward and keeps running from there', () => {
    const real = manualTime();
    const clock = new VirtualClock(START, 1, real.source);

    clock.set(new Date('2025-04-01T00:00:00.000Z'));
    real.tick(1_500);

    expect(clock.now().toISOString()).toBe('2025-04-01T00:00:01.500Z');
  });

  it('set() refuses to go backwards and leaves the time unchanged', () => {
    const real = manualTime();
    const clock = new VirtualClock(START, 1, real.source);
    real.tick(10_000);

    expect(() => clock.set(new Date('2025-03-01T08:00:05.000Z'))).toThrow(
      'VirtualClock cannot go backwards: 2025-03-01T08:00:05.000Z is before 2025-03-01T08:00:10.000Z',
    );
    expect(clock.now().toISOString()).toBe('2025-03-01T08:00:10.000Z');
  });

  it('accepts set() to exactly now', () => {
    const real = manualTime();
    const clock = new VirtualClock(START, 1, real.source);

    expect(() => clock.set(new Date(START))).not.toThrow();
    expect(clock.now().getTime()).toBe(START.getTime());
  });

  it('rejects negative or non-finite advances and bad speeds', () => {
    const clock = new VirtualClock(START, 1, manualTime().source);

    expect(() => clock.advanceBy(-1)).toThrow(RangeError);
    expect(() => clock.advanceBy(Number.NaN)).toThrow(RangeError);
    expect(() => clock.setSpeed(0)).toThrow('VirtualClock speed must be a positive finite number, got 0');
    expect(() => new VirtualClock(START, -2)).toThrow(RangeError);
    expect(() => new VirtualClock(new Date('nope'))).toThrow('VirtualClock start must be a valid Date');
  });

  it('changes speed only from the moment of the change', () => {
    const real = manualTime();
    const clock = new VirtualClock(START, 1, real.source);

    real.tick(1_000);
    clock.setSpeed(3_600);
    real.tick(1_000);

    expect(clock.speed).toBe(3_600);
    expect(clock.now().toISOString()).toBe('2025-03-01T09:00:01.000Z');
  });

  it('never goes backwards even if the real-time source steps back', () => {
    const real = manualTime();
    const clock = new VirtualClock(START, 1, real.source);
    real.tick(5_000);
    const before = clock.now().getTime();

    real.stepBack(3_000);

    expect(clock.now().getTime()).toBe(before);
    real.tick(4_000);
    expect(clock.now().getTime()).toBe(before + 1_000);
  });

  describe('with jest fake timers and the default real-time source', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('follows jest.advanceTimersByTime deterministically', () => {
      const clock = new VirtualClock(START, 1_000);

      jest.advanceTimersByTime(36);

      expect(clock.now().toISOString()).toBe('2025-03-01T08:00:36.000Z');
    });
  });
});

describe('SystemClock', () => {
  it('reports wall-clock time', () => {
    jest.useFakeTimers({ now: new Date('2030-01-02T03:04:05.000Z') });
    try {
      expect(new SystemClock().now().toISOString()).toBe('2030-01-02T03:04:05.000Z');
    } finally {
      jest.useRealTimers();
    }
  });
});
