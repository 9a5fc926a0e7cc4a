import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import type { FieldError } from '../errors/domain-error';
import { RequestValidationError } from '../errors/request-validation.error';

const LOCATIONS: Readonly<Record<ArgumentMetadata['type'], string>> = {
  body: 'request body',
  query: 'query string',
  param: 'path parameters',
  custom: 'input',
};

/** `['items', 0, 'code']` → `items[0].code`, the form API clients already use for nested fields. */
function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (joined, key) =>
      typeof key === 'number' ? `${joined}[${key}]` : joined === '' ? key : `${joined}.${key}`,
    '',
  );
}

/**
 * Validates and parses an HTTP body, params or query with a zod schema. The handler receives zod's output
 * (coerced, defaults applied, unknown keys stripped); bad input becomes a 400 problem naming each field.
 *
 *   @Post() create(@Body(new ZodValidationPipe(createCitizenSchema)) body: CreateCitizen) {}
 *   @Get(':id') get(@Param('id', new ZodValidationPipe(citizenIdSchema)) id: string) {}
 */
@Injectable()
export class ZodValidationPipe<S extends z.ZodTypeAny> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.output<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data as z.output<S>;

    // A pipe bound to one parameter (`@Param('id', pipe)`) reports its errors under that parameter's name.
    const prefix = metadata.data === undefined ? [] : [metadata.data];
    const errors: FieldError[] = result.error.issues.map((issue) => ({
      field: fieldPath([...prefix, ...issue.path]) || metadata.type,
      message: issue.message,
    }));
    const fields = [...new Set(errors.map((error) => error.field))];
    throw new RequestValidationError('VALIDATION_FAILED', {
      detail: `Invalid ${LOCATIONS[metadata.type]}: ${fields.join(', ')}.`,
      errors,
    });
  }
}
