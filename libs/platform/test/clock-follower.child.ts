// A service-like process for the shared clock's cross-process test: its clock comes from the environment
// (D06_CLOCK=shared, REDIS_URL, D06_CLOCK_KEY_PREFIX) as a service's does; each line on stdin asks for the time.
import { createInterface } from 'node:readline';
import { clockFromEnv } from '../src/clock/clock-from-env';
import type { SharedClockFollower } from '../src/clock/shared-clock-follower';

async function main(): Promise<void> {
  const clock = clockFromEnv() as SharedClockFollower;
  await clock.start();
  process.stdout.write('ready\n');
  const lines = createInterface({ input: process.stdin });
  lines.on('line', () => process.stdout.write(`${clock.now().toISOString()}\n`));
  lines.on('close', () => void clock.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
