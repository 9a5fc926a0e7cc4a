import { hash } from 'node:crypto';

const EMPTY = hash('sha512', '', 'base64');

/** X-Road-Request-Hash: SHA-512 of the request body, base64, as X-Road computes it (the empty body's is fixed). */
export function bodyHash(body: Buffer | undefined): string {
  // one-shot hashing: no Hash object per call for the garbage collector to finalise
  return body === undefined || body.length === 0 ? EMPTY : hash('sha512', body, 'base64');
}
