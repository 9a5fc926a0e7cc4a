import { createHash } from 'node:crypto';
import { entryHash, GENESIS_HASH, type MessageLogEntry } from './message-log-entry';
import { logEntry } from './message-log-entry.fixture';

const ENTRY: MessageLogEntry = logEntry({
  userId: 'VNCB-1',
  durationMs: 4.25,
  requestSize: 120,
  responseSize: 512,
  costVnd: 550,
});

describe('entryHash', () => {
  it('is SHA-256 (hex) over the documented text: the fields in order, separated by U+001F', () => {
    const entry: MessageLogEntry = {
      ...ENTRY,
      issue: 'Hồ sơ\\1',
      requestBody: '{"idNumber":"038******234"}',
    };
    const text = [
      GENESIS_HASH,
      'lgsp:node-1:0',
      '7',
      'm-1',
      'lgsp',
      'VN/GOV/000.00.00.H38/HIS',
      'VN/GOV/000.00.00.G02/BHYT/card-checks',
      'POST',
      '/',
      'VNCB-1',
      'Hồ sơ\\\\1', // the backslash escaped
      '200',
      '',
      'rq',
      'rs',
      '{"idNumber":"038******234"}',
      '',
      '2023-09-12T01:05:00.000Z',
      '2023-09-12T01:05:00.004Z',
      '0',
      '4.25',
      '120',
      '512',
      '550',
    ].join('\u001f');
    expect(entryHash(GENESIS_HASH, 'lgsp:node-1:0', '7', entry)).toBe(
      createHash('sha256').update(text, 'utf8').digest('hex'),
    );
  });

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
