import { randomUUID } from 'node:crypto';
import type { EventContract } from '../src';

export const THING_HAPPENED = 'vn.d06.test.thing.happened.v1';

/** A catalog with one event type on a topic of its own, so test runs never share a topic. */
export function testContracts(): { contracts: EventContract[]; topic: string } {
  const topic = `test-${randomUUID().slice(0, 8)}.events.v1`;
  return {
    topic,
    contracts: [
      {
        type: THING_HAPPENED,
        topic,
        keyField: 'key',
        schema: {
          $schema: 'http://json-schema.org/draft-07/schema#',
          type: 'object',
          required: ['key', 'n'],
          additionalProperties: false,
          properties: { key: { type: 'string', minLength: 1 }, n: { type: 'integer', minimum: 0 } },
        },
      },
    ],
  };
}

export interface Thing {
  key: string;
  n: number;
}

export function things(count: number, keys: readonly string[]): { type: string; data: Thing }[] {
  return Array.from({ length: count }, (_, n) => ({
    type: THING_HAPPENED,
    data: { key: keys[n % keys.length], n },
  }));
}
