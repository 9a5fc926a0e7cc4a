/** Why the cache library refused a call. */
export enum CacheErrorCode {
  /** A key or prefix that is empty or not a string. */
  InvalidKey = 'invalid-key',
  /** A value JSON cannot represent as a cache entry (undefined means "absent" and is never stored). */
  InvalidValue = 'invalid-value',
  /** A TTL or size limit that is not a positive number, or a malformed Redis URL. */
  InvalidOption = 'invalid-option',
  /** The cache was closed. */
  Closed = 'closed',
}

/** Errors the cache library raises to its callers (a caller's mistake, not a cache outage). */
export class CacheError extends Error {
  constructor(
    readonly code: CacheErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
