// Valid data per contract and ways to break it, for the contract tests. Typed against the generated interfaces,
// so a new event type without a fixture fails the typecheck and a fixture that drifts from the schema fails the test.
import { without, type Breakage } from './contract-breakage';
import type { DeadLetterData, EventDataMap, EventType } from './generated/events';
import { BHYT_BREAKAGES, BHYT_VALID_DATA } from './bhyt-contract-fixtures';
import { EXCHANGE_BREAKAGES, EXCHANGE_VALID_DATA } from './exchange-contract-fixtures';
import { ONESTOP_BREAKAGES, ONESTOP_VALID_DATA } from './onestop-contract-fixtures';
import { POPULATION_BREAKAGES, POPULATION_VALID_DATA } from './population-contract-fixtures';
import { SSA_BREAKAGES, SSA_VALID_DATA } from './ssa-contract-fixtures';
import { VNEID_BREAKAGES, VNEID_VALID_DATA } from './vneid-contract-fixtures';

export type { Breakage } from './contract-breakage';

export const VALID_DATA: { readonly [T in EventType]: EventDataMap[T] } = {
  ...POPULATION_VALID_DATA,
  ...VNEID_VALID_DATA,
  ...BHYT_VALID_DATA,
  ...SSA_VALID_DATA,
  ...ONESTOP_VALID_DATA,
  ...EXCHANGE_VALID_DATA,
};

export const VALID_DEAD_LETTER: DeadLetterData = {
  topic: 'population.events.v1',
  partition: 2,
  offset: '4711',
  key: null,
  keyEncoding: 'utf8',
  headers: [
    { name: 'ce_type', value: 'vn.d06.population.citizen.registered.v1', encoding: 'utf8' },
    { name: 'x-raw', value: '/w==', encoding: 'base64' },
  ],
  value: 'eyJpZE51bWJlciI6',
  valueEncoding: 'base64',
  reasonCode: 'malformed-message',
  reason: 'value is not JSON',
  failedAt: '2024-09-03T01:15:02.120Z',
  attempts: 1,
  consumerGroup: 'metrics',
};

export const BREAKAGES: { readonly [T in EventType]: readonly Breakage[] } = {
  ...POPULATION_BREAKAGES,
  ...VNEID_BREAKAGES,
  ...BHYT_BREAKAGES,
  ...SSA_BREAKAGES,
  ...ONESTOP_BREAKAGES,
  ...EXCHANGE_BREAKAGES,
};

export const DEAD_LETTER_BREAKAGES: readonly Breakage[] = [
  { name: 'negative partition', data: { ...VALID_DEAD_LETTER, partition: -1 }, path: '/partition' },
  { name: 'numeric offset', data: { ...VALID_DEAD_LETTER, offset: 4711 }, path: '/offset' },
  { name: 'offset with a sign', data: { ...VALID_DEAD_LETTER, offset: '-1' }, path: '/offset' },
  { name: 'zero attempts', data: { ...VALID_DEAD_LETTER, attempts: 0 }, path: '/attempts' },
  { name: 'unknown encoding', data: { ...VALID_DEAD_LETTER, valueEncoding: 'hex' }, path: '/valueEncoding' },
  { name: 'unknown reason code', data: { ...VALID_DEAD_LETTER, reasonCode: 'oops' }, path: '/reasonCode' },
  { name: 'headers as a map', data: { ...VALID_DEAD_LETTER, headers: { ce_type: 'x' } }, path: '/headers' },
  {
    name: 'header without encoding',
    data: { ...VALID_DEAD_LETTER, headers: [{ name: 'ce_type', value: 'x' }] },
    path: '/headers/0',
  },
  {
    name: 'failedAt not a date-time',
    data: { ...VALID_DEAD_LETTER, failedAt: 'yesterday' },
    path: '/failedAt',
  },
  { name: 'missing consumerGroup', data: without(VALID_DEAD_LETTER, 'consumerGroup'), path: '' },
];
