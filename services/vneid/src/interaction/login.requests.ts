import { z } from 'zod';

/** The login form, posted as application/x-www-form-urlencoded (the page) or JSON (automated relying parties). */
export const loginForm = z
  .object({
    idNumber: z.string().regex(/^[0-9]{12}$/, 'must be 12 digits'),
    password: z.string().min(1).max(128),
    otp: z.string().regex(/^[0-9]{6}$/, 'must be 6 digits'),
  })
  .strict();
export type LoginForm = z.output<typeof loginForm>;

export const otpForm = z.object({ idNumber: z.string().regex(/^[0-9]{12}$/, 'must be 12 digits') }).strict();
export type OtpForm = z.output<typeof otpForm>;
