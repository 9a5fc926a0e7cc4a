import { Logger } from '@nestjs/common';
import { logLevel, type logCreator } from 'kafkajs';

/** Protocol answers kafkajs logs as errors although they are routine and retried (rebalances, elections). */
const ROUTINE =
  /rebalanc|coordinator is not available|not the correct coordinator|leader is not available|not the leader/i;

/** Routes kafkajs's own log lines to the service logger: errors, and warnings (routine retried answers among them). */
export const kafkaLogCreator: logCreator = () => {
  const logger = new Logger('kafkajs');
  return ({ level, log }) => {
    const { message, ...extra } = log;
    const line = `${message} ${JSON.stringify(extra)}`;
    if (level === logLevel.ERROR && !ROUTINE.test(`${message} ${String(extra.error)}`)) logger.error(line);
    else if (level === logLevel.ERROR || level === logLevel.WARN) logger.warn(line);
  };
};
