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

interface KnownContract {
  readonly contract: EventContract;
  /** Compiled on first use. */
  validate?: ValidateFunction;
}

/**
 * The event types a bus knows, each schema compiled once (ajv) and reused for every publish and delivery. A schema
 * is compiled when its type is first checked, not up front: a process (or a reducer worker) that meets a handful of
 * the ~50 types starts that much sooner — compiling all of them took ~0.3 s per catalog.
 */
export class EventCatalog {
  private readonly byType = new Map<string, KnownContract>();
  private compilers?: { readonly draft07: Ajv; readonly draft2020: Ajv2020 };

  constructor(contracts: Iterable<EventContract>) {
    for (const contract of contracts) this.byType.set(contract.type, { contract });
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }

  contract(type: string): EventContract {
    const known = this.byType.get(type);
    if (!known) throw new UnknownEventTypeError(type);
    return known.contract;
  }

  /** Every topic some contract publishes to, sorted. */
  topics(): string[] {
    return [...new Set([...this.byType.values()].map((c) => c.contract.topic))].sort();
  }

  /** Whether `data` is valid for `type` (no violations to describe: the hot path's question). */
  accepts(type: string, data: unknown): boolean {
    const known = this.byType.get(type);
    return known !== undefined && this.validator(known)(data) === true;
  }

  /** Schema violations of `data` for `type`, as readable lines; empty when valid. */
  violations(type: string, data: unknown): string[] {
    const known = this.byType.get(type);
    if (!known) return [`unknown event type ${type}`];
    const validate = this.validator(known);
    if (validate(data)) return [];
    const violations = [...new Set((validate.errors ?? []).map(describeError))];
    return violations.length > MAX_VIOLATIONS
      ? [...violations.slice(0, MAX_VIOLATIONS), `and ${violations.length - MAX_VIOLATIONS} more`]
      : violations;
  }

  private validator(known: KnownContract): ValidateFunction {
    if (known.validate) return known.validate;
    const { draft07, draft2020 } = (this.compilers ??= createCompilers());
    const ajv = isDraft2020(known.contract.schema) ? draft2020 : draft07;
    const { $id: _ignored, ...schema } = known.contract.schema as { $id?: string };
    return (known.validate = ajv.compile(schema));
  }
}

function createCompilers(): { draft07: Ajv; draft2020: Ajv2020 } {
  const draft07 = addFormats(new Ajv({ allErrors: true, strict: false }));
  const draft2020 = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  // the same date-time verdicts, faster: consumers check the times of every event they read
  const dateTime = fastDateTimeFormat(fullFormats['date-time'] as Parameters<typeof fastDateTimeFormat>[0]);
  for (const ajv of [draft07, draft2020]) ajv.addFormat('date-time', dateTime as FormatDefinition<string>);
  return { draft07, draft2020 };
}

function isDraft2020(schema: object): boolean {
  const declared = (schema as { $schema?: unknown }).$schema;
  return typeof declared === 'string' && declared.includes('2020-12');
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'data' : `data${error.instancePath}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}
