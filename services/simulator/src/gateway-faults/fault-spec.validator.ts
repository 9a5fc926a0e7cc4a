import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { FieldError } from '@d06/platform';
import { REPOSITORY_ROOT } from '../scenario/scenario-validation';

/** The gateway's API document, generated from its code (CI checks it): the one statement of its fault spec. */
const GATEWAY_CONTRACT = join(REPOSITORY_ROOT, 'contracts', 'openapi', 'gateway.yaml');

const LATENCY_SHAPES =
  'expected {"kind":"fixed","ms"}, {"kind":"uniform","minMs","maxMs"} or {"kind":"lognormal","medianMs","sigma"} (ms 0–120000, sigma 0–5)';

interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: object }> } }>>;
}

let compiled: { schema: object; validate: ValidateFunction } | undefined;

/** The JSON Schema of the body of the gateway's PUT /admin/faults/{serviceId}. */
export function faultSpecJsonSchema(): object {
  return compiledSpec().schema;
}

/**
 * Checks a fault spec as the gateway will, before it is forwarded: the contract's schema, then the rules its
 * schema cannot state (an uniform range in order, outages ending after they start, hours 0–23). Returns the
 * fields that are wrong; none when the spec is good.
 */
export function faultSpecErrors(spec: unknown): FieldError[] {
  const { validate } = compiledSpec();
  if (!validate(spec)) return describe(validate.errors ?? []);
  const errors: FieldError[] = [];
  const value = spec as {
    latency?: { kind: string; minMs?: number; maxMs?: number };
    outages?: { from: string; to: string }[];
    peakHours?: Record<string, number>;
  };
  if (value.latency?.kind === 'uniform' && value.latency.minMs! > value.latency.maxMs!)
    errors.push({ field: 'latency', message: 'minMs must not exceed maxMs' });
  (value.outages ?? []).forEach((outage, i) => {
    if (Date.parse(outage.from) >= Date.parse(outage.to))
      errors.push({ field: `outages[${i}]`, message: 'an outage must end after it starts' });
  });
  for (const hour of Object.keys(value.peakHours ?? {})) {
    if (!/^([01]?\d|2[0-3])$/.test(hour))
      errors.push({ field: `peakHours.${hour}`, message: 'an hour of the day is 0–23' });
  }
  return errors;
}

function compiledSpec(): { schema: object; validate: ValidateFunction } {
  if (!compiled) {
    const document = parse(readFileSync(GATEWAY_CONTRACT, 'utf8')) as OpenApiDocument;
    const schema =
      document.paths['/admin/faults/{serviceId}']?.put?.requestBody?.content['application/json']?.schema;
    if (!schema) throw new Error(`${GATEWAY_CONTRACT} has no body for PUT /admin/faults/{serviceId}`);
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    compiled = { schema, validate: ajv.compile(schema) };
  }
  return compiled;
}

function describe(errors: readonly ErrorObject[]): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = fieldOf(error);
    // the latency union fails once per shape; one message saying the shapes is clearer
    if (field === 'latency' || field.startsWith('latency.')) {
      out.push({ field: 'latency', message: LATENCY_SHAPES });
      continue;
    }
    out.push({ field: field || 'body', message: error.message ?? error.keyword });
  }
  const seen = new Set<string>();
  return out.filter((e) => !seen.has(`${e.field} ${e.message}`) && seen.add(`${e.field} ${e.message}`));
}

/** `/outages/0/from` → `outages[0].from`; an unknown property is named itself. */
function fieldOf(error: ErrorObject): string {
  const segments = error.instancePath.split('/').filter(Boolean);
  if (error.keyword === 'additionalProperties')
    segments.push(String((error.params as { additionalProperty: string }).additionalProperty));
  return segments.reduce(
    (joined, segment) =>
      /^\d+$/.test(segment) ? `${joined}[${segment}]` : joined ? `${joined}.${segment}` : segment,
    '',
  );
}
