import type { MessageLogEntry } from './message-log-entry';

/** For specs: a hospital's card check logged at the provincial tier; a spec overrides what it is about. */
export function logEntry(overrides: Partial<MessageLogEntry> = {}): MessageLogEntry {
  return {
    messageId: 'm-1',
    tier: 'lgsp',
    client: 'VN/GOV/000.00.00.H38/HIS',
    service: 'VN/GOV/000.00.00.G02/BHYT/card-checks',
    method: 'POST',
    path: '/',
    userId: null,
    issue: null,
    status: 200,
    faultCode: null,
    requestHash: 'rq',
    responseHash: 'rs',
    requestBody: null,
    responseBody: null,
    requestInAt: '2023-09-12T01:05:00.000Z',
    responseOutAt: '2023-09-12T01:05:00.004Z',
    cacheHit: false,
    durationMs: 1,
    requestSize: 0,
    responseSize: 10,
    costVnd: 0,
    ...overrides,
  };
}
