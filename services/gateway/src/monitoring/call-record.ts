import type { EventDataMap } from '@d06/contracts';
import type { MessageLogEntry } from '../message-log/message-log-entry';
import type { ByteWriter } from '../support/byte-writer';

export type CallRecord = EventDataMap['vn.d06.exchange.call.completed.v1'];

/** Methods the record's contract knows; other calls (HEAD, OPTIONS…) are logged but not monitored. */
const MONITORED_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

export function isMonitored(entry: MessageLogEntry): boolean {
  return MONITORED_METHODS.has(entry.method);
}

/** The record's Kafka key: the call's message id (as the contract's keyField says). */
export function recordKey(entry: MessageLogEntry): string {
  return entry.messageId.slice(0, 100);
}

/**
 * The operational-monitoring record of a logged call (vn.d06.exchange.call.completed.v1), within the contract's
 * bounds by construction: ids and texts cut to their maximum lengths, the cost only for a successful call.
 */
export function callRecord(entry: MessageLogEntry): CallRecord {
  const succeeded = entry.status < 400 && entry.faultCode === null;
  return {
    messageId: entry.messageId.slice(0, 100),
    tier: entry.tier as CallRecord['tier'],
    client: entry.client,
    service: entry.service,
    method: entry.method as CallRecord['method'],
    path: entry.path.slice(0, 500),
    ...(entry.userId ? { userId: entry.userId.slice(0, 100) } : {}),
    ...(entry.issue ? { issue: entry.issue.slice(0, 100) } : {}),
    status: entry.status,
    succeeded,
    ...(entry.faultCode ? { faultCode: entry.faultCode } : {}),
    requestInAt: entry.requestInAt,
    responseOutAt: entry.responseOutAt,
    durationMs: entry.durationMs,
    requestSize: entry.requestSize,
    responseSize: entry.responseSize,
    cacheHit: entry.cacheHit,
    costVnd: succeeded ? entry.costVnd : 0,
    occurredAt: entry.responseOutAt,
  };
}

const QUOTE = 0x22;
/** What JSON.stringify would escape in a string (a lone surrogate included); without it, the text goes as it is. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function jsonText(w: ByteWriter, text: string): ByteWriter {
  return NEEDS_JSON_ESCAPE.test(text) ? w.utf8(JSON.stringify(text)) : w.byte(QUOTE).utf8(text).byte(QUOTE);
}

/**
 * Writes `JSON.stringify(callRecord(entry))` as UTF-8, directly: the record of every call is made on the request
 * path, where an object and its generic serialisation cost more. The tests hold both to the same output.
 */
export function writeCallRecordJson(w: ByteWriter, entry: MessageLogEntry): void {
  const succeeded = entry.status < 400 && entry.faultCode === null;
  jsonText(w.ascii('{"messageId":'), entry.messageId.slice(0, 100));
  jsonText(w.ascii(',"tier":'), entry.tier);
  jsonText(w.ascii(',"client":'), entry.client);
  jsonText(w.ascii(',"service":'), entry.service);
  jsonText(w.ascii(',"method":'), entry.method);
  jsonText(w.ascii(',"path":'), entry.path.slice(0, 500));
  if (entry.userId) jsonText(w.ascii(',"userId":'), entry.userId.slice(0, 100));
  if (entry.issue) jsonText(w.ascii(',"issue":'), entry.issue.slice(0, 100));
  w.ascii(',"status":')
    .number(entry.status)
    .ascii(',"succeeded":')
    .ascii(succeeded ? 'true' : 'false');
  if (entry.faultCode) jsonText(w.ascii(',"faultCode":'), entry.faultCode);
  jsonText(w.ascii(',"requestInAt":'), entry.requestInAt);
  jsonText(w.ascii(',"responseOutAt":'), entry.responseOutAt);
  w.ascii(',"durationMs":').number(entry.durationMs);
  w.ascii(',"requestSize":').number(entry.requestSize);
  w.ascii(',"responseSize":').number(entry.responseSize);
  w.ascii(',"cacheHit":').ascii(entry.cacheHit ? 'true' : 'false');
  w.ascii(',"costVnd":').number(succeeded ? entry.costVnd : 0);
  jsonText(w.ascii(',"occurredAt":'), entry.responseOutAt).byte(0x7d);
}
