import { createHash } from 'node:crypto';

const EMPTY = createHash('sha512').update('').digest('base64');

/** X-Road-Request-Hash: SHA-512 of the request body, base64, as X-Road computes it (the empty body's is fixed). */
export function bodyHash(body: Buffer | undefined): string {
  return body === undefined || body.length === 0 ? EMPTY : createHash('sha512').update(body).digest('base64');
}
