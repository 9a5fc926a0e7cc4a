import type { INestApplication } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
} from '@nestjs/swagger';
import type { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { PROBLEM_JSON } from './problem-details';

/** The OpenAPI schema of a zod schema: one source for validation and for the API document. */
export function openApiSchemaOf(schema: z.ZodTypeAny): Record<string, unknown> {
  // zodToJsonSchema's generic signature sends the compiler into deep instantiation on large schemas
  const convert = zodToJsonSchema as (schema: unknown, options: object) => Record<string, unknown>;
  const { $schema: _ignored, ...rest } = convert(schema, { target: 'openApi3', $refStrategy: 'none' });
  return rest;
}

/** Documents a request body validated by ZodValidationPipe, and its 400 problem+json answer. */
export function ApiZodBody(schema: z.ZodTypeAny, description?: string): MethodDecorator {
  return applyDecorators(
    ApiBody({ schema: openApiSchemaOf(schema), description }),
    ApiBadRequestResponse({
      description: `Invalid input: an RFC 9457 ${PROBLEM_JSON} body naming each field`,
    }),
  );
}

/** Builds the service's OpenAPI document from its controllers and serves it at /docs (JSON at /docs-json). */
export function setupOpenApi(
  app: INestApplication,
  info: { title: string; description: string; version?: string },
): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(info.title)
    .setDescription(info.description)
    .setVersion(info.version ?? '1')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document);
  return document;
}
