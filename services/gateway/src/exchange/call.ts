import type { IncomingMessage } from 'node:http';
import { newMessageId } from './message-id';

export const UNKNOWN_CLIENT = 'UNKNOWN/UNKNOWN/UNKNOWN/UNKNOWN';
export const UNKNOWN_SERVICE = 'UNKNOWN/UNKNOWN/UNKNOWN/UNKNOWN/UNKNOWN';

/** One call as the data plane learns it, from arrival to answer (one object per call, one shape). */
export class Call {
  /** The X-Road-Id sent, or a new time-ordered one (UUIDv7: the message log's index stays append-only). */
  readonly messageId: string;
  readonly method: string;
  readonly userId: string | undefined;
  readonly issue: string | undefined;
  /** Authenticated client subsystem once known (the claimed one past its header check). */
  client = UNKNOWN_CLIENT;
  service = UNKNOWN_SERVICE;
  /** Path below the service, with its query. */
  path = '';
  /** X-Road-Request-Hash: SHA-512 of the body, base64. */
  requestHash = '';
  requestBody: Buffer | undefined = undefined;
  cacheHit = false;
  costVnd = 0;

  constructor(
    request: IncomingMessage,
    readonly requestInAt: Date,
    readonly startedAt: number,
  ) {
    const given = request.headers['x-road-id'];
    this.messageId = typeof given === 'string' && given !== '' ? given : newMessageId();
    this.method = request.method ?? 'GET';
    this.userId = header(request, 'x-road-userid');
    this.issue = header(request, 'x-road-issue');
  }
}

/** A request header's first value; undefined when missing or empty. */
export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text === '' ? undefined : text;
}
