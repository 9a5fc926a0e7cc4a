import type { INestApplication } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ProblemDetailsFilter } from './problem-details.filter';

/**
 * What every service's HTTP app gets: RFC 9457 errors. Shutdown hooks are left to the caller: a service's main.ts
 * enables them; the embedded launcher, running several apps in one process, closes them itself.
 */
export function configureHttpApp(app: INestApplication): INestApplication {
  app.useGlobalFilters(new ProblemDetailsFilter(app.get(HttpAdapterHost)));
  return app;
}
