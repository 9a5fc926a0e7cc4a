import { lifecycleSuite } from './lifecycle.suite';
import { oidcSuite } from './oidc.suite';
import { startWorld, type VneidWorld } from './support/world';

/**
 * VNeID's behaviour, run on the embedded adapters and on real PostgreSQL, Kafka and Redis, against the running
 * provider in its own process: a real relying party (openid-client), the lifecycle on a virtual clock, the logs.
 */
export function describeVneid(name: string, env: () => Record<string, string>): void {
  describe(`vneid (${name})`, () => {
    // Each test drives a real provider over HTTP (logins hash passwords with scrypt); 5 s is tight on 2 cores.
    jest.setTimeout(30_000);
    let world: VneidWorld;

    beforeAll(async () => {
      world = await startWorld(env());
    }, 120_000);

    afterAll(async () => {
      await world?.vneid.stop();
      await world?.population.stop();
    }, 30_000);

    oidcSuite(() => world);
    lifecycleSuite(() => world);

    // Last: the logs of everything above.
    describe('logs', () => {
      it('hold no personal ID number, password or OTP', () => {
        const logs = world.vneid.logs.join('\n');
        expect(world.vneid.logs.length).toBeGreaterThan(20);
        expect(logs).toMatch(/038\*{6}\d{3}/); // ID numbers were logged, masked
        expect(logs).not.toMatch(/(?<!\d)038[01]90\d{6}(?!\d)/);
        expect(logs).not.toMatch(/(?<![\d.])111111(?![\d.])/);
        expect(logs).not.toContain('Vneid-Mat-Khau');
        expect(logs).not.toContain('Wrong-Pass');
      });
    });
  });
}
