import { createHash } from 'node:crypto';

/**
 * Whether the premium-confirmation step fails for this attempt (the reported fault), at `rate` (0-1). Decided by
 * a hash of the fault seed, the household and the attempt number — not by arrival order — so a scenario fails the
 * same attempts on every run and every replica, and a retry (a new attempt) may pass.
 */
export function confirmationFails(
  seed: number,
  householdRef: string,
  attempt: number,
  rate: number,
): boolean {
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  const digest = createHash('sha256').update(`${seed}:${householdRef}:${attempt}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < rate;
}
