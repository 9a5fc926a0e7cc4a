import { CloudEvent, Kafka, type Message } from 'cloudevents';
import { decodeBinaryCloudEvent } from './binary-cloud-event';
import { decodeCloudEvent } from './cloud-event.codec';
import type { WireMessage } from './wire-message';

/** What the codec did before it had a fast path: the library's Kafka binding and its validation. */
function libraryDecode(message: WireMessage): CloudEvent<unknown> {
  const event = Kafka.toEvent({
    headers: { ...message.headers },
    key: message.key ?? '',
    value: message.value ?? undefined,
    body: message.value ?? undefined,
  } as Message) as CloudEvent<unknown>;
  event.validate();
  return event;
}

const base: Record<string, string> = {
  ce_id: '0192f3c4-5a6b-7c8d-9e0f-123456789abc',
  ce_type: 'vn.d06.onestop.dossier.received.v1',
  ce_source: 'd06/one-stop',
  ce_specversion: '1.0',
  ce_time: '2023-09-01T08:15:00.000+07:00',
  ce_datacontenttype: 'application/json',
  ce_partitionkey: '000.00.38.H56-230901-0001',
  'content-type': 'application/json',
};
const message = (
  headers: Record<string, string | undefined>,
  value: string | null = '{"n":1}',
): WireMessage => ({
  key: '000.00.38.H56-230901-0001',
  value: value === null ? null : Buffer.from(value),
  headers: Object.fromEntries(
    Object.entries({ ...base, ...headers }).filter(([, v]) => v !== undefined),
  ) as Record<string, string>,
});

describe('the binary CloudEvent fast path', () => {
  const accepted: Record<string, WireMessage> = {
    'an offset time': message({}),
    'a canonical UTC time': message({ ce_time: '2023-09-01T01:15:00.000Z' }),
    'a time without fraction': message({ ce_time: '2023-09-01T01:15:00Z' }),
    'a negative offset': message({ ce_time: '2023-12-31T20:00:00.5-05:30' }),
    'no time at all': message({ ce_time: undefined }),
    'a date-only time (the library reads it as UTC midnight)': message({ ce_time: '2023-09-01' }),
    'a subject and a traceparent': message({
      ce_subject: 'dossier/1',
      ce_traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    }),
    'no ce_datacontenttype': message({ ce_datacontenttype: undefined }),
    'a charset in the content type': message({ 'content-type': 'application/json; charset=utf-8' }),
    'JSON null data': message({}, 'null'),
    'no key': { ...message({}), key: null },
  };
  for (const [name, wire] of Object.entries(accepted)) {
    it(`gives exactly the library's event for ${name}`, () => {
      const fast = decodeBinaryCloudEvent(wire);
      const slow = libraryDecode(wire);
      expect(fast).toBeInstanceOf(CloudEvent);
      expect(Object.isFrozen(fast)).toBe(true);
      if (wire.headers.ce_time === undefined) {
        // both stamp "now": compare all but the time
        expect({ ...fast, time: 'now' }).toEqual({ ...slow, time: 'now' });
      } else {
        expect(Object.keys(fast!)).toEqual(Object.keys(slow));
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
        expect({ ...fast }).toEqual({ ...slow });
      }
    });
  }

  const declined: Record<string, WireMessage> = {
    'spec version 0.3': message({ ce_specversion: '0.3' }),
    'structured mode': message({ ce_id: undefined, 'content-type': 'application/cloudevents+json' }),
    'non-JSON data': message({ 'content-type': 'text/plain' }, 'hello'),
    'no content type (bytes)': message({ 'content-type': undefined }),
    'a dataschema': message({ ce_dataschema: 'https://example.org/s.json' }),
    'an empty subject': message({ ce_subject: '' }),
    'an invalid time': message({ ce_time: 'yesterday' }),
    'a source that is no uri-reference': message({ ce_source: 'd06 one stop' }),
    'an extension with an upper-case name': message({ ce_traceParent: 'x' }),
    'an extension shadowing data': message({ ce_data: 'x' }),
    'no value': message({}, null),
    'no type': message({ ce_type: undefined }),
  };
  for (const [name, wire] of Object.entries(declined)) {
    it(`leaves ${name} to the library, and decodeCloudEvent still agrees with it`, () => {
      expect(decodeBinaryCloudEvent(wire)).toBeUndefined();
      let expected: unknown;
      try {
        expected = { event: { ...libraryDecode(wire) } };
      } catch (error) {
        expected = { error: (error as Error).message };
      }
      let actual: unknown;
      try {
        actual = { event: { ...decodeCloudEvent(wire) } };
      } catch (error) {
        actual = { error: (error as Error).message };
      }
      if ((expected as { event?: { time?: string } }).event && wire.headers.ce_time === undefined) return;
      expect(actual).toEqual(expected);
    });
  }

  it('throws the JSON error for malformed JSON data, as the library does', () => {
    const wire = message({}, '{"n":');
    expect(() => decodeCloudEvent(wire)).toThrow(SyntaxError);
    expect(() => libraryDecode(wire)).toThrow(SyntaxError);
  });
});
