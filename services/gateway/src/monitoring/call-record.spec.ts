import { EVENT_CONTRACTS, EVENT_TYPES } from '@d06/contracts';
import { EventCatalog } from '@d06/messaging';
import type { MessageLogEntry } from '../message-log/message-log-entry';
import { logEntry } from '../message-log/message-log-entry.fixture';
import { ByteWriter } from '../support/byte-writer';
import { callRecord, writeCallRecordJson } from './call-record';
import { recordId } from './record-id';

const OK: MessageLogEntry = logEntry({
  messageId: '018b8a3c-1f2e-7abc-8def-0123456789ab',
  userId: 'VNCB-038-0042',
  issue: 'KCB-38001-BENCH',
  cacheHit: true,
  durationMs: 0.125,
  requestSize: 120,
  responseSize: 512,
  costVnd: 550,
});

const ENTRIES: MessageLogEntry[] = [
  OK,
  // refused, no officer or dossier, a masked path with a query
  {
    ...OK,
    method: 'GET',
    path: '/038******234/resolve?x="1"&y=\\2',
    userId: null,
    issue: null,
    status: 403,
    faultCode: 'Server.ServerProxy.AccessDenied',
    cacheHit: false,
  },
  // a provider's own error (no fault of the gateway's), long texts cut to the contract's bounds
  { ...OK, status: 502, messageId: 'm'.repeat(100), path: `/${'p'.repeat(600)}`, userId: 'u'.repeat(150) },
  // text the JSON must escape, Vietnamese, a lone surrogate, a tab
  { ...OK, issue: 'Hồ sơ "số 1"\t\\ \u0001 \ud800', userId: 'Cán bộ\u2028', durationMs: 12 },
];

describe('the operational-monitoring record', () => {
  const catalog = new EventCatalog(Object.values(EVENT_CONTRACTS));

  it.each(ENTRIES.map((entry, i) => [i, entry] as const))(
    'entry %i: is valid against the exchange.call.completed contract',
    (_, entry) => {
      expect(catalog.violations(EVENT_TYPES.EXCHANGE_CALL_COMPLETED, callRecord(entry))).toEqual([]);
    },
  );

  it.each(ENTRIES.map((entry, i) => [i, entry] as const))(
    'entry %i: is written byte for byte as JSON.stringify writes it',
    (_, entry) => {
      const writer = new ByteWriter(16);
      writeCallRecordJson(writer, entry);
      expect(writer.view().toString('utf8')).toBe(JSON.stringify(callRecord(entry)));
    },
  );

  it('charges only a successful call, and says whether it succeeded', () => {
    expect(callRecord(OK)).toMatchObject({ succeeded: true, costVnd: 550 });
    expect(callRecord(ENTRIES[1])).toMatchObject({ succeeded: false, costVnd: 0 });
    expect(callRecord(ENTRIES[2])).toMatchObject({ succeeded: false, costVnd: 0, status: 502 });
  });
});

describe('recordId', () => {
  it("is a UUIDv8 made of the entry hash's first hex digits, the same for the same entry", () => {
    const hash = 'f1e2d3c4b5a6978877665544332211009f8e7d6c5b4a39281706f5e4d3c2b1a0';
    const id = recordId(hash);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).toBe('f1e2d3c4-b5a6-8788-b766-554433221100');
    expect(recordId(hash)).toBe(id);
    expect(recordId(`0${hash.slice(1)}`)).not.toBe(id);
  });
});
