/** What to do about the usual reasons a benchmark cannot start: the local infrastructure is not up. */
const HINTS: readonly {
  readonly matches: (error: { code?: unknown; message: string }) => boolean;
  readonly hint: string;
}[] = [
  {
    // PostgreSQL: the database is missing (3D000) or the server does not answer
    matches: (error) => error.code === '3D000' || /ECONNREFUSED .*:5432|PGSQL/.test(error.message),
    hint: 'PostgreSQL or its d06 database is not there: run `npm run infra:up` first (see README).',
  },
  {
    matches: (error) => /ECONNREFUSED .*:9092|KafkaJSConnectionError|broker/i.test(error.message),
    hint: 'Kafka does not answer on 127.0.0.1:9092: run `npm run infra:up` (or `npm run kafka:start`) first.',
  },
  {
    matches: (error) => /ECONNREFUSED .*:6379/.test(error.message),
    hint: 'Redis does not answer on 127.0.0.1:6379: run `npm run infra:up` first.',
  },
];

/** Prints why a benchmark stopped — with what to do when the cause is a known one — and exits 1. */
export function failBenchmark(name: string, error: unknown): never {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`bench ${name}: ${text}\n`);
  if (error instanceof Error) {
    const hint = HINTS.find(({ matches }) => matches(error as Error & { code?: unknown }))?.hint;
    if (hint) process.stderr.write(`bench ${name}: ${hint}\n`);
  }
  process.exit(1);
}
