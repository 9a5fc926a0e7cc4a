import { KafkaRequestQueue, type RequestQueueState } from './kafkajs-idle-loop-fix';

const quietLogger = {
  debug: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  info: () => undefined,
};

function queue(made: RequestQueueState[]): RequestQueueState {
  const q = new KafkaRequestQueue({
    maxInFlightRequests: 1,
    requestTimeout: 30_000,
    enforceRequestTimeout: false,
    clientId: 'test',
    broker: '127.0.0.1:1',
    logger: quietLogger,
  });
  made.push(q);
  return q;
}

describe('kafkajs request queue idle loop fix', () => {
  const made: RequestQueueState[] = [];
  afterEach(() => {
    for (const q of made.splice(0)) q.destroy();
    jest.useRealTimers();
  });

  it('arms no timer when nothing waits and no throttle runs (kafkajs 2.2.4 re-armed one every millisecond)', () => {
    jest.useFakeTimers();
    const q = queue(made);
    q.checkPendingRequests();
    expect(q.throttleCheckTimeoutId).toBeNull();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('still checks waiting requests later: at the throttle end, else after the in-flight interval', () => {
    jest.useFakeTimers();
    const throttled = queue(made);
    throttled.pending.push({});
    throttled.throttledUntil = Date.now() + 500;
    const checks = jest.spyOn(throttled, 'checkPendingRequests').mockImplementation(() => undefined);
    throttled.scheduleCheckPendingRequests();
    jest.advanceTimersByTime(499);
    expect(checks).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(checks).toHaveBeenCalledTimes(1);

    const busy = queue(made);
    busy.pending.push({});
    const busyChecks = jest.spyOn(busy, 'checkPendingRequests').mockImplementation(() => undefined);
    busy.scheduleCheckPendingRequests();
    jest.advanceTimersByTime(10);
    expect(busyChecks).toHaveBeenCalledTimes(1);
  });

  it('keeps a throttle timer with nothing waiting, and one timer at a time', () => {
    jest.useFakeTimers();
    const q = queue(made);
    q.throttledUntil = Date.now() + 200;
    q.scheduleCheckPendingRequests();
    q.scheduleCheckPendingRequests();
    expect(jest.getTimerCount()).toBe(1);
  });

  it.each([
    ['the event bus', './kafka-event-bus'],
    ['the record batch publisher', './produce/record-batch-publisher'],
  ])('is in effect wherever %s is loaded', (_name, module) => {
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports -- a fresh module registry: the module, then the class it patched */
      require(module);
      const Fresh = require('kafkajs/src/network/requestQueue') as typeof KafkaRequestQueue;
      /* eslint-enable @typescript-eslint/no-require-imports */
      expect(Fresh).not.toBe(KafkaRequestQueue);
      const q = new Fresh({
        maxInFlightRequests: 1,
        requestTimeout: 1,
        clientId: 't',
        broker: 'b',
        logger: quietLogger,
      });
      q.checkPendingRequests();
      made.push(q);
      expect(q.throttleCheckTimeoutId).toBeNull();
    });
  });
});
