import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { isDomainError } from '../errors/domain-error';
import { problemTypeUri, type ProblemDetails } from './problem-details';

const GENERIC_500_DETAIL = 'An unexpected error occurred. It has been logged.';

/**
 * An `http-errors` error (body-parser's "request entity too large", unsupported charset, ...) that Nest passes on
 * unmapped. `expose: true` is that library's promise that the message is safe to show the client.
 */
interface ClientHttpError {
  status: number;
  expose: true;
  message?: unknown;
}

function isClientHttpError(error: unknown): error is ClientHttpError {
  if (typeof error !== 'object' || error === null) return false;
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
}

function statusTitle(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

function httpExceptionDetail(exception: HttpException, title: string): string | undefined {
  const response = exception.getResponse();
  const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const detail = Array.isArray(message)
    ? message.map(String).join('; ')
    : typeof message === 'string'
      ? message
      : '';
  // Nest fills `message` with the status phrase when none was given; repeating the title adds nothing.
  return detail !== '' && detail !== title ? detail : undefined;
}

/** Maps anything thrown while handling a request to an RFC 9457 body; unknown errors never leak their message. */
export function toProblemDetails(exception: unknown, instance?: string): ProblemDetails {
  if (isDomainError(exception)) {
    return {
      type: problemTypeUri(exception.code),
      title: exception.title,
      status: exception.status,
      detail: exception.detail,
      instance,
      code: exception.code,
      errors: exception.errors,
    };
  }
  if (exception instanceof HttpException) {
    // Nest turns body-parser's malformed-JSON SyntaxError into a BadRequestException carrying the parser message.
    const status = exception.getStatus();
    const title = statusTitle(status);
    return { type: 'about:blank', title, status, detail: httpExceptionDetail(exception, title), instance };
  }
  if (isClientHttpError(exception)) {
    const title = statusTitle(exception.status);
    const detail =
      typeof exception.message === 'string' && exception.message !== '' ? exception.message : undefined;
    return { type: 'about:blank', title, status: exception.status, detail, instance };
  }
  return { type: 'about:blank', title: statusTitle(500), status: 500, detail: GENERIC_500_DETAIL, instance };
}
