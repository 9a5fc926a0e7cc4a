// Valid data and breakages of the data-exchange contract (exchange.calls.v1), spread into contract-fixtures.ts.
import type { Breakage } from './contract-breakage';
import type { EventDataMap } from './generated/events';

type CallCompleted = EventDataMap['vn.d06.exchange.call.completed.v1'];

const CALL: CallCompleted = {
  messageId: '0192f3c4-5a6b-7c8d-9e0f-123456789abc',
  tier: 'lgsp',
  client: 'VN/GOV/000.00.00.H38/ONESTOP',
  service: 'VN/GOV/000.00.00.G01/POPULATION/citizens',
  method: 'GET',
  path: '/v1/citizens/038*******34',
  userId: 'VNCB-038-0042',
  issue: '000.00.38.H56-230912-0042',
  status: 200,
  succeeded: true,
  requestInAt: '2023-09-12T08:05:00.000+07:00',
  responseOutAt: '2023-09-12T08:05:00.004+07:00',
  durationMs: 4.2,
  requestSize: 0,
  responseSize: 512,
  cacheHit: false,
  costVnd: 550,
  occurredAt: '2023-09-12T08:05:00.004+07:00',
};

export const EXCHANGE_VALID_DATA: { readonly 'vn.d06.exchange.call.completed.v1': CallCompleted } = {
  'vn.d06.exchange.call.completed.v1': CALL,
};

export const EXCHANGE_BREAKAGES: { readonly 'vn.d06.exchange.call.completed.v1': readonly Breakage[] } = {
  'vn.d06.exchange.call.completed.v1': [
    {
      name: 'a client without its subsystem',
      data: { ...CALL, client: 'VN/GOV/000.00.00.H38' },
      path: '/client',
    },
    { name: 'an unknown tier', data: { ...CALL, tier: 'regional' }, path: '/tier' },
    { name: 'a negative cost', data: { ...CALL, costVnd: -550 }, path: '/costVnd' },
  ],
};
