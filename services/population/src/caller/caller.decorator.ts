import { createCallerDecorator } from '@d06/platform';
import { CALLER_POLICY } from './caller-context';

/** `@Caller()` hands a handler the validated caller; `@Caller(['police'])` also limits the roles allowed. */
export const { Caller, callerFromRequest } = createCallerDecorator(CALLER_POLICY);
