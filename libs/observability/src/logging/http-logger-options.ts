import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream, LevelWithSilent } from 'pino';
import type { Options } from 'pino-http';
import { isProbePath } from '../probe-paths';
import { basePinoOptions } from './pino-options';

const REQUEST_ID_HEADER = 'x-request-id';

/**
 * pino-http settings for nestjs-pino: the shared pino options (trace ids, masking of the URL and everything else)
 * plus one line per request, none for probes and scrapes, and a request id taken from `x-request-id` when the
 * caller (the gateway) sent one.
 */
export function httpLoggerOptions(serviceName: string, level?: LevelWithSilent): Options {
  return {
    ...basePinoOptions(serviceName, level),
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers[REQUEST_ID_HEADER];
      const id = typeof incoming === 'string' && /^[\w.:-]{1,128}$/.test(incoming) ? incoming : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    autoLogging: { ignore: (req: IncomingMessage) => isProbePath(req.url) },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) => {
      if (error || res.statusCode >= 500) return 'error';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
  };
}

/** nestjs-pino's `pinoHttp` parameter, with an optional destination (tests capture lines with it). */
export function pinoHttpParam(
  serviceName: string,
  options: { level?: LevelWithSilent; destination?: DestinationStream },
): Options | [Options, DestinationStream] {
  const settings = httpLoggerOptions(serviceName, options.level);
  return options.destination ? [settings, options.destination] : settings;
}
