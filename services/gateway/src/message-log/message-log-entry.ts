import { createHash } from 'node:crypto';

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
  readonly requestInAt: Date;
  readonly responseOutAt: Date;
  readonly cacheHit: boolean;
  readonly durationMs: number;
  readonly requestSize: number;
  readonly responseSize: number;
  /** The registry's price of the call (charged when it succeeded). */
  readonly costVnd: number;
}

const SEPARATOR = '\u001f';

/** The first entry's previous hash. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The entry's hash: SHA-256 over the previous hash, its place in the chain and every field, in a fixed order with a
 * separator no field contains unescaped. The writer and the verifier share this function.
 */
export function entryHash(prevHash: string, chain: string, seq: string, entry: MessageLogEntry): string {
  const text =
    `${prevHash}${SEPARATOR}${escaped(chain)}${SEPARATOR}${seq}${SEPARATOR}${escaped(entry.messageId)}${SEPARATOR}` +
    `${entry.tier}${SEPARATOR}${escaped(entry.client)}${SEPARATOR}${escaped(entry.service)}${SEPARATOR}` +
    `${entry.method}${SEPARATOR}${escaped(entry.path)}${SEPARATOR}${escaped(entry.userId ?? '')}${SEPARATOR}` +
    `${escaped(entry.issue ?? '')}${SEPARATOR}${entry.status}${SEPARATOR}${entry.faultCode ?? ''}${SEPARATOR}` +
    `${entry.requestHash}${SEPARATOR}${entry.responseHash}${SEPARATOR}${escaped(entry.requestBody ?? '')}` +
    `${SEPARATOR}${escaped(entry.responseBody ?? '')}${SEPARATOR}${entry.requestInAt.toISOString()}${SEPARATOR}` +
    `${entry.responseOutAt.toISOString()}${SEPARATOR}${entry.cacheHit ? '1' : '0'}${SEPARATOR}${entry.durationMs}` +
    `${SEPARATOR}${entry.requestSize}${SEPARATOR}${entry.responseSize}${SEPARATOR}${entry.costVnd}`;
  return createHash('sha256').update(text).digest('hex');
}

/** A free-text field with the separator (and the escape character) escaped; most fields need nothing. */
function escaped(field: string): string {
  if (!field.includes('\\') && !field.includes(SEPARATOR)) return field;
  return field.replace(/\\/g, '\\\\').split(SEPARATOR).join('\\u');
}
