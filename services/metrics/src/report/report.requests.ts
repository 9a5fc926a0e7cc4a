import { z } from 'zod';

const province = z
  .string()
  .regex(/^\d{2,3}$/, 'a province code: 2 or 3 digits (38 or 038)')
  .transform((code) => code.padStart(3, '0'));
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const REPORT_FORMATS = ['json', 'csv', 'xlsx', 'docx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** GET /v1/reports query: a month (with its start day) or any range of days. */
export const reportQuery = z
  .object({
    province: province.optional(),
    period: z
      .string()
      .regex(/^\d{4}-\d{2}$/, 'a month YYYY-MM')
      .optional(),
    from: date.optional(),
    to: date.optional(),
    startDay: z.coerce.number().int().min(1).max(28).optional(),
    commune: z
      .string()
      .regex(/^\d{5}$/, 'a 5-digit commune code')
      .optional(),
    format: z.enum(REPORT_FORMATS).optional(),
    trace: z.enum(['true', 'false']).optional(),
  })
  .strict()
  .refine((q) => (q.from === undefined) === (q.to === undefined), {
    message: 'from and to go together',
    path: ['to'],
  })
  .refine((q) => !(q.period !== undefined && q.from !== undefined), {
    message: 'give either period or from/to',
    path: ['period'],
  });
export type ReportQuery = z.output<typeof reportQuery>;

/** PUT /v1/opening-balances: cumulative values carried in from before the simulated period, by report path. */
export const openingBalancesRequest = z
  .object({
    province,
    figures: z
      .record(
        z.string().regex(/^[a-zA-Z][\w.]*$/, 'a report path such as healthInsurance.lookups.total'),
        z.number().finite(),
      )
      .refine((figures) => Object.keys(figures).length > 0, 'at least one figure'),
    replace: z.boolean().default(false),
  })
  .strict();
export type OpeningBalancesRequest = z.output<typeof openingBalancesRequest>;
