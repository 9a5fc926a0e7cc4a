import { stdSerializers, type LevelWithSilent, type LoggerOptions } from 'pino';
import { activeTraceIds } from '../tracing/trace-context';
import { maskPersonalIdsInLogLine } from './log-line-masking';

const LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * `LOG_LEVEL` when set (an unknown value fails at boot, naming the variable); otherwise `info`, or `silent` under
 * jest so test output stays readable.
 */
export function resolveLogLevel(env: NodeJS.ProcessEnv = process.env): LevelWithSilent {
  const configured = env.LOG_LEVEL?.trim().toLowerCase();
  if (configured) {
    if (!(LEVELS as readonly string[]).includes(configured)) {
      throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}; got "${env.LOG_LEVEL}"`);
    }
    return configured as LevelWithSilent;
  }
  return env.JEST_WORKER_ID !== undefined || env.NODE_ENV === 'test' ? 'silent' : 'info';
}

/**
 * The pino settings every logger of the platform shares: level, trace ids of the active span on each line,
 * personal ID numbers masked in the final JSON (messages, objects, errors, URLs alike), credentials redacted.
 */
export function basePinoOptions(name: string, level?: LevelWithSilent): LoggerOptions {
  return {
    name,
    level: level ?? resolveLogLevel(),
    mixin: () => activeTraceIds() ?? {},
    hooks: { streamWrite: maskPersonalIdsInLogLine },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    serializers: { err: stdSerializers.errWithCause },
  };
}
