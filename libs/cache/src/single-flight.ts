/**
 * Shares one in-flight call per key among concurrent callers: a burst of lookups for one hot key costs one
 * store read and one load instead of one per caller. The entry is dropped when the call settles, so a failure is
 * not remembered.
 */
export class SingleFlight {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  run<T>(key: string, call: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const started = Promise.resolve()
      .then(call)
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }

  /** Calls in flight right now (for tests and diagnostics). */
  get size(): number {
    return this.inFlight.size;
  }
}
