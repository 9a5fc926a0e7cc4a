import { randomUUID } from 'node:crypto';
import { dueDate } from '@d06/domain';
import type { z } from 'zod';
import { catalogueEntry, type CatalogueEntry } from '../catalogue/catalogue';
import { PROCEDURE_OF_SERVICE, type Procedure } from '../linked/linked-procedures';
import { OneStopError } from '../one-stop.errors';
import type { Prefill } from '../prefill/prefill';
import { linkedForms, plainForm, type SubmitDossierRequest } from './dossier.requests';
import { Dossier } from './dossier.entity';

export interface CheckedSubmission {
  readonly entry: CatalogueEntry;
  readonly procedure?: Procedure;
  readonly form: Record<string, unknown>;
  readonly legalDays: number;
}

/** Who submits: an officer at the counter, or the applicant logged in to VNeID (with the login's level). */
export interface Submitter {
  readonly actor: string;
  readonly acr: string | null;
}

/** A submission checked and its submitter known, received now at its agency: what numbering and pre-fill need. */
export interface Intake {
  readonly body: SubmitDossierRequest;
  readonly checked: CheckedSubmission;
  readonly submitter: Submitter;
  readonly receivedAt: Date;
  readonly provinceCode: string;
  readonly agencyCode: string;
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

/** The dossier a checked submission becomes, numbered and pre-filled; a linked service's gets its run's id. */
export function newDossier(intake: Intake, code: string, prefill: Prefill): Dossier {
  const { body, checked, submitter, receivedAt } = intake;
  return Object.assign(new Dossier(), {
    code,
    serviceKey: checked.entry.key,
    channel: body.channel,
    status: 'received',
    applicantIdNumber: body.applicantIdNumber,
    agencyCode: intake.agencyCode,
    provinceCode: intake.provinceCode,
    districtCode: body.districtCode ?? null,
    communeCode: body.communeCode ?? null,
    acr: submitter.acr,
    receivedBy: submitter.actor,
    receivedAt,
    dueAt: dueDate(receivedAt, checked.legalDays),
    legalDays: checked.legalDays,
    completedAt: null,
    onTime: null,
    digitised: body.digitised,
    feePaidOnline: body.feePaidOnline,
    verificationNeeded: body.verificationNeeded,
    form: { answers: checked.form, prefilled: prefill.values },
    formFields: checked.entry.formFields.length,
    prefilledFields: Object.keys(prefill.values).length,
    prefillStatus: prefill.status,
    linkedRunId: checked.procedure ? randomUUID() : null,
    attention: null,
    updatedAt: receivedAt,
  } satisfies Dossier);
}

/** The answer to a submission: the dossier's code, status, deadline and pre-fill. */
export function receipt(dossier: Dossier) {
  return {
    code: dossier.code,
    serviceKey: dossier.serviceKey,
    channel: dossier.channel,
    status: dossier.status,
    receivedAt: dossier.receivedAt.toISOString(),
    dueAt: dossier.dueAt.toISOString(),
    legalDays: dossier.legalDays,
    formFields: dossier.formFields,
    prefilledFields: dossier.prefilledFields,
    prefillStatus: dossier.prefillStatus,
    ...(dossier.linkedRunId ? { linkedRunId: dossier.linkedRunId } : {}),
  };
}
