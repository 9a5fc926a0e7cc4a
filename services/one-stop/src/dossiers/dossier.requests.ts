import { personalIdSchema } from '@d06/domain';
import { z } from 'zod';
import { DOSSIER_ACTIONS } from './dossier-status';

const idNumber = personalIdSchema;
const province = z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code');
const district = z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit district code');
const commune = z.string().regex(/^[0-9]{5}$/, 'must be a 5-digit commune code');
const date = z.string().date('must be a date (YYYY-MM-DD)');

/** The birth part of the one linked form (as linked-step-requested.v1 carries it). */
export const birthForm = z
  .object({
    fullName: z.string().trim().min(1).max(200),
    birthDate: date,
    sex: z.enum(['male', 'female']),
    ethnicity: z.string().trim().min(1).max(40).optional(),
    birthplaceProvince: province,
    fatherIdNumber: idNumber.optional(),
    motherIdNumber: idNumber.optional(),
    residence: z
      .object({
        provinceCode: province,
        districtCode: district,
        communeCode: commune,
        address: z.string().trim().min(1).max(300),
        householdId: z
          .string()
          .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/, 'must be a household id')
          .optional(),
      })
      .strict(),
  })
  .strict();

/** The death part of the one linked form. */
export const deathForm = z
  .object({
    idNumber,
    dateOfDeath: date,
    claimant: z.object({ idNumber, fullName: z.string().trim().min(1).max(200) }).strict(),
  })
  .strict();

export const linkedForms = {
  birth: z.object({ birth: birthForm }).strict(),
  death: z.object({ death: deathForm }).strict(),
} as const;

/** An ordinary form: field name → a scalar answer (the catalogue lists the fields). */
const plainForm = z.record(
  z.string().min(1).max(100),
  z.union([z.string().max(2_000), z.number(), z.boolean(), z.null()]),
);

export const submitDossierRequest = z
  .object({
    serviceKey: z.string().trim().min(1).max(40),
    channel: z.enum(['online', 'counter']),
    applicantIdNumber: idNumber,
    provinceCode: province.optional(),
    districtCode: district.optional(),
    communeCode: commune.optional(),
    /** The form: for da06-15 `{ birth }`, for da06-16 `{ death }`; otherwise field → answer. */
    form: z.record(z.string(), z.unknown()).optional(),
    digitised: z.boolean().default(false),
    feePaidOnline: z.boolean().default(false),
    verificationNeeded: z.boolean().default(false),
  })
  .strict();

export type SubmitDossierRequest = z.output<typeof submitDossierRequest>;
export type BirthForm = z.output<typeof birthForm>;
export type DeathForm = z.output<typeof deathForm>;
export { plainForm };

export const dossierActionRequest = z
  .object({
    action: z.enum(DOSSIER_ACTIONS),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .strict();

export type DossierActionRequest = z.output<typeof dossierActionRequest>;
