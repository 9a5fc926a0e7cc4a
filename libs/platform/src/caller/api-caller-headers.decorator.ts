import { applyDecorators } from '@nestjs/common';
import { ApiForbiddenResponse, ApiHeader } from '@nestjs/swagger';
import { CALLER_HEADERS, type CallerPolicy } from './caller-context';

/** Documents the caller headers of a service's endpoints in its OpenAPI document. */
export function ApiCallerHeaders<R extends string>(
  policy: CallerPolicy<R>,
): ReturnType<typeof applyDecorators> {
  const purpose = policy.purposeRequired ? ' (this or the dossier code is required)' : '';
  return applyDecorators(
    ApiHeader({
      name: CALLER_HEADERS.type,
      required: true,
      description: 'officer or system',
      enum: ['officer', 'system'],
    }),
    ApiHeader({
      name: CALLER_HEADERS.id,
      required: true,
      description: "The officer's or system client's id",
    }),
    ApiHeader({
      name: CALLER_HEADERS.agency,
      required: true,
      description: 'The calling agency (its electronic code)',
    }),
    ApiHeader({
      name: CALLER_HEADERS.role,
      required: true,
      description: 'What the caller may do or see',
      enum: [...policy.roles],
    }),
    ApiHeader({
      name: CALLER_HEADERS.purpose,
      required: false,
      description: `Purpose of the access${purpose}`,
    }),
    ApiHeader({
      name: CALLER_HEADERS.dossierCode,
      required: false,
      description: 'Dossier code the access serves',
    }),
    ApiForbiddenResponse({ description: 'The caller role may not do this (problem+json)' }),
  );
}
