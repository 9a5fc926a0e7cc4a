import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import { infrastructure, uniqueName } from '@d06/testing';
import { EnvValidationError, SystemClock } from '../src';
import { clockFromEnv } from '../src/clock/clock-from-env';
import { SharedClockController } from '../src/clock/shared-clock-controller';
import { SharedClockFollower } from '../src/clock/shared-clock-follower';
import { sharedClockKeys } from '../src/clock/shared-clock-state';

const ROOT = join(__dirname, '..', '..', '..');
const START = new Date('2023-08-14T17:00:00.000Z');

/** A hand-driven wall clock shared by the processes of one test, so readings are exact. */
function manualWall(startMs = 1_700_000_000_000) {
  let ms = startMs;
  return { now: () => ms, tick: (delta: number) => void (ms += delta) };
}

describe('shared business clock on Redis', () => {
  const { redisUrl } = infrastructure();
  const open: { stop?: () => Promise<void>; close?: () => Promise<void> }[] = [];
  const follower = (keyPrefix: string, wallTime?: () => number) => {
    const clock = new SharedClockFollower({ redisUrl, keyPrefix, wallTime });
    open.push(clock);
    return clock;
  };
  const controller = (keyPrefix: string, wallTime?: () => number) => {
    const clock = new SharedClockController({ redisUrl, keyPrefix, wallTime, ackTimeoutMs: 5_000 });
    open.push(clock);
    return clock;
  };

  afterEach(async () => {
    for (const clock of open.splice(0)) await (clock.stop ?? clock.close)!.call(clock);
  });

  afterAll(async () => {
    // the tests' clocks are all under `clock_…:` prefixes of this process
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`clock_${process.pid.toString(36)}_*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('has every subscribed follower at the new time as soon as a change resolves', async () => {
    const prefix = `${uniqueName('clock')}:`;
    const a = follower(prefix);
    const b = follower(prefix);
    await Promise.all([a.start(), b.start()]);
    const sim = controller(prefix);
    await sim.start({ start: START, paused: true });
    expect(a.now().toISOString()).toBe(START.toISOString());
    for (let step = 1; step <= 40; step += 1) {
      const target = new Date(START.getTime() + step * 3_600_000);
      await sim.set(target);
      // no waiting here: the receipts came before set() resolved
      expect([a.now().getTime(), b.now().getTime()]).toEqual([target.getTime(), target.getTime()]);
    }
  });

  it('runs at its speed, pauses, resumes and advances the same way in every follower', async () => {
    const prefix = `${uniqueName('clock')}:`;
    const wall = manualWall();
    const a = follower(prefix, wall.now);
    const b = follower(prefix, wall.now);
    const sim = controller(prefix, wall.now);
    await Promise.all([a.start(), b.start()]);
    await sim.start({ start: START, speed: 60_000 });
    wall.tick(10); // 10 wall ms at 60 000× = 10 business minutes
    expect(a.now().getTime() - START.getTime()).toBe(600_000);
    await sim.pause();
    wall.tick(1_000);
    expect(b.now().getTime() - START.getTime()).toBe(600_000);
    await sim.advanceBy(3_600_000);
    expect(a.now().getTime() - START.getTime()).toBe(4_200_000);
    await sim.setSpeed(1_000);
    await sim.resume();
    wall.tick(5);
    expect([a.now().getTime(), b.now().getTime(), sim.now().getTime()]).toEqual(
      Array(3).fill(START.getTime() + 4_205_000),
    );
    await expect(sim.set(START)).rejects.toThrow(/cannot go backwards/);
  });

  it('reads the current state when a follower starts late, and never goes backwards', async () => {
    const prefix = `${uniqueName('clock')}:`;
    const sim = controller(prefix);
    await sim.start({ start: START, paused: true });
    await sim.advanceBy(86_400_000);
    const late = follower(prefix);
    await late.start();
    expect(late.now().getTime()).toBe(START.getTime() + 86_400_000);
    // another controller resets the clock to an earlier instant: what a service already issued stays issued
    const reset = controller(prefix);
    await reset.start({ start: START, paused: true });
    expect(late.current?.anchorBusinessMs).toBe(START.getTime());
    expect(late.now().getTime()).toBe(START.getTime() + 86_400_000);
  });

  it('lets two controllers move one clock, each starting from the other’s last change', async () => {
    const prefix = `${uniqueName('clock')}:`;
    const service = follower(prefix);
    await service.start();
    const cli = controller(prefix);
    await cli.start({ start: START, paused: true });
    const api = controller(prefix);
    await api.start(); // takes over the state in Redis
    await cli.set(new Date(START.getTime() + 3_600_000));
    expect(api.now().getTime()).toBe(START.getTime() + 3_600_000);
    await api.advanceBy(60_000);
    expect([service.now().getTime(), cli.now().getTime()]).toEqual([
      START.getTime() + 3_660_000,
      START.getTime() + 3_660_000,
    ]);
    await expect(cli.set(new Date(START.getTime() + 3_600_000))).rejects.toThrow(/cannot go backwards/);
  });

  it('agrees on the wall clock when nobody set the clock', async () => {
    const prefix = `${uniqueName('clock')}:`;
    const wall = manualWall();
    const first = follower(prefix, wall.now);
    await first.start();
    wall.tick(500);
    const second = follower(prefix, wall.now);
    await second.start();
    expect(second.now().getTime()).toBe(first.now().getTime());
    expect(first.now().getTime()).toBe(wall.now());
    const redis = new Redis(redisUrl);
    try {
      expect(JSON.parse((await redis.get(sharedClockKeys(prefix).state))!)).toMatchObject({
        version: 0,
        speed: 1,
        paused: false,
      });
    } finally {
      redis.disconnect();
    }
  });

  it('is chosen by configuration, and a bad configuration names the variable', () => {
    expect(clockFromEnv({})).toBeInstanceOf(SystemClock);
    const shared = clockFromEnv({ D06_CLOCK: 'shared', REDIS_URL: redisUrl, D06_CLOCK_KEY_PREFIX: 'd06:x:' });
    expect(shared).toBeInstanceOf(SharedClockFollower);
    open.push(shared as SharedClockFollower);
    expect(() => clockFromEnv({ D06_CLOCK: 'shared' })).toThrow(EnvValidationError);
    expect(() => clockFromEnv({ D06_CLOCK: 'shared' })).toThrow(/REDIS_URL/);
    expect(() => clockFromEnv({ D06_CLOCK: 'virtual' })).toThrow(/D06_CLOCK/);
  });

  describe('across processes', () => {
    let child: ChildProcessWithoutNullStreams | undefined;
    afterEach(() => {
      child?.stdin.end();
      if (child && child.exitCode === null) child.kill('SIGKILL');
    });

    it('has a follower in another process at the new time when a change resolves', async () => {
      const prefix = `${uniqueName('clock')}:`;
      const sim = controller(prefix);
      await sim.start({ start: START, paused: true });
      child = spawn(
        process.execPath,
        ['-r', '@swc-node/register', join(__dirname, 'clock-follower.child.ts')],
        {
          cwd: ROOT,
          env: {
            ...process.env,
            SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
            D06_CLOCK: 'shared',
            REDIS_URL: redisUrl,
            D06_CLOCK_KEY_PREFIX: prefix,
          },
        },
      );
      const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
      const next = async (): Promise<string> => String((await lines.next()).value);
      expect(await next()).toBe('ready');
      const ask = async (): Promise<string> => {
        child!.stdin.write('now\n');
        return next();
      };
      expect(await ask()).toBe(START.toISOString());
      for (const hours of [1, 5, 30]) {
        const target = new Date(START.getTime() + hours * 3_600_000);
        await sim.set(target);
        expect(await ask()).toBe(target.toISOString());
      }
    }, 30_000);
  });
});
