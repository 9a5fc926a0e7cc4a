import { checkRecord } from '../../bus/check-record';
import { EventKeyList, writeEventKey } from '../../bus/event-keys';
import { EventCatalog } from '../../catalog/event-catalog';
import { RecordSetReader } from '../fetch/record-batches';
import { encodeRecord, HeaderName, recordBatchSize, writeRecordBatch } from '../produce/record-batch';
import { BinaryEventReader } from './binary-event-reader';
import { testContracts, THING_HAPPENED } from '../../../test/test-catalog';

type Headers = ReadonlyArray<readonly [string, string]>;
interface Case {
  readonly headers: Headers;
  readonly value?: string;
}

const ID = '0192f3c4-5a6b-7c8d-9e0f-123456789abc';
const COMMON: Headers = [
  ['content-type', 'application/json'],
  ['ce_id', ID],
  ['ce_time', '2023-09-06T08:05:00.000+07:00'],
  ['ce_type', THING_HAPPENED],
  ['ce_source', 'd06/test'],
  ['ce_specversion', '1.0'],
  ['ce_datacontenttype', 'application/json'],
  ['ce_partitionkey', 'k1'],
];
const DATA = JSON.stringify({ key: 'k1', n: 7 });

const replaced = (name: string, value: string): Headers =>
  COMMON.map(([n, v]) => [n, n === name ? value : v] as const);
const without = (name: string): Headers => COMMON.filter(([n]) => n !== name);

/** Records the common case must read exactly as the full decoding does, or leave to it. */
const CASES: Record<string, Case> = {
  'the common case': { headers: COMMON },
  'a subject and a trace context': {
    headers: [
      ...COMMON,
      ['ce_subject', 'dossier/1'],
      ['ce_traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'],
    ],
  },
  'headers in another order': { headers: [...COMMON].reverse() },
  'an uppercase uuid': { headers: replaced('ce_id', ID.toUpperCase()) },
  'an id that is no uuid': { headers: replaced('ce_id', 'event-42') },
  'an id of 36 characters that is no uuid': { headers: replaced('ce_id', 'x'.repeat(36)) },
  'a UTC time': { headers: replaced('ce_time', '2023-09-06T01:05:00Z') },
  'a time that is no time': { headers: replaced('ce_time', 'yesterday') },
  'an empty time': { headers: replaced('ce_time', '') },
  'no time (the full decoding stamps now)': { headers: without('ce_time') },
  'no id': { headers: without('ce_id') },
  'no spec version': { headers: without('ce_specversion') },
  'spec version 0.3': { headers: replaced('ce_specversion', '0.3') },
  'an unknown type': { headers: replaced('ce_type', 'vn.d06.test.unknown.v1') },
  'a source that is no uri-reference': { headers: replaced('ce_source', 'a source with spaces') },
  'an empty subject': { headers: [...COMMON, ['ce_subject', '']] },
  'an empty extension': { headers: [...COMMON, ['ce_traceparent', '']] },
  'an extension the library refuses': { headers: [...COMMON, ['ce_Trace-Parent', 'x']] },
  'a data schema': { headers: [...COMMON, ['ce_dataschema', 'https://example.org/schema']] },
  'a repeated type': { headers: [...COMMON, ['ce_type', 'vn.d06.test.other.v1']] },
  'text content': { headers: replaced('content-type', 'text/plain') },
  'no content type': { headers: without('content-type') },
  'an unrelated header': { headers: [...COMMON, ['x-retries', '']] },
  'data that is not JSON': { headers: COMMON, value: '{"key": "k1", n: 7' },
  'data against its contract': { headers: COMMON, value: JSON.stringify({ key: 'k1', n: -1 }) },
};

function recordSet(cases: readonly Case[]): Buffer {
  const names = new Map<string, HeaderName>();
  const nameOf = (name: string): HeaderName => {
    if (!names.has(name)) names.set(name, new HeaderName(name));
    return names.get(name)!;
  };
  const records = cases.map(({ headers, value }) =>
    encodeRecord(
      'k1',
      value ?? DATA,
      headers.map(([name, text]) => [nameOf(name), text] as const),
    ),
  );
  const set = Buffer.alloc(recordBatchSize(records));
  writeRecordBatch(set, 0, records, Date.now());
  return set;
}

describe('BinaryEventReader', () => {
  const catalog = new EventCatalog(testContracts().contracts);
  const names = Object.keys(CASES);
  const set = recordSet(Object.values(CASES));

  /** Each case read both ways: the common case's event and key, and the full decoding's verdict. */
  function readBothWays(): {
    name: string;
    lean?: object;
    leanKey?: string;
    full: object;
    fullKey?: string;
  }[] {
    const reader = new BinaryEventReader(catalog);
    const results: ReturnType<typeof readBothWays> = [];
    new RecordSetReader('test.events.v1', 0, set, 0).readEach(Infinity, Infinity, (layout) => {
      const keys = new EventKeyList();
      const lean = reader.read(layout, keys);
      const checked = checkRecord(catalog, layout.toRecord());
      const full = 'event' in checked ? checked.event : checked;
      const fullKeys = new EventKeyList();
      if ('event' in checked) fullKeys.add(checked.event.id, 0);
      results.push({
        name: names[layout.offset],
        lean: lean && { id: lean.id, type: lean.type, source: lean.source, time: lean.time, data: lean.data },
        leanKey: lean && Buffer.from(keys.bytes.subarray(0, 16)).toString('hex'),
        full,
        fullKey: 'event' in checked ? Buffer.from(fullKeys.bytes.subarray(0, 16)).toString('hex') : undefined,
      });
      // nothing is added for a record left to the full decoding
      expect(keys.count).toBe(lean ? 1 : 0);
    });
    return results;
  }

  it('reads every event the full decoding accepts, giving the same attributes, data and id key', () => {
    for (const result of readBothWays()) {
      if (!result.lean) continue;
      const full = result.full as { id: string; type: string; source: string; time: string; data: unknown };
      expect({ case: result.name, ...result.lean }).toEqual({
        case: result.name,
        id: full.id,
        type: full.type,
        source: full.source,
        time: full.time,
        data: full.data,
      });
      expect(result.leanKey).toBe(result.fullKey);
    }
  });

  it('leaves to the full decoding every record that decoding rejects, and reads the usual ones itself', () => {
    const results = readBothWays();
    const rejected = results.filter((r) => !('id' in r.full)).map((r) => r.name);
    expect(results.filter((r) => r.lean && rejected.includes(r.name))).toEqual([]);
    expect(rejected).toEqual(
      expect.arrayContaining([
        'a time that is no time',
        'no id',
        'an unknown type',
        'a source that is no uri-reference',
        'an extension the library refuses',
        'data that is not JSON',
        'data against its contract',
      ]),
    );
    const readByItself = results.filter((r) => r.lean).map((r) => r.name);
    expect(readByItself).toEqual([
      'the common case',
      'a subject and a trace context',
      'headers in another order',
      'an uppercase uuid',
      'an id that is no uuid',
      'an id of 36 characters that is no uuid',
      'a UTC time',
      'an unrelated header',
    ]);
  });

  it('keys an id that is no uuid by its name-based uuid, as the full decoding does', () => {
    const expected = new Uint8Array(16);
    writeEventKey('event-42', expected, 0);
    const result = readBothWays().find((r) => r.name === 'an id that is no uuid')!;
    expect(result.leanKey).toBe(Buffer.from(expected).toString('hex'));
  });
});
