import { EventCatalog } from '../catalog/event-catalog';
import { decodeCloudEvent, encodeCloudEvent } from './cloud-event.codec';
import { EnvelopeFactory } from './envelope-factory';

const catalog = new EventCatalog([
  {
    type: 'vn.d06.test.registered.v1',
    topic: 'test.events.v1',
    keyField: 'idNumber',
    schema: {
      type: 'object',
      required: ['idNumber'],
      properties: { idNumber: { type: 'string', pattern: '^[0-9]{12}$' } },
    },
  },
]);
const clock = { now: () => new Date('2024-01-02T03:04:05.000Z') };

describe('CloudEvents Kafka binary binding', () => {
  it('round-trips id, type, source, business time, data and key through ce_* headers', () => {
    const event = new EnvelopeFactory(catalog, 'd06/population', clock).create({
      type: 'vn.d06.test.registered.v1',
      data: { idNumber: '038090001234' },
    });
    const wire = encodeCloudEvent(event);

    expect(wire.key).toBe('038090001234');
    expect(wire.headers.ce_type).toBe('vn.d06.test.registered.v1');
    expect(wire.headers.ce_specversion).toBe('1.0');
    expect(JSON.parse(wire.value!.toString())).toEqual({ idNumber: '038090001234' });

    const back = decodeCloudEvent(wire);
    expect(back.id).toBe(event.id);
    expect(back.source).toBe('d06/population');
    expect(back.time).toBe('2024-01-02T03:04:05.000Z');
    expect(back.subject).toBeUndefined(); // never defaulted to the key: it is a personal ID number here
    expect(back.data).toEqual({ idNumber: '038090001234' });
  });

  it('rejects a record without CloudEvent headers', () => {
    expect(() => decodeCloudEvent({ key: null, value: Buffer.from('{}'), headers: {} })).toThrow(
      /No CloudEvent/,
    );
  });
});

describe('EnvelopeFactory', () => {
  const factory = new EnvelopeFactory(catalog, 'd06/population', clock);

  it('names the violated rule when data breaks the schema', () => {
    expect(() => factory.create({ type: 'vn.d06.test.registered.v1', data: { idNumber: '12345' } })).toThrow(
      /data\/idNumber must match pattern/,
    );
  });

  it('refuses unknown event types', () => {
    expect(() => factory.create({ type: 'vn.d06.test.unknown.v1', data: {} })).toThrow(/unknown event type/);
  });

  it('issues time-ordered UUIDv7 ids', () => {
    const ids = Array.from(
      { length: 50 },
      () => factory.create({ type: 'vn.d06.test.registered.v1', data: { idNumber: '038090001234' } }).id,
    );
    expect(ids.every((id) => id[14] === '7')).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
  });
});
