import { trace } from '@opentelemetry/api';
import { startTracing } from '../tracing/start-tracing';
import { createLogger } from './create-logger';
import { captureLogs } from './testing/log-capture';
import { resolveLogLevel } from './pino-options';

describe('createLogger', () => {
  it('masks personal IDs in messages and interpolated arguments', () => {
    const out = captureLogs();
    const logger = createLogger('spec', { level: 'info', destination: out });
    logger.info('looked up 038090001234');
    logger.info('citizen %s in household %d', '001099012345', 123456789012);
    expect(out.records().map((r) => r.msg)).toEqual([
      'looked up 038******234',
      'citizen 001******345 in household 123******012',
    ]);
    expect(out.lines.join('')).not.toMatch(/038090001234|001099012345|123456789012/);
  });

  it('masks nested objects, arrays and child bindings', () => {
    const out = captureLogs();
    const logger = createLogger('spec', { level: 'info', destination: out }).child({
      subject: '079203004321',
    });
    logger.info(
      { citizen: { id: '038090001234', family: [{ id: '001099012345' }, '031185000777'] } },
      'verified',
    );
    const [record] = out.records();
    expect(record?.subject).toBe('079******321');
    expect(record?.citizen).toEqual({ id: '038******234', family: [{ id: '001******345' }, '031******777'] });
  });

  it('masks error messages and stacks, including the cause', () => {
    const out = captureLogs();
    const logger = createLogger('spec', { level: 'info', destination: out });
    const cause = new Error('row for 001099012345 locked');
    logger.error({ err: new Error('lookup of 038090001234 failed', { cause }) }, 'request failed');
    const [record] = out.records();
    expect(record?.err?.message).toBe('lookup of 038******234 failed');
    expect(record?.err?.stack).toMatch(/^Error: lookup of 038\*{6}234 failed\n\s+at /);
    expect(record?.err?.cause.message).toBe('row for 001******345 locked');
    expect(out.lines[0]).not.toMatch(/038090001234|001099012345/);
  });

  it('leaves epoch millis and other non-12-digit numbers intact', () => {
    const out = captureLogs();
    const logger = createLogger('spec', { level: 'info', destination: out });
    logger.info({ at: 1732250000000, phone: '09012345678', card: 'TE1380123456789' }, 'x');
    const [record] = out.records();
    expect(record).toMatchObject({ at: 1732250000000, phone: '09012345678', card: 'TE1380123456789' });
    expect(typeof record?.time).toBe('number');
    expect(String(record?.time)).toHaveLength(13);
  });

  it('adds trace_id and span_id of the active span, and none outside spans', () => {
    process.env.OTEL_TRACES_SAMPLER = 'always_on'; // recorded spans, as with an exporter
    startTracing({ serviceName: 'logger-spec' });
    delete process.env.OTEL_TRACES_SAMPLER;
    const out = captureLogs();
    const logger = createLogger('spec', { level: 'info', destination: out });
    const ids = trace.getTracer('spec').startActiveSpan('work', (span) => {
      logger.info('inside');
      span.end();
      return span.spanContext();
    });
    logger.info('outside');
    const [inside, outside] = out.records();
    expect(inside).toMatchObject({
      trace_id: ids.traceId,
      span_id: ids.spanId,
      trace_flags: '01',
      name: 'spec',
    });
    expect(outside?.trace_id).toBeUndefined();
  });

  it('respects the level and redacts credentials', () => {
    const out = captureLogs();
    const logger = createLogger('spec', { level: 'warn', destination: out });
    logger.info('dropped');
    logger.warn({ req: { headers: { authorization: 'Bearer secret', accept: 'json' } } }, 'kept');
    expect(out.records()).toHaveLength(1);
    expect(out.records()[0]?.req?.headers).toEqual({ authorization: '[redacted]', accept: 'json' });
  });
});

describe('resolveLogLevel', () => {
  it('uses LOG_LEVEL, else silent under jest, else info; rejects unknown levels naming the variable', () => {
    expect(resolveLogLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(resolveLogLevel({ JEST_WORKER_ID: '1' })).toBe('silent');
    expect(resolveLogLevel({ JEST_WORKER_ID: '1', LOG_LEVEL: 'info' })).toBe('info');
    expect(resolveLogLevel({})).toBe('info');
    expect(() => resolveLogLevel({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL must be one of .*"verbose"/);
  });
});
