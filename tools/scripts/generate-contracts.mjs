#!/usr/bin/env node
// Generates libs/contracts/src/generated/events.ts from contracts/asyncapi.yaml and the event JSON Schemas it
// references, after validating both. --check regenerates in memory and fails when the committed file differs.
// Usage: node tools/scripts/generate-contracts.mjs [--check] [--out <file>] [--spec <asyncapi.yaml>]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import specs from '@asyncapi/specs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { compile } from 'json-schema-to-typescript';
import * as prettier from 'prettier';
import { parseDocument } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// --spec (for tests) moves both: schema files are found relative to the AsyncAPI document.
let SPEC_FILE = join(ROOT, 'contracts/asyncapi.yaml');
let CONTRACTS_DIR = dirname(SPEC_FILE);
const DEFAULT_OUT = join(ROOT, 'libs/contracts/src/generated/events.ts');
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
// vn.d06.<domain>.<entity…>.<action>.v<N>; the schema lives in events/<domain>/<entity…>-<action>.v<N>.schema.json
const TYPE_PATTERN = /^vn\.d06(\.[a-z][a-z0-9-]*){3,}\.v[1-9][0-9]*$/;
const DLQ_SUFFIX = '.dlq';
const STALE = 'generated contracts are stale: run npm run contracts:generate';

class ContractsError extends Error {}
const fail = (message) => {
  throw new ContractsError(message);
};
const ensure = (ok, message) => ok || fail(message);
const rel = (path) => (relative(ROOT, path).startsWith('..') ? path : relative(ROOT, path));
const lit = (value) => JSON.stringify(value);

function parseArgs(argv) {
  const args = { check: false, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') args.check = true;
    else if (argv[i] === '--out' && argv[i + 1]) args.out = resolve(argv[++i]);
    else if (argv[i] === '--spec' && argv[i + 1]) SPEC_FILE = resolve(argv[++i]);
    else fail(`unknown argument ${argv[i]}; usage: [--check] [--out <file>] [--spec <file>]`);
  }
  CONTRACTS_DIR = dirname(SPEC_FILE);
  return args;
}

function readSpec() {
  const doc = parseDocument(readFileSync(SPEC_FILE, 'utf8'));
  ensure(doc.errors.length === 0, `${rel(SPEC_FILE)} is not valid YAML:\n  ${doc.errors.join('\n  ')}`);
  return doc.toJS();
}

// Keeps the leaf errors, deepest first, without duplicates: the combinators' errors only repeat them, and "must
// have $ref" is the Reference Object branch of every oneOf.
function explain(errors) {
  const combinators = new Set(['oneOf', 'anyOf', 'allOf', 'if', 'then', 'else', 'not']);
  const lines = (errors ?? [])
    .filter((e) => !combinators.has(e.keyword) && e.params?.missingProperty !== '$ref')
    .sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)
    .map((e) => `  at ${e.instancePath || '/'}: ${e.message} ${lit(e.params?.additionalProperty ?? '')}`);
  return [...new Set(lines)].slice(0, 12).join('\n');
}

function validateAsyncApi(doc) {
  const spec = rel(SPEC_FILE);
  ensure(doc?.asyncapi === '3.0.0', `${spec}: asyncapi must be "3.0.0", found ${lit(doc?.asyncapi)}`);
  // The bundled schema embeds the draft-07 meta-schema itself: registering ajv's copy too would be ambiguous.
  const ajv = new Ajv({ strict: false, allErrors: true, meta: false, validateSchema: false });
  addFormats(ajv);
  const validate = ajv.compile(specs.schemas['3.0.0']);
  ensure(validate(doc), `${spec} is not a valid AsyncAPI 3.0.0 document:\n${explain(validate.errors)}`);
}

function deref(doc, node, where) {
  if (typeof node?.$ref !== 'string') return node;
  ensure(node.$ref.startsWith('#/'), `${where}: only local $refs (#/…) are supported, not ${node.$ref}`);
  const path = node.$ref.slice(2).split('/');
  path.forEach((p, i) => (path[i] = p.replace(/~1/g, '/').replace(/~0/g, '~')));
  const target = path.reduce((at, key) => (at == null ? undefined : at[key]), doc);
  ensure(target !== undefined, `${where}: unresolved reference ${node.$ref}`);
  return deref(doc, target, where);
}

function loadSchema(message, type, where) {
  const { schemaFormat, schema: { $ref: ref } = {} } = message.payload ?? {};
  const format = 'application/schema+json;version=draft-07';
  ensure(schemaFormat === format && typeof ref === 'string', `${where}: payload must be a ${format} $ref`);
  const path = resolve(CONTRACTS_DIR, ref);
  const [, , domain, ...rest] = type.split('.');
  const name = `${rest.slice(0, -1).join('-')}.${rest.at(-1)}.schema.json`;
  const expected = join(CONTRACTS_DIR, 'events', domain, name);
  ensure(path === expected, `${where}: the schema of ${type} must be ${rel(expected)}, found ${rel(path)}`);
  ensure(existsSync(path), `${where}: schema file ${rel(path)} does not exist`);
  let schema;
  try {
    schema = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`${rel(path)} is not valid JSON: ${error.message}`);
  }
  const file = rel(path);
  ensure(schema.$schema === DRAFT_07, `${file}: $schema must be ${DRAFT_07} (every contract uses draft-07)`);
  ensure(typeof schema.$id === 'string', `${file}: $id is required (it is the CloudEvents dataschema)`);
  ensure(/^[A-Z]\w*V[0-9]+$/.test(schema.title ?? ''), `${file}: title must be like CitizenRegisteredV1`);
  return { schema, file };
}

function checkContract(contract, message, nullableKey) {
  const { type, keyField, schema, file } = contract;
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  let validate;
  try {
    validate = ajv.compile(schema);
  } catch (error) {
    fail(`${file} does not compile with ajv: ${error.message}`);
  }
  const types = [schema.properties?.[keyField]?.type].flat();
  const keyTypesOk =
    types[0] === 'string' && types.every((t) => t === 'string' || (nullableKey && t === 'null'));
  ensure(
    keyTypesOk && schema.required?.includes(keyField),
    `${type}: x-d06-key-field ${lit(keyField)} must be a required string property of ${file}`,
  );
  for (const [i, { name = i, payload, headers }] of (message.examples ?? []).entries()) {
    const valid = payload === undefined || validate(payload);
    ensure(valid, `${type}: example ${name} does not match ${file}: ${ajv.errorsText(validate.errors)}`);
    ensure([undefined, type].includes(headers?.ce_type), `${type}: example ${name} has another ce_type`);
  }
}

function readMessage(doc, ref, where) {
  const message = deref(doc, ref, where);
  const type = message['x-d06-event-type'];
  const keyField = message['x-d06-key-field'];
  const typeOk = typeof type === 'string' && TYPE_PATTERN.test(type);
  ensure(typeOk, `${where}: x-d06-event-type ${lit(type)} is not vn.d06.<domain>.<entity>.<action>.v<N>`);
  ensure(
    typeof keyField === 'string',
    `${where}: x-d06-key-field (the data field keying records) is required`,
  );
  ensure(/^[A-Z]\w*$/.test(message.name ?? ''), `${where}: name must be PascalCase (it keys EVENT_TYPES)`);
  const constant = message.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  return { message, contract: { type, constant, keyField, ...loadSchema(message, type, where) } };
}

function readModel(doc) {
  const channels = Object.entries(doc.channels ?? {}).map(([id, node]) => {
    const where = `channels.${id}`;
    const channel = deref(doc, node, where);
    ensure(/^[a-z][A-Za-z0-9]*$/.test(id), `${where}: channel ids must be camelCase (they key TOPICS)`);
    ensure(typeof channel.address === 'string', `${where}: address (the topic name) is required`);
    const partitions = channel.bindings?.kafka?.partitions;
    ensure(Number.isInteger(partitions), `${where}: bindings.kafka.partitions is required`);
    const messages = Object.entries(channel.messages ?? {}).map(([mid, m]) =>
      readMessage(doc, m, `${where}.messages.${mid}`),
    );
    return { id, name: channel.address, partitions, deadLetterOf: channel['x-d06-dead-letter-of'], messages };
  });
  const names = channels.map((c) => c.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  ensure(!duplicate, `topic ${duplicate} is the address of more than one channel`);

  const domain = channels.filter((c) => c.deadLetterOf === undefined);
  const deadLetter = channels.filter((c) => c.deadLetterOf !== undefined);
  for (const d of deadLetter) {
    const of = domain.find((c) => c.id === d.deadLetterOf);
    ensure(of, `channels.${d.id}: x-d06-dead-letter-of ${lit(d.deadLetterOf)} is not an event channel`);
    ensure(
      d.name === of.name + DLQ_SUFFIX,
      `channels.${d.id}: a dead-letter topic is named ${of.name}${DLQ_SUFFIX}`,
    );
  }
  for (const c of domain) {
    const count = deadLetter.filter((d) => d.deadLetterOf === c.id).length;
    ensure(count === 1, `channels.${c.id}: needs exactly one dead-letter channel, found ${count}`);
  }

  const dlqMessages = deadLetter.flatMap((d) => d.messages);
  const dlqTypes = new Set(dlqMessages.map((m) => m.contract.type));
  ensure(
    dlqTypes.size === 1 && deadLetter.every((d) => d.messages.length === 1),
    `every dead-letter channel must carry exactly the one dead-letter message, found ${[...dlqTypes].join(', ')}`,
  );
  const dead = dlqMessages[0];
  checkContract(dead.contract, dead.message, true);

  const events = [];
  for (const c of domain) {
    for (const { message, contract } of c.messages) {
      const { type, constant } = contract;
      ensure(!dlqTypes.has(type), `channels.${c.id}: the dead-letter message is for dead-letter channels`);
      ensure(!events.some((e) => e.type === type), `${type} is on more than one channel`);
      ensure(!events.some((e) => e.constant === constant), `two messages are named ${constant}`);
      checkContract(contract, message, false);
      events.push({ ...contract, topic: c.name });
    }
  }
  events.sort((a, b) => (a.type < b.type ? -1 : 1));
  return { channels, events, deadLetter: { ...dead.contract, topics: deadLetter.map((d) => d.name) } };
}

async function renderInterfaces(contracts) {
  const blocks = [];
  for (const { schema } of contracts) {
    blocks.push(
      await compile(structuredClone(schema), schema.title, {
        bannerComment: '',
        format: false,
        additionalProperties: false,
        strictIndexSignatures: true,
        cwd: CONTRACTS_DIR,
      }),
    );
  }
  const names = blocks.join('\n').match(/^export (?:interface|type) \w+/gm) ?? [];
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  ensure(!duplicate, `two schemas declare ${duplicate?.split(' ').at(-1)}: give their titles distinct names`);
  return blocks.join('\n');
}

async function render(model) {
  const { channels, events, deadLetter } = model;
  const contract = (c, extra) =>
    `{ type: ${lit(c.type)}, ${extra}, keyField: ${lit(c.keyField)}, schema: ${JSON.stringify(c.schema)} }`;
  const source = `// Generated by tools/scripts/generate-contracts.mjs from contracts/asyncapi.yaml and contracts/events/:
// do not edit. Change the contracts, then run \`npm run contracts:generate\` (CI runs contracts:check).
import type { DeadLetterContract, EventContract } from '../event-contract';

${await renderInterfaces([...events, deadLetter])}

/** Kafka topics by AsyncAPI channel id; each event topic has a dead-letter topic \`<topic>.dlq\`. */
export const TOPICS = { ${channels.map((c) => `${c.id}: ${lit(c.name)}`).join(', ')} } as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];
export type DeadLetterTopic = Extract<Topic, \`\${string}${DLQ_SUFFIX}\`>;
export type DomainTopic = Exclude<Topic, DeadLetterTopic>;

/** Partition count of each topic (AsyncAPI channel bindings.kafka.partitions). */
export const TOPIC_PARTITIONS: { readonly [T in Topic]: number } = {
  ${channels.map((c) => `${lit(c.name)}: ${c.partitions}`).join(', ')}
};

/** The CloudEvents types of the domain events, by message name. */
export const EVENT_TYPES = { ${events.map((e) => `${e.constant}: ${lit(e.type)}`).join(', ')} } as const;
export type EventType = (typeof EVENT_TYPES)[keyof typeof EVENT_TYPES];

/** The \`data\` of each event type. */
export interface EventDataMap {
  ${events.map((e) => `${lit(e.type)}: ${e.schema.title};`).join('\n')}
}

/** Topic, key field and data schema (JSON Schema draft-07, compile with ajv + ajv-formats) of each event type. */
export const EVENT_CONTRACTS: { readonly [T in EventType]: EventContract<T> } = {
  ${events.map((e) => `${lit(e.type)}: ${contract(e, `topic: ${lit(e.topic)}`)}`).join(',\n')}
};

export type DeadLetterType = ${lit(deadLetter.type)};
export type DeadLetterData = ${deadLetter.schema.title};

/** What a consumer publishes to \`<topic>.dlq\` when it gives up on a record. */
export const DEAD_LETTER_CONTRACT: DeadLetterContract = ${contract(deadLetter, `topics: ${lit(deadLetter.topics)}`)};
`;
  // The repository's prettier config, wherever --out points, so the output never depends on its location.
  const config = await prettier.resolveConfig(DEFAULT_OUT, { editorconfig: false });
  return prettier.format(source, { ...config, parser: 'typescript' });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const doc = readSpec();
  validateAsyncApi(doc);
  const model = readModel(doc);
  const output = await render(model);
  const current = existsSync(args.out) ? readFileSync(args.out, 'utf8') : null;
  if (args.check) {
    if (current !== output) {
      const line = output.split('\n').findIndex((l, i) => l !== current?.split('\n')[i]) + 1;
      const at = current === null ? 'it does not exist' : `first difference at line ${line}`;
      fail(`${STALE} (${rel(args.out)} does not match ${rel(CONTRACTS_DIR)}/; ${at})`);
    }
    console.log(`contracts: ${rel(args.out)} is up to date`);
    return;
  }
  if (current !== output) {
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, output);
  }
  const summary = `${model.events.length} event type(s), ${model.channels.length} topics`;
  console.log(`contracts: ${current === output ? 'unchanged' : 'wrote'} ${rel(args.out)} (${summary})`);
}

main().catch((error) => {
  console.error(error instanceof ContractsError ? `contracts: ${error.message}` : error);
  process.exitCode = 1;
});
