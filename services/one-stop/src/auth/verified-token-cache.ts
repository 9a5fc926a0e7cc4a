/**
 * Identities VNeID vouched for, per access token, for a short real time: RFC 7662 §4 lets a resource server cache
 * an introspection answer, never past the token's `exp`. It spares VNeID two calls (introspection and userinfo)
 * for every request of a logged-in citizen; the price is that a revoked token is still accepted for at most the
 * cache's lifetime. Only positive answers are kept; the oldest entry goes first when the cache is full.
 */
export class VerifiedTokenCache<T> {
  private readonly entries = new Map<string, { readonly value: T; readonly until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): T | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.value;
    this.entries.delete(token);
    return undefined;
  }

  /** Keeps `value` for the cache's lifetime or until `expiresAtMs` (the token's expiry), whichever comes first. */
  set(token: string, value: T, expiresAtMs = Number.POSITIVE_INFINITY): void {
    const until = Math.min(this.now() + this.ttlMs, expiresAtMs);
    if (until <= this.now()) return;
    this.entries.delete(token);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { value, until });
  }
}
