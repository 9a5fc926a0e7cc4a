import { entryHash, GENESIS_HASH, type MessageLogEntry } from './message-log-entry';

const ENTRY: MessageLogEntry = {
  messageId: 'm-1',
  tier: 'lgsp',
  client: 'VN/GOV/000.00.00.H38/HIS',
  service: 'VN/GOV/000.00.00.G02/BHYT/card-checks',
  method: 'POST',
  path: '/',
  userId: 'VNCB-1',
  issue: null,
  status: 200,
  faultCode: null,
  requestHash: 'rq',
  responseHash: 'rs',
  requestBody: null,
  responseBody: null,
  requestInAt: new Date('2023-09-12T01:05:00Z'),
  responseOutAt: new Date('2023-09-12T01:05:00.004Z'),
  cacheHit: false,
  durationMs: 4.25,
  requestSize: 120,
  responseSize: 512,
  costVnd: 550,
};

describe('entryHash', () => {
  it('depends on the previous hash, the place in the chain and every field', () => {
    const base = entryHash(GENESIS_HASH, 'c', '1', ENTRY);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(GENESIS_HASH, 'c', '1', ENTRY)).toBe(base);
    expect(entryHash('f'.repeat(64), 'c', '1', ENTRY)).not.toBe(base);
    expect(entryHash(GENESIS_HASH, 'c', '2', ENTRY)).not.toBe(base);
    expect(entryHash(GENESIS_HASH, 'c', '1', { ...ENTRY, status: 403 })).not.toBe(base);
    expect(entryHash(GENESIS_HASH, 'c', '1', { ...ENTRY, cacheHit: true })).not.toBe(base);
    expect(entryHash(GENESIS_HASH, 'c', '1', { ...ENTRY, costVnd: 0 })).not.toBe(base);
  });

  it('cannot be fooled by moving text across the field separator', () => {
    const a = entryHash(GENESIS_HASH, 'c', '1', { ...ENTRY, userId: 'a\u001fb', issue: null });
    const b = entryHash(GENESIS_HASH, 'c', '1', { ...ENTRY, userId: 'a', issue: 'b' });
    expect(a).not.toBe(b);
  });
});
