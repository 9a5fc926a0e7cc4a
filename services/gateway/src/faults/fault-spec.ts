import { z } from 'zod';

const latency = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), ms: z.number().min(0).max(120_000) }),
  z.object({
    kind: z.literal('uniform'),
    minMs: z.number().min(0).max(120_000),
    maxMs: z.number().min(0).max(120_000),
  }),
  z.object({
    kind: z.literal('lognormal'),
    /** The median delay; sigma is the spread of its logarithm (0.5: p99 ≈ 3.2 × median). */
    medianMs: z.number().min(0).max(120_000),
    sigma: z.number().min(0).max(5),
  }),
]);

/** Faults injected at the exchange layer for one service, set at run time (PUT /admin/faults/{serviceId}). */
export const faultSpecSchema = z
  .object({
    latency: latency.optional(),
    /** Share (0–1) of calls failed with Server.ServerProxy.ServiceFailed, not reaching the provider. */
    errorRate: z.number().min(0).max(1).default(0),
    /** Windows of business time (RFC 3339) in which the service is down: Server.ServerProxy.ServiceUnavailable. */
    outages: z
      .array(
        z.object({ from: z.string().datetime({ offset: true }), to: z.string().datetime({ offset: true }) }),
      )
      .default([]),
    /**
     * Peak-hour congestion: latency multiplier by hour of the business day (Vietnam time, "0"–"23"); hours not
     * listed are 1. Applies to the latency above (or, without one, to a 1 ms base).
     */
    peakHours: z.record(z.string().regex(/^([01]?\d|2[0-3])$/), z.number().min(0).max(1_000)).default({}),
  })
  .strict()
  .refine((spec) => spec.latency?.kind !== 'uniform' || spec.latency.minMs <= spec.latency.maxMs, {
    message: 'minMs must not exceed maxMs',
    path: ['latency'],
  })
  .refine((spec) => spec.outages.every((o) => Date.parse(o.from) < Date.parse(o.to)), {
    message: 'an outage must end after it starts',
    path: ['outages'],
  });

export type FaultSpec = z.output<typeof faultSpecSchema>;
