import { pino, type DestinationStream, type LevelWithSilent, type Logger } from 'pino';
import { basePinoOptions } from './pino-options';

export interface CreateLoggerOptions {
  /** Overrides `LOG_LEVEL`. */
  level?: LevelWithSilent;
  /** Where lines go; stdout by default. */
  destination?: DestinationStream;
}

/**
 * A pino logger for code outside Nest (CLI, scripts, the embedded broker): JSON lines with `name`, trace ids when a
 * span is active, and personal ID numbers masked.
 */
export function createLogger(name: string, options: CreateLoggerOptions = {}): Logger {
  const settings = basePinoOptions(name, options.level);
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
