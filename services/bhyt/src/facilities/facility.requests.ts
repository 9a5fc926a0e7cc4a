import { z } from 'zod';
import { FACILITY_KINDS } from './facility.entity';

export const facilityCode = z.string().regex(/^[0-9]{5}$/, 'must be the 5-digit facility code');

/** Registers a facility or changes its record (PUT /v1/facilities/{facilityCode}). */
export const facilityRequest = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(FACILITY_KINDS),
    provinceCode: z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code'),
    districtCode: z
      .string()
      .regex(/^[0-9]{3}$/, 'must be a 3-digit district code')
      .optional(),
    acceptsIdCard: z.boolean(),
  })
  .strict();
export type FacilityRequest = z.output<typeof facilityRequest>;

export const facilityQuery = z
  .object({
    provinceCode: z
      .string()
      .regex(/^[0-9]{3}$/, 'must be a 3-digit province code')
      .optional(),
  })
  .strict();
export type FacilityQuery = z.output<typeof facilityQuery>;
