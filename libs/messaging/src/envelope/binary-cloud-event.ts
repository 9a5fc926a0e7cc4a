import { CloudEvent } from 'cloudevents';
import { fullFormats } from 'ajv-formats/dist/formats';
import * as domain from '@d06/domain';
import type { WireMessage } from './wire-message';

// read once: under the CommonJS transform each use of a name re-exported through `export *` is a getter call,
// and these run for every consumed event
const { isoString, rfc3339Millis } = domain;

/** ce_* headers that are CloudEvents context attributes (not extensions). */
const ATTRIBUTE_HEADERS = [
  'ce_id',
  'ce_type',
  'ce_source',
  'ce_specversion',
  'ce_time',
  'ce_subject',
  'ce_datacontenttype',
];
const KNOWN = new Set<string>([...ATTRIBUTE_HEADERS, 'ce_dataschema', 'content-type']);
/** Own properties the CloudEvent constructor sets itself: an extension by one of these names is left to it. */
const RESERVED = new Set([
  'id',
  'time',
  'type',
  'source',
  'specversion',
  'datacontenttype',
  'subject',
  'datacontentencoding',
  'dataschema',
  'schemaurl',
  'data',
]);
const EXTENSION_NAME = /^[a-z0-9]+$/;
const uriReference = fullFormats['uri-reference'] as RegExp;
/** Sources already checked against `uri-reference` (a producer has one): the check runs once per source. */
const validSources = new Set<string>();
/** ce_* header name → extension attribute name ('' when the library would refuse it). */
const extensions = new Map<string, string>();
const MAX_REMEMBERED = 1_000;

/**
 * The common case of the CloudEvents Kafka binary binding, read directly: a 1.0 event whose attributes are ce_*
 * headers and whose data is JSON. Gives exactly the CloudEvent that `Kafka.toEvent` + `validate()` give (same
 * attributes in the same order, the time normalised to UTC, the key as `partitionkey`, frozen), without the
 * library's per-record copying and schema run. Returns undefined for anything else — other spec versions,
 * structured mode, non-JSON data, a `dataschema`, empty or oddly named attributes, a time the library would print
 * differently — so the caller falls back to the library, which decides (and names) what is wrong.
 */
export function decodeBinaryCloudEvent(message: WireMessage): CloudEvent<unknown> | undefined {
  const headers = message.headers;
  const { ce_id: id, ce_type: type, ce_source: source, ce_time: rawTime } = headers;
  const contentType = headers['content-type'];
  const subject = headers.ce_subject;
  const declared = headers.ce_datacontenttype;
  if (
    !id ||
    !type ||
    !source ||
    headers.ce_specversion !== '1.0' ||
    message.value === null ||
    // no content type: the library keeps the bytes and base64-encodes them; a dataschema needs its uri check
    contentType === undefined ||
    !contentType.startsWith('application/json') ||
    headers.ce_dataschema !== undefined ||
    subject === '' ||
    declared === '' ||
    rawTime === ''
  )
    return undefined;
  const time = rawTime === undefined ? new Date().toISOString() : utcTime(rawTime);
  if (time === undefined || !validSource(source)) return undefined;
  const event = Object.create(CloudEvent.prototype) as Record<string, unknown>;
  event.id = id;
  event.time = time;
  event.type = type;
  event.source = source;
  event.specversion = '1.0';
  event.datacontenttype = declared ?? contentType;
  event.subject = subject;
  event.datacontentencoding = undefined;
  event.dataschema = undefined;
  event.data_base64 = undefined;
  event.schemaurl = undefined;
  event.data = JSON.parse(message.value.toString('utf8'));
  for (const name in headers) {
    if (KNOWN.has(name) || !name.startsWith('ce_')) continue;
    const extension = extensionOf(name);
    if (extension === undefined || headers[name] === '') return undefined;
    event[extension] = headers[name];
  }
  event.partitionkey = message.key ?? '';
  return Object.freeze(event) as unknown as CloudEvent<unknown>;
}

/** The extension attribute a ce_* header carries, if the library would accept it as one (cached per name). */
export function extensionOf(header: string): string | undefined {
  let extension = extensions.get(header);
  if (extension === undefined) {
    const name = header.slice(3);
    extension = EXTENSION_NAME.test(name) && !RESERVED.has(name) ? name : '';
    if (extensions.size < MAX_REMEMBERED) extensions.set(header, extension);
  }
  return extension === '' ? undefined : extension;
}

/** Earliest and latest instants `toISOString` prints as four-digit years, like RFC 3339. */
const FIRST_MILLIS = -62_167_219_200_000;
const END_MILLIS = 253_402_300_800_000;

/**
 * Epoch milliseconds of a time in the common shape, from which utcTime prints it (`utcFromMillis`); undefined for
 * anything else, which only utcTime decides.
 */
export function fastUtcMillis(text: string): number | undefined {
  const millis = rfc3339Millis(text);
  return millis !== undefined && millis >= FIRST_MILLIS && millis < END_MILLIS ? millis : undefined;
}

/** utcTime of a text fastUtcMillis read: canonical UTC text (`…T08:15:00.000Z`) is already what toISOString prints. */
export function utcFromMillis(text: string, millis: number): string {
  return text.length === 24 && text.charCodeAt(23) === 90 ? text : isoString(millis);
}

/** The library's `new Date(time).toISOString()`, refusing what it would reject or print as a non-RFC 3339 year. */
export function utcTime(text: string): string | undefined {
  const millis = fastUtcMillis(text);
  if (millis !== undefined) return utcFromMillis(text, millis);
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  return iso.length === 24 ? iso : undefined;
}

/** Whether the library would accept `source` (a uri-reference), remembered per source. */
export function validSource(source: string): boolean {
  if (validSources.has(source)) return true;
  if (!uriReference.test(source)) return false;
  if (validSources.size >= MAX_REMEMBERED) validSources.clear();
  validSources.add(source);
  return true;
}
