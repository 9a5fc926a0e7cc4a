import type { z } from 'zod';
import { catalogueEntry, type CatalogueEntry } from '../catalogue/catalogue';
import { PROCEDURE_OF_SERVICE, type Procedure } from '../linked/linked-procedures';
import { OneStopError } from '../one-stop.errors';
import { linkedForms, plainForm, type SubmitDossierRequest } from './dossier.requests';

export interface CheckedSubmission {
  readonly entry: CatalogueEntry;
  readonly procedure?: Procedure;
  readonly form: Record<string, unknown>;
  readonly legalDays: number;
}

/** The service and the form, checked before anything is asked of another system: bad input is a 400, no dossier. */
export function checkSubmission(body: SubmitDossierRequest): CheckedSubmission {
  const entry = catalogueEntry(body.serviceKey);
  if (!entry) {
    throw new OneStopError('UNKNOWN_SERVICE', {
      detail: `${body.serviceKey} is not an essential service (GET /v1/services lists them)`,
      errors: [{ field: 'serviceKey', message: 'unknown service key' }],
    });
  }
  const procedure = PROCEDURE_OF_SERVICE[entry.key];
  const schema: z.ZodTypeAny = procedure ? linkedForms[procedure] : plainForm;
  const parsed = schema.safeParse(body.form ?? (procedure ? undefined : {}));
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      field: ['form', ...issue.path].join('.'),
      message: issue.message,
    }));
    throw new OneStopError('INVALID_FORM', {
      detail: procedure
        ? `the linked form needs { ${procedure}: … }: ${[...new Set(errors.map((e) => e.field))].join(', ')}`
        : `invalid form fields: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
      errors,
    });
  }
  const legalDays =
    body.verificationNeeded && entry.legalDaysWithVerification !== undefined
      ? entry.legalDaysWithVerification
      : entry.legalDays;
  return { entry, procedure, form: parsed.data as Record<string, unknown>, legalDays };
}
