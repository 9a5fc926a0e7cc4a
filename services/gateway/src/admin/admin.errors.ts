import { DomainError } from '@d06/platform';

const ADMIN_ERRORS = {
  ADMIN_KEY_REQUIRED: { status: 401, title: 'The admin API needs the admin key (x-admin-key)' },
  UNKNOWN_MEMBER: {
    status: 422,
    title: 'The subsystem or service names a member the registry does not hold',
  },
  UNKNOWN_SUBSYSTEM: { status: 422, title: 'The right names a client subsystem the registry does not hold' },
  UNKNOWN_SERVICE: { status: 404, title: 'No such service in the registry' },
  BAD_SERVICE_URL: {
    status: 422,
    title: 'The service URL is neither an http(s) URL nor ${VAR} of a known variable',
  },
  NO_FAULTS: { status: 404, title: 'The service has no injected faults' },
} as const;

export type AdminErrorCode = keyof typeof ADMIN_ERRORS;

export class AdminError extends DomainError.of(ADMIN_ERRORS) {}
