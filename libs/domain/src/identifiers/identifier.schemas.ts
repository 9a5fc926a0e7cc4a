import { z } from 'zod';
import { validateBhytCardCode, type ParsedBhytCardCode } from './bhyt-card-code.parser';
import { validatePersonalId, type PersonalId } from './personal-id.parser';

/**
 * zod schemas for HTTP bodies and events: the issue carries the failed rule in `params.rule` (and the BHXH check
 * result code for card codes) so a transport can map it to its own error shape.
 */
export const personalIdSchema: z.ZodType<PersonalId, z.ZodTypeDef, string> = z
  .string()
  .transform((value, context) => {
    const result = validatePersonalId(value);
    if (result.ok) return result.value;
    context.addIssue({ code: z.ZodIssueCode.custom, message: result.message, params: { rule: result.rule } });
    return z.NEVER;
  });

export const bhytCardCodeSchema: z.ZodType<ParsedBhytCardCode, z.ZodTypeDef, string> = z
  .string()
  .transform((value, context) => {
    const result = validateBhytCardCode(value);
    if (result.ok) return result.value;
    context.addIssue({
      code: z.ZodIssueCode.custom,
      message: result.message,
      params: { rule: result.rule, resultCode: result.resultCode },
    });
    return z.NEVER;
  });
