import { hash } from 'node:crypto';
import { ByteWriter } from '../support/byte-writer';

/** What the data plane hands the message log for one call (already masked). */
export interface MessageLogEntry {
  readonly messageId: string;
  readonly tier: string;
  readonly client: string;
  readonly service: string;
  readonly method: string;
  readonly path: string;
  readonly userId: string | null;
  readonly issue: string | null;
  readonly status: number;
  readonly faultCode: string | null;
  readonly requestHash: string;
  readonly responseHash: string;
  readonly requestBody: string | null;
  readonly responseBody: string | null;
  /** ISO 8601 (UTC, milliseconds), as the chain hashes it. */
  readonly requestInAt: string;
  readonly responseOutAt: string;
  readonly cacheHit: boolean;
  readonly durationMs: number;
  readonly requestSize: number;
  readonly responseSize: number;
  /** The registry's price of the call (charged when it succeeded). */
  readonly costVnd: number;
}

const SEPARATOR = '\u001f';
const SEP = 0x1f;

/** The hash input is assembled here, not as a string: an entry is hashed on every call. */
const text = new ByteWriter(2_048);

/** The first entry's previous hash. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The entry's hash: SHA-256 (hex) over the UTF-8 of the previous hash, its place in the chain and every field, in
 * a fixed order, separated by U+001F, which no field contains unescaped (see `escaped`); null fields are empty,
 * times ISO 8601, booleans 1/0. The writer and the verifier share this function.
 */
export function entryHash(prevHash: string, chain: string, seq: string, entry: MessageLogEntry): string {
  const w = text.reset();
  w.utf8(prevHash).byte(SEP).utf8(escaped(chain)).byte(SEP).utf8(seq).byte(SEP);
  w.utf8(escaped(entry.messageId)).byte(SEP).utf8(entry.tier).byte(SEP);
  w.utf8(escaped(entry.client)).byte(SEP).utf8(escaped(entry.service)).byte(SEP);
  w.utf8(entry.method).byte(SEP).utf8(escaped(entry.path)).byte(SEP);
  w.utf8(escaped(entry.userId ?? ''))
    .byte(SEP)
    .utf8(escaped(entry.issue ?? ''))
    .byte(SEP);
  w.number(entry.status)
    .byte(SEP)
    .utf8(entry.faultCode ?? '')
    .byte(SEP);
  w.utf8(entry.requestHash).byte(SEP).utf8(entry.responseHash).byte(SEP);
  w.utf8(escaped(entry.requestBody ?? ''))
    .byte(SEP)
    .utf8(escaped(entry.responseBody ?? ''))
    .byte(SEP);
  w.utf8(entry.requestInAt).byte(SEP).utf8(entry.responseOutAt).byte(SEP);
  w.utf8(entry.cacheHit ? '1' : '0')
    .byte(SEP)
    .number(entry.durationMs)
    .byte(SEP);
  w.number(entry.requestSize).byte(SEP).number(entry.responseSize).byte(SEP);
  w.number(entry.costVnd);
  return hash('sha256', w.view(), 'hex');
}

/** A free-text field with the separator (and the escape character) escaped; most fields need nothing. */
function escaped(field: string): string {
  if (!field.includes('\\') && !field.includes(SEPARATOR)) return field;
  return field.replace(/\\/g, '\\\\').split(SEPARATOR).join('\\u');
}
