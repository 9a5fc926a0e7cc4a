import autocannon from 'autocannon';

// autocannon run by `d06 load lookup` and by the lookup benchmark (bench/lookup): the same settings and the same
// request stream for every target, and one summary of the result.

export interface LoadResult {
  readonly target: string;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Connection errors, timeouts and non-2xx answers. */
  readonly errors: number;
  readonly non2xx: number;
  /** Answers by HTTP status. */
  readonly statusCodes: Record<string, number>;
}

export interface LoadOptions {
  readonly url: string;
  readonly headers: Record<string, string>;
  /** Request bodies, sent in turn (one patient after another). */
  readonly bodies: readonly string[];
  readonly connections: number;
  readonly seconds: number;
  /** Called about once a second with the requests answered so far. */
  readonly onTick?: (answered: number) => void;
}

/** autocannon against one target: the same settings and the same request stream for every target. */
export async function load(target: string, options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let answered = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        connections: options.connections,
        duration: options.seconds,
        requests: [
          {
            setupRequest: (request) => {
              const body = options.bodies[next];
              next = (next + 1) % options.bodies.length;
              return { ...request, body };
            },
          },
        ],
      },
      (error: Error | null, result) => (error ? reject(error) : resolve(result)),
    );
    const onTick = options.onTick;
    // a tick carries the answers of the last second (the typings leave its argument out)
    const tick = ({ counter }: { counter: number }) => onTick?.((answered += counter));
    if (onTick) instance.on('tick', tick as unknown as () => void);
  });
  return {
    target,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(
        (result as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {},
      ).map(([status, stats]) => [status, stats.count]),
    ),
  };
}
