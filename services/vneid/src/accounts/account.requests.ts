import { z } from 'zod';

const idNumber = z.string().regex(/^[0-9]{12}$/, 'must be 12 digits');
const province = z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code');
const commune = z.string().regex(/^[0-9]{5}$/, 'must be a 5-digit commune code');
const phone = z.string().regex(/^0[0-9]{9,10}$/, 'must be a Vietnamese phone number (0 and 9–10 digits)');
/** The login password the citizen chooses when applying (the app asks for it); never stored in clear. */
const password = z.string().min(8, 'at least 8 characters').max(128);

const identity = {
  idNumber,
  fullName: z.string().trim().min(1).max(200),
  birthDate: z.string().date('must be a date (YYYY-MM-DD)'),
  sex: z.enum(['male', 'female']),
  phone,
  provinceCode: province,
  communeCode: commune.optional(),
  password,
};

/** A level-1 request made in the VNeID app: the ID number, the phone and the identity read from the card. */
export const level1Request = z.object(identity).strict();
export type Level1Request = z.output<typeof level1Request>;

/** A level-2 registration (or upgrade) made in person at the police, fingerprint checked. */
export const level2Registration = z
  .object({
    ...identity,
    password: password.optional(),
    fingerprintVerified: z.boolean(),
    chipRead: z.boolean().default(true),
  })
  .strict();
export type Level2Registration = z.output<typeof level2Registration>;

/** Activation in the app: the phone the request named and the OTP sent to it. */
export const activationRequest = z
  .object({ phone, otp: z.string().regex(/^[0-9]{6}$/, 'must be 6 digits') })
  .strict();
export type ActivationRequest = z.output<typeof activationRequest>;

export const lockRequest = z.object({ reason: z.enum(['holder-request', 'police']) }).strict();
export type LockRequest = z.output<typeof lockRequest>;

export const revokeRequest = z.object({ reason: z.enum(['duplicate', 'police']) }).strict();
export type RevokeRequest = z.output<typeof revokeRequest>;
