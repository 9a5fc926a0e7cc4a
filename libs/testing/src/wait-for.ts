export interface WaitForOptions {
  /** Give up after this long (default 10 s). */
  readonly timeoutMs?: number;
  /** Pause between attempts (default 50 ms). */
  readonly intervalMs?: number;
  /** What is awaited, for the timeout error. */
  readonly message?: string;
}

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `predicate` until it returns a truthy value and resolves to that value. A predicate that throws counts as
 * not yet; the last error is in the timeout error. A call that hangs is cut off at the deadline.
 */
export async function waitFor<T>(
  predicate: () => T | Promise<T>,
  options: WaitForOptions = {},
): Promise<Truthy<T>> {
  const { timeoutMs = 10_000, intervalMs = 50, message = 'condition' } = options;
  const deadline = Date.now() + timeoutMs;
  const pending = Symbol('pending');
  let lastError: unknown;
  let hung = false;
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const cutOff = new Promise<typeof pending>((resolve) => {
      timer = setTimeout(() => resolve(pending), Math.max(0, deadline - Date.now()));
    });
    try {
      const value = await Promise.race([Promise.resolve().then(predicate), cutOff]);
      hung = value === pending;
      if (!hung && value) return value as Truthy<T>;
      if (!hung) lastError = undefined;
    } catch (error) {
      lastError = error;
    } finally {
      clearTimeout(timer);
    }
    if (Date.now() >= deadline) {
      const last = hung
        ? '; the last attempt was still running'
        : lastError instanceof Error
          ? `; last error: ${lastError.message}`
          : '';
      throw new Error(`waitFor: ${message} not met within ${timeoutMs} ms${last}`, { cause: lastError });
    }
    await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())));
  }
}
