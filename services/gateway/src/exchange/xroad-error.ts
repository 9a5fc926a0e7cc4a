import type { ServerResponse } from 'node:http';

/**
 * The gateway's faults, by X-Road type. X-Road answers client faults 400 and server faults 500; we keep the
 * type and body of X-Road's contract but give each a more telling status (401, 403, 404, 429, 502, 503, 504), so
 * load testers and HTTP tooling can tell them apart without reading the header.
 */
export const XROAD_ERRORS = {
  'Client.BadRequest': 400,
  'Client.InvalidClientIdentifier': 400,
  'Client.AuthenticationFailed': 401,
  'Server.ServerProxy.AccessDenied': 403,
  'Server.ServerProxy.UnknownService': 404,
  'Client.RateLimitExceeded': 429,
  'Client.InternalError': 500,
  'Server.ServerProxy.ServiceFailed': 502,
  'Server.ServerProxy.ServiceUnavailable': 503,
  'Server.ServerProxy.Timeout': 504,
} as const;

export type XroadErrorType = keyof typeof XROAD_ERRORS;

/** A call the gateway refuses or cannot complete; answered as `{type, message, detail}` + `X-Road-Error`. */
export class XroadError extends Error {
  constructor(
    readonly type: XroadErrorType,
    message: string,
    readonly detail?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'XroadError';
  }

  get status(): number {
    return XROAD_ERRORS[this.type];
  }

  toJSON(): { type: string; message: string; detail: string } {
    return { type: this.type, message: this.message, detail: this.detail ?? '' };
  }
}

/** Writes the error answer; the X-Road headers already set on `response` stay. Resolves the body's size. */
export function sendXroadError(response: ServerResponse, error: XroadError): number {
  const body = JSON.stringify(error.toJSON());
  response.statusCode = error.status;
  response.setHeader('x-road-error', error.type);
  response.setHeader('content-type', 'application/json');
  response.setHeader('content-length', Buffer.byteLength(body));
  if (error.retryAfterSeconds !== undefined) response.setHeader('retry-after', error.retryAfterSeconds);
  response.end(body);
  return Buffer.byteLength(body);
}
