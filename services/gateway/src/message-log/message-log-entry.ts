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
}

const SEPARATOR = '\u001f';

/** The first entry's previous hash. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The entry's hash: SHA-256 over the previous hash, its place in the chain and every field, in a fixed order with a
 * separator no field contains unescaped. The writer and the verifier share this function.
 */
export function entryHash(prevHash: string, chain: string, seq: string, entry: MessageLogEntry): string {
  const fields = [
    prevHash,
    chain,
    seq,
    entry.messageId,
    entry.tier,
    entry.client,
    entry.service,
    entry.method,
    entry.path,
    entry.userId ?? '',
    entry.issue ?? '',
    String(entry.status),
    entry.faultCode ?? '',
    entry.requestHash,
    entry.responseHash,
    entry.requestBody ?? '',
    entry.responseBody ?? '',
    entry.requestInAt.toISOString(),
    entry.responseOutAt.toISOString(),
    entry.cacheHit ? '1' : '0',
  ];
  return createHash('sha256')
    .update(fields.map((field) => field.replace(/\\/g, '\\\\').split(SEPARATOR).join('\\u')).join(SEPARATOR))
    .digest('hex');
}
