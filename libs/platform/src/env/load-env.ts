import type { z } from 'zod';
import { EnvValidationError, type EnvIssue } from './env-validation.error';

export type EnvSource = Readonly<Record<string, string | undefined>>;

/**
 * Validates the environment against a zod schema at boot and returns the parsed, typed configuration.
 * Empty values count as unset: compose files and shells write `DATABASE_URL=` to mean "not configured".
 */
export function loadEnv<S extends z.ZodTypeAny>(schema: S, env: EnvSource = process.env): z.output<S> {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = schema.safeParse(present);
  if (result.success) return result.data as z.output<S>;
  const issues: EnvIssue[] = result.error.issues.map((issue) => ({
    name: issue.path.length > 0 ? issue.path.join('.') : '(environment)',
    message: issue.message,
  }));
  throw new EnvValidationError(issues);
}
