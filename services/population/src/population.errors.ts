import { DomainError } from '@d06/platform';

const POPULATION_ERRORS = {
  INVALID_ID_NUMBER: { status: 400, title: 'The personal ID number is malformed' },
  CITIZEN_NOT_FOUND: { status: 404, title: 'No citizen with this personal ID number' },
  DUPLICATE_ID_NUMBER: { status: 409, title: 'A citizen with this personal ID number is already registered' },
  CITIZEN_DECEASED: { status: 409, title: 'The citizen is recorded as deceased' },
  NO_RESIDENCE: { status: 409, title: 'The citizen has no residence of this kind to remove' },
  UNKNOWN_ADMINISTRATIVE_UNIT: { status: 400, title: 'Unknown administrative unit' },
  UNKNOWN_PARENT: { status: 422, title: 'A parent named by ID number is not in the register' },
  UNKNOWN_HOUSEHOLD: { status: 422, title: 'No household with this id is registered' },
  DATE_BEFORE_BIRTH: { status: 422, title: 'The date is before the citizen was born' },
  APPLICATION_NOT_FOUND: { status: 404, title: 'No CCCD application with this id' },
  APPLICATION_ALREADY_DECIDED: { status: 409, title: 'The CCCD application was already issued or rejected' },
  BATCH_TOO_LARGE: { status: 413, title: 'A verification batch holds at most 10 000 records' },
  ID_SPACE_EXHAUSTED: { status: 503, title: 'Could not allocate a free personal ID number; try again' },
} as const;

export type PopulationErrorCode = keyof typeof POPULATION_ERRORS;

/** The population service's typed errors, mapped once to problem+json by the platform filter. */
export class PopulationError extends DomainError.of(POPULATION_ERRORS) {}
