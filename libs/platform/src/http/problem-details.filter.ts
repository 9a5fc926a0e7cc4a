import { Catch, Injectable, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { PROBLEM_JSON, type ProblemDetails } from './problem-details';
import { toProblemDetails } from './problem-mapper';

interface RequestLike {
  method?: string;
  route?: { path?: unknown };
}

/**
 * Global HTTP exception filter: every error leaves as `application/problem+json` (RFC 9457).
 * Register with `app.useGlobalFilters(new ProblemDetailsFilter(app.get(HttpAdapterHost)))`
 * or as an `APP_FILTER` provider.
 */
@Catch()
@Injectable()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // Kafka/RPC handlers have their own error path (retry, DLQ); only HTTP replies are shaped here.
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<RequestLike>();
    const response: unknown = http.getResponse();
    const adapter = this.adapterHost.httpAdapter;

    const problem = toProblemDetails(exception, this.instanceOf(adapter.getRequestUrl(request)));
    if (problem.status >= 500) this.log(exception, request);

    if (adapter.isHeadersSent(response)) {
      adapter.end(response);
      return;
    }
    // Written by hand: the adapter's reply() would reset a non-JSON content type on error bodies.
    adapter.status(response, problem.status);
    adapter.setHeader(response, 'Content-Type', `${PROBLEM_JSON}; charset=utf-8`);
    adapter.end(response, JSON.stringify(problem satisfies ProblemDetails));
  }

  /** The request path without its query string, which may carry tokens or personal IDs. */
  private instanceOf(url: unknown): string | undefined {
    return typeof url === 'string' ? url.split('?')[0] : undefined;
  }

  private log(exception: unknown, request: RequestLike): void {
    // The route pattern (`/citizens/:id`), never the URL or body: those may hold personal ID numbers.
    const route = typeof request.route?.path === 'string' ? request.route.path : '(unmatched route)';
    const where = `${request.method ?? 'HTTP'} ${route}`;
    if (exception instanceof Error) {
      this.logger.error(`${where} failed: ${exception.name}: ${exception.message}`, exception.stack);
    } else {
      this.logger.error(`${where} failed with a non-Error value of type ${typeof exception}`);
    }
  }
}
