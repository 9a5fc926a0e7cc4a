import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { CALLER_HEADERS, callerSchema, type CallerContext, type CallerPolicy } from './caller-context';
import { CallerError } from './caller.error';

interface RequestWithHeaders {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * A service's caller handling: `callerFromRequest` reads and validates the headers (a call without them is refused
 * before it touches anything), and `@Caller()` / `@Caller(['police'])` hands the handler the caller, limiting roles.
 */
export function createCallerDecorator<R extends string>(policy: CallerPolicy<R>) {
  const schema = callerSchema(policy);

  function callerFromRequest(request: RequestWithHeaders): CallerContext<R> {
    const header = (name: string): string | undefined => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const parsed = schema.safeParse({
      type: header(CALLER_HEADERS.type),
      id: header(CALLER_HEADERS.id),
      agency: header(CALLER_HEADERS.agency),
      role: header(CALLER_HEADERS.role),
      purpose: header(CALLER_HEADERS.purpose),
      dossierCode: header(CALLER_HEADERS.dossierCode),
    });
    if (parsed.success) return parsed.data;
    const errors = parsed.error.issues.map((issue) => {
      const field = String(issue.path[0]);
      return { field: CALLER_HEADERS[field as keyof typeof CALLER_HEADERS] ?? field, message: issue.message };
    });
    throw new CallerError('CALLER_CONTEXT_REQUIRED', {
      detail: `missing or invalid caller headers: ${errors.map((e) => e.field).join(', ')}`,
      errors,
    });
  }

  const Caller = createParamDecorator((roles: readonly R[] | undefined, context: ExecutionContext) => {
    const caller = callerFromRequest(context.switchToHttp().getRequest<RequestWithHeaders>());
    if (roles && roles.length > 0 && !roles.includes(caller.role)) {
      throw new CallerError('ROLE_NOT_ALLOWED', {
        detail: `role ${caller.role} may not do this; allowed: ${roles.join(', ')}`,
      });
    }
    return caller;
  });

  return { Caller, callerFromRequest };
}
