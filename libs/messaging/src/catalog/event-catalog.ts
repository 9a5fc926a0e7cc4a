import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import type { FormatDefinition } from 'ajv';
import { fastDateTimeFormat } from './date-time-format';
import { UnknownEventTypeError } from '../messaging.errors';

/** What the bus needs to know of an event type: where it goes, what keys it, and the schema of its `data`. */
export interface EventContract {
  readonly type: string;
  readonly topic: string;
  readonly keyField?: string;
  readonly schema: object;
}

/** Enough to see what is wrong without flooding a dead letter's reason. */
const MAX_VIOLATIONS = 5;

interface CompiledContract {
  readonly contract: EventContract;
  readonly validate: ValidateFunction;
}

/** The event types a bus knows, each schema compiled once (ajv) and reused for every publish and delivery. */
export class EventCatalog {
  private readonly byType = new Map<string, CompiledContract>();

  constructor(contracts: Iterable<EventContract>) {
    const draft07 = addFormats(new Ajv({ allErrors: true, strict: false }));
    const draft2020 = addFormats(new Ajv2020({ allErrors: true, strict: false }));
    // the same date-time verdicts, faster: consumers check the times of every event they read
    const dateTime = fastDateTimeFormat(fullFormats['date-time'] as Parameters<typeof fastDateTimeFormat>[0]);
    for (const ajv of [draft07, draft2020]) ajv.addFormat('date-time', dateTime as FormatDefinition<string>);
    for (const contract of contracts) {
      const ajv = isDraft2020(contract.schema) ? draft2020 : draft07;
      const { $id: _ignored, ...schema } = contract.schema as { $id?: string };
      this.byType.set(contract.type, { contract, validate: ajv.compile(schema) });
    }
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }

  contract(type: string): EventContract {
    const compiled = this.byType.get(type);
    if (!compiled) throw new UnknownEventTypeError(type);
    return compiled.contract;
  }

  /** Every topic some contract publishes to, sorted. */
  topics(): string[] {
    return [...new Set([...this.byType.values()].map((c) => c.contract.topic))].sort();
  }

  /** Whether `data` is valid for `type` (no violations to describe: the hot path's question). */
  accepts(type: string, data: unknown): boolean {
    return this.byType.get(type)?.validate(data) === true;
  }

  /** Schema violations of `data` for `type`, as readable lines; empty when valid. */
  violations(type: string, data: unknown): string[] {
    const compiled = this.byType.get(type);
    if (!compiled) return [`unknown event type ${type}`];
    if (compiled.validate(data)) return [];
    const violations = [...new Set((compiled.validate.errors ?? []).map(describeError))];
    return violations.length > MAX_VIOLATIONS
      ? [...violations.slice(0, MAX_VIOLATIONS), `and ${violations.length - MAX_VIOLATIONS} more`]
      : violations;
  }
}

function isDraft2020(schema: object): boolean {
  const declared = (schema as { $schema?: unknown }).$schema;
  return typeof declared === 'string' && declared.includes('2020-12');
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'data' : `data${error.instancePath}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}
