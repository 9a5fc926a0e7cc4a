import { randomBytes } from 'node:crypto';

// Postgres truncates identifiers at 63 bytes; Kafka allows 249 characters. The shorter limit serves both.
const MAX_LENGTH = 63;
let counter = 0;

/**
 * A name no other test (worker, run) uses, for a topic, schema, database or consumer group: lowercase letters,
 * digits and underscores, starting with a letter, so it is a legal Kafka topic and an unquoted Postgres identifier.
 */
export function uniqueName(prefix: string): string {
  const cleaned = prefix
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const head = /^[a-z]/.test(cleaned) ? cleaned : `t_${cleaned}`;
  counter += 1;
  const suffix = `${process.pid.toString(36)}_${counter.toString(36)}_${randomBytes(4).toString('hex')}`;
  const room = MAX_LENGTH - suffix.length - 1;
  return `${head.slice(0, room).replace(/_+$/, '')}_${suffix}`;
}
