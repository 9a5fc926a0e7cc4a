import { createHash } from 'node:crypto';
import { SeededRandom } from '@d06/domain';
import type { FaultSpec } from './fault-spec';

/** What the exchange layer does to one call. */
export type FaultDecision =
  | { readonly kind: 'pass'; readonly delayMs: number }
  | { readonly kind: 'outage'; readonly until: string }
  | { readonly kind: 'error'; readonly delayMs: number };

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Hour of the business day in Vietnam (UTC+7, no daylight saving). */
export function vietnamHour(at: Date): number {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).getUTCHours();
}

/**
 * A service's faults with their own random sequence: seeded by the fault seed and the service id, restarted when
 * the faults are set, so the same seed and the same calls give the same delays and errors on every run.
 */
export class ServiceFaults {
  private readonly random: SeededRandom;
  private readonly outages: Array<{ from: number; to: number; until: string }>;

  constructor(
    readonly spec: FaultSpec,
    seed: number,
    serviceId: string,
  ) {
    this.random = new SeededRandom(
      createHash('sha256').update(`${seed}:${serviceId}`).digest().readUInt32BE(0),
    );
    this.outages = spec.outages.map((o) => ({ from: Date.parse(o.from), to: Date.parse(o.to), until: o.to }));
  }

  decide(businessNow: Date): FaultDecision {
    const now = businessNow.getTime();
    for (const outage of this.outages) {
      if (now >= outage.from && now < outage.to) return { kind: 'outage', until: outage.until };
    }
    // draw in a fixed order (latency, then error) so each call uses the same numbers of the sequence
    const delayMs = this.delay(businessNow);
    if (this.spec.errorRate > 0 && this.random.next() < this.spec.errorRate)
      return { kind: 'error', delayMs };
    return { kind: 'pass', delayMs };
  }

  private delay(businessNow: Date): number {
    const multiplier = this.spec.peakHours[String(vietnamHour(businessNow))] ?? 1;
    const latency = this.spec.latency;
    let base = 0;
    if (latency?.kind === 'fixed') base = latency.ms;
    else if (latency?.kind === 'uniform')
      base = latency.minMs + this.random.next() * (latency.maxMs - latency.minMs);
    else if (latency?.kind === 'lognormal')
      base = latency.medianMs * Math.exp(latency.sigma * this.gaussian());
    else if (multiplier !== 1) base = 1;
    return Math.round(base * multiplier * 1000) / 1000;
  }

  /** Standard normal by Box–Muller, from two draws of the seeded sequence. */
  private gaussian(): number {
    const u = 1 - this.random.next();
    const v = this.random.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
