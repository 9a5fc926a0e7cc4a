import type { ServerResponse } from 'node:http';
import type { Call } from './call';
import { XroadError } from './xroad-error';

const JSON_TYPE = 'application/json';

/** An answer ready to go out. */
export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer | string;
  /** SHA-512 of the body (base64) when already known: a cached answer carries it. */
  readonly hash?: string;
  /** The body's bytes as a one-byte string, when made ahead (a cached answer): sent with the headers in one write. */
  readonly wire?: string;
  readonly extra?: Readonly<Record<string, string>>;
}

export function jsonAnswer(value: unknown): Answer {
  return { status: 200, contentType: JSON_TYPE, body: JSON.stringify(value) };
}

/** Any failure as the X-Road fault it is answered with (an unexpected one is Client.InternalError). */
export function asFault(error: unknown): XroadError {
  return error instanceof XroadError
    ? error
    : new XroadError(
        'Client.InternalError',
        'The gateway failed',
        error instanceof Error ? error.message : '',
      );
}

/** X-Road's error answer: `{type, message, detail}`, X-Road-Error, and Retry-After when there is one. */
export function faultAnswer(fault: XroadError): Answer {
  return {
    status: fault.status,
    contentType: JSON_TYPE,
    body: JSON.stringify(fault.toJSON()),
    extra:
      fault.retryAfterSeconds === undefined
        ? { 'x-road-error': fault.type }
        : { 'x-road-error': fault.type, 'retry-after': String(fault.retryAfterSeconds) },
  };
}

/** Writes the answer with the call's X-Road headers (its id, the request's hash, whether the cache answered). */
export function writeAnswer(response: ServerResponse, call: Call, answer: Answer): void {
  const headers: Record<string, string | number> = {
    'x-road-id': call.messageId,
    'x-road-request-hash': call.requestHash,
    'content-type': answer.contentType,
    'content-length': typeof answer.body === 'string' ? Buffer.byteLength(answer.body) : answer.body.length,
  };
  if (call.cacheHit) headers['x-d06-cache'] = 'hit';
  if (answer.extra) Object.assign(headers, answer.extra);
  response.writeHead(answer.status, headers);
  if (answer.wire !== undefined) response.end(answer.wire, 'latin1');
  else response.end(answer.body);
}
