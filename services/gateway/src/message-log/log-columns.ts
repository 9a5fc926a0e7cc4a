import type { ByteWriter } from '../support/byte-writer';
import type { MessageLogEntry } from './message-log-entry';

/** An entry with its place in the chain: what a sink makes a row of. */
export interface ChainedEntry {
  readonly seq: number;
  readonly prev: string;
  readonly hash: string;
  readonly entry: MessageLogEntry;
}

/**
 * What waits in the writer's queue until its batch is written: the seq, the row as the sink prepared it (as
 * compact as the sink can make it: queued entries outlive several young-generation collections under load), and
 * what the monitoring tap made of the entry.
 */
export interface QueuedEntry {
  readonly seq: number;
  readonly row: unknown;
  readonly tapped: unknown;
}

/** message_log's columns, in the order both sinks write them, with their types. */
export const LOG_COLUMNS = [
  ['chain', 'text'],
  ['seq', 'bigint'],
  ['message_id', 'text'],
  ['tier', 'text'],
  ['client', 'text'],
  ['service', 'text'],
  ['method', 'text'],
  ['path', 'text'],
  ['user_id', 'text'],
  ['issue', 'text'],
  ['status', 'integer'],
  ['fault_code', 'text'],
  ['request_hash', 'text'],
  ['response_hash', 'text'],
  ['request_body', 'text'],
  ['response_body', 'text'],
  ['request_in_at', 'timestamptz'],
  ['response_out_at', 'timestamptz'],
  ['cache_hit', 'boolean'],
  ['duration_ms', 'float8'],
  ['request_size', 'integer'],
  ['response_size', 'integer'],
  ['cost_vnd', 'integer'],
  ['prev_hash', 'text'],
  ['hash', 'text'],
] as const;

/** The row's values in LOG_COLUMNS order. */
export function rowValues(chain: string, item: ChainedEntry): unknown[] {
  const e = item.entry;
  return [
    chain,
    String(item.seq),
    e.messageId,
    e.tier,
    e.client,
    e.service,
    e.method,
    e.path,
    e.userId,
    e.issue,
    e.status,
    e.faultCode,
    e.requestHash,
    e.responseHash,
    e.requestBody,
    e.responseBody,
    e.requestInAt,
    e.responseOutAt,
    e.cacheHit,
    e.durationMs,
    e.requestSize,
    e.responseSize,
    e.costVnd,
    item.prev,
    item.hash,
  ];
}

const NEEDS_ESCAPE = /[\\\n\r\t]/;
const TAB = 0x09;
const NEWLINE = 0x0a;

/** A text value in COPY's text format: backslash, newline, carriage return and tab escaped; null as \N. */
export function copyText(value: string | null): string {
  if (value === null) return '\\N';
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\n\r\t]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
  );
}

/**
 * Writes the row as one line of COPY's text format (LOG_COLUMNS order). Fields the gateway makes itself (hashes,
 * times, numbers, tier, fault types) need no escaping; the rest come from callers and are escaped.
 */
export function writeCopyLine(w: ByteWriter, chainText: string, item: ChainedEntry): void {
  const e = item.entry;
  w.utf8(chainText).byte(TAB).number(item.seq).byte(TAB).utf8(copyText(e.messageId)).byte(TAB);
  w.ascii(e.tier).byte(TAB).utf8(copyText(e.client)).byte(TAB).utf8(copyText(e.service)).byte(TAB);
  w.utf8(copyText(e.method)).byte(TAB).utf8(copyText(e.path)).byte(TAB).utf8(copyText(e.userId)).byte(TAB);
  w.utf8(copyText(e.issue))
    .byte(TAB)
    .number(e.status)
    .byte(TAB)
    .ascii(e.faultCode ?? '\\N')
    .byte(TAB);
  w.ascii(e.requestHash).byte(TAB).ascii(e.responseHash).byte(TAB).utf8(copyText(e.requestBody)).byte(TAB);
  w.utf8(copyText(e.responseBody)).byte(TAB).ascii(e.requestInAt).byte(TAB).ascii(e.responseOutAt).byte(TAB);
  w.ascii(e.cacheHit ? 't' : 'f')
    .byte(TAB)
    .number(e.durationMs)
    .byte(TAB)
    .number(e.requestSize);
  w.byte(TAB).number(e.responseSize).byte(TAB).number(e.costVnd).byte(TAB).ascii(item.prev);
  w.byte(TAB).ascii(item.hash).byte(NEWLINE);
}
