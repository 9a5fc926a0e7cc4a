import { z } from 'zod';
import { GROUPS } from '../common/domain-types';

/** Categories per group (NĐ 20/2021 for social assistance; Pháp lệnh ưu đãi người có công 2020). */
export const CATEGORIES = {
  'social-assistance': ['elderly-80', 'elderly-poor', 'disability', 'orphan', 'other'],
  meritorious: ['martyr-relative', 'war-invalid', 'agent-orange', 'resistance', 'other'],
} as const;

const provinceCode = z.string().regex(/^[0-9]{3}$/, 'must be a 3-digit province code');

/** An enrolment as the commune's social officer enters it: verified against the register before it is stored. */
export const enrolmentRequest = z
  .object({
    idNumber: z.string(),
    fullName: z.string().trim().min(1).max(200),
    birthDate: z.string().date('must be a date (YYYY-MM-DD)'),
    sex: z.enum(['male', 'female']),
    group: z.enum(GROUPS),
    category: z.string(),
    monthlyAmountVnd: z.number().int().min(1_000).max(100_000_000),
    provinceCode,
    communeCode: z
      .string()
      .regex(/^[0-9]{5}$/, 'must be a 5-digit commune code')
      .optional(),
  })
  .strict()
  .superRefine((request, ctx) => {
    const allowed: readonly string[] = CATEGORIES[request.group];
    if (!allowed.includes(request.category)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['category'],
        message: `a ${request.group} category is one of ${allowed.join(', ')}`,
      });
    }
  });
export type EnrolmentRequest = z.output<typeof enrolmentRequest>;

export const reviewRequest = z.object({ provinceCode }).strict();
export type ReviewRequest = z.output<typeof reviewRequest>;
