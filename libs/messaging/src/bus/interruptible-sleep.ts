import { MessagingError } from '../messaging.errors';

/** Raised when a consumer is stopped while waiting to retry: the message must not be committed. */
export class InterruptedError extends MessagingError {
  constructor() {
    super('consumer stopped while waiting to retry');
  }
}

export function interruptibleSleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(new InterruptedError());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new InterruptedError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
