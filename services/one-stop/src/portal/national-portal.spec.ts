import { oneStopConfig } from '../config/one-stop.config';
import { SimulatedNationalPortal } from './national-portal';

const portal = (env: Record<string, string>) => new SimulatedNationalPortal(oneStopConfig(env));

describe('the national-portal stand-in', () => {
  it('fails the share of attempts the rate says, the same ones for the same seed', async () => {
    const faulty = portal({ ONESTOP_PORTAL_FAILURE_RATE: '0.3', ONESTOP_PORTAL_SEED: '7' });
    const outcomes = async (p: SimulatedNationalPortal) =>
      Promise.all(Array.from({ length: 1000 }, (_, i) => p.publish(`D-${i}`, 'received', 1)));
    const first = await outcomes(faulty);
    const failed = first.filter((answer) => !answer.ok).length;
    expect(failed).toBeGreaterThan(240);
    expect(failed).toBeLessThan(360);
    expect(await outcomes(portal({ ONESTOP_PORTAL_FAILURE_RATE: '0.3', ONESTOP_PORTAL_SEED: '7' }))).toEqual(
      first,
    );
    const otherSeed = await outcomes(
      portal({ ONESTOP_PORTAL_FAILURE_RATE: '0.3', ONESTOP_PORTAL_SEED: '8' }),
    );
    expect(otherSeed).not.toEqual(first);
  });

  it('never fails at rate 0 and always at rate 1', async () => {
    expect(await portal({}).publish('D-1', 'completed', 1)).toEqual({ ok: true });
    expect((await portal({ ONESTOP_PORTAL_FAILURE_RATE: '1' }).publish('D-1', 'completed', 1)).ok).toBe(
      false,
    );
  });

  it('delays a status by a fixed time or by a seeded draw within the range', () => {
    expect(portal({ ONESTOP_PORTAL_DELAY_MS: '500' }).delayOf('D-1', 'received')).toBe(500);
    const ranged = portal({ ONESTOP_PORTAL_DELAY_MS: '100-900', ONESTOP_PORTAL_SEED: '3' });
    const delays = Array.from({ length: 200 }, (_, i) => ranged.delayOf(`D-${i}`, 'processing'));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...delays)).toBeLessThanOrEqual(900);
    expect(new Set(delays).size).toBeGreaterThan(50);
    expect(ranged.delayOf('D-1', 'processing')).toBe(delays[1]);
  });

  it('refuses a delay range that runs backwards', () => {
    expect(() => oneStopConfig({ ONESTOP_PORTAL_DELAY_MS: '900-100' })).toThrow(/ONESTOP_PORTAL_DELAY_MS/);
  });
});
