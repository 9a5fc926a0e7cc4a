import { z } from 'zod';

// Reusable pieces for service env schemas, so every service spells the shared variables the same way.

/** A TCP port (0: any free one), coerced from its string form, with the caller's default when unset. */
export function port(defaultPort: number) {
  return z.coerce.number().int().min(0).max(65535).default(defaultPort);
}

function urlWithProtocol(protocols: readonly string[]) {
  return z.string().superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'Invalid url' });
      return;
    }
    if (!protocols.includes(url.protocol)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `Expected a ${protocols.map((p) => `${p}//`).join(' or ')} url, received ${url.protocol}//`,
      });
    }
  });
}

/** PostgreSQL connection URL; unset means the embedded database. */
export const databaseUrl = urlWithProtocol(['postgres:', 'postgresql:']).optional();

/** Redis connection URL; unset means the in-memory cache. */
export const redisUrl = urlWithProtocol(['redis:', 'rediss:']).optional();

const BROKER = /^(?<host>[A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):(?<port>\d{1,5})$/;

/** Comma-separated `host:port` list (spaces allowed) parsed into an array; unset means the in-process bus. */
export const kafkaBrokers = z
  .string()
  .transform((value, ctx) => {
    const brokers = value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0);
    if (brokers.length === 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'Expected at least one host:port' });
      return z.NEVER;
    }
    for (const broker of brokers) {
      const portNumber = Number(BROKER.exec(broker)?.groups?.port);
      if (!(portNumber >= 1 && portNumber <= 65535)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Invalid broker "${broker}", expected host:port`,
        });
      }
    }
    return brokers;
  })
  .optional();

/** A lowercase SQL identifier (schema names), with the caller's default. */
export function sqlIdentifier(defaultValue: string) {
  return z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'Expected a lowercase SQL identifier')
    .default(defaultValue);
}

/** Prefix of every Kafka topic name, to isolate simulations (or test runs) sharing a cluster. */
export const kafkaTopicPrefix = z
  .string()
  .regex(/^[a-zA-Z0-9._-]{0,100}$/, 'Expected letters, digits, ".", "_" or "-"')
  .default('');

/**
 * The variables every service reads: its port, its database (schema of its own), the broker and topic prefix.
 * A service extends this with its own variables.
 */
export function serviceEnv(defaults: { port: number; schema: string }) {
  return z.object({
    PORT: port(defaults.port),
    DATABASE_URL: databaseUrl,
    DB_SCHEMA: sqlIdentifier(defaults.schema),
    KAFKA_BROKERS: kafkaBrokers,
    KAFKA_TOPIC_PREFIX: kafkaTopicPrefix,
  });
}
