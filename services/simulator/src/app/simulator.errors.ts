import { DomainError } from '@d06/platform';

const SIMULATOR_ERRORS = {
  RUN_IN_PROGRESS: { status: 409, title: 'A run is in progress; one run at a time' },
  RUN_NOT_FOUND: { status: 404, title: 'No run with this id' },
  RUN_NOT_FINISHED: { status: 409, title: 'The run has not finished; its outputs are not ready' },
  RUN_CRASHED: { status: 409, title: 'The run stopped with an error and has no outputs' },
  NO_CLOCK: { status: 409, title: 'This simulator has no business clock to operate' },
  CLOCK_REFUSED: { status: 409, title: 'The business clock refused the change' },
  NO_FAULTS: { status: 404, title: 'No faults set for this service' },
  UNKNOWN_GATEWAY_SERVICE: { status: 404, title: 'The gateway has no such service in its registry' },
  GATEWAY_UNREACHABLE: { status: 502, title: 'The gateway did not answer' },
  GATEWAY_REFUSED: { status: 502, title: 'The gateway refused the call' },
} as const;

export type SimulatorErrorCode = keyof typeof SIMULATOR_ERRORS;

export class SimulatorError extends DomainError.of(SIMULATOR_ERRORS) {}
