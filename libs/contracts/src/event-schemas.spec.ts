import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import {
  BREAKAGES,
  DEAD_LETTER_BREAKAGES,
  VALID_DATA,
  VALID_DEAD_LETTER,
  type Breakage,
} from './contract-fixtures';
import { DEAD_LETTER_CONTRACT, EVENT_CONTRACTS, EVENT_TYPES } from './generated/events';
import type { JsonSchema } from './event-contract';

// Compiled as a consumer would: ajv (draft-07) with ajv-formats, strict, so an unknown keyword fails too.
function compile(schema: JsonSchema): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

function expectRejected(validate: ValidateFunction, breakage: Breakage): void {
  expect(validate(breakage.data)).toBe(false);
  expect(validate.errors?.map((e) => e.instancePath)).toContain(breakage.path);
}

describe.each(Object.values(EVENT_TYPES))('contract %s', (type) => {
  const contract = EVENT_CONTRACTS[type];
  const validate = compile(contract.schema);

  it('accepts valid data', () => {
    expect(validate(VALID_DATA[type])).toBe(true);
    expect(validate.errors).toBeNull();
  });

  it.each(BREAKAGES[type].map((b) => [b.name, b] as const))('rejects data with %s', (_name, breakage) => {
    expectRejected(validate, breakage);
  });

  it('keys by a field the valid data holds as a non-empty string', () => {
    // Looked up by name: across several event types the data is a union that no one key field indexes.
    const key: unknown = new Map(Object.entries(VALID_DATA[type])).get(contract.keyField);
    expect(typeof key).toBe('string');
    expect(key).not.toBe('');
  });

  it('declares its own type and a draft-07 schema with an $id', () => {
    expect(contract.type).toBe(type);
    expect(contract.schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(contract.schema.$id).toMatch(/^https:\/\/d06\.example\/contracts\/events\/.+\.schema\.json$/);
  });
});

describe('dead-letter contract', () => {
  const validate = compile(DEAD_LETTER_CONTRACT.schema);

  it('accepts a dead letter, with a null key and base64 bytes', () => {
    expect(validate(VALID_DEAD_LETTER)).toBe(true);
    expect(validate({ ...VALID_DEAD_LETTER, key: '038324001234', value: null })).toBe(true);
  });

  it.each(DEAD_LETTER_BREAKAGES.map((b) => [b.name, b] as const))(
    'rejects a dead letter with %s',
    (_name, breakage) => {
      expectRejected(validate, breakage);
    },
  );

  it('is no domain event type', () => {
    expect(Object.values(EVENT_TYPES)).not.toContain(DEAD_LETTER_CONTRACT.type);
  });
});
