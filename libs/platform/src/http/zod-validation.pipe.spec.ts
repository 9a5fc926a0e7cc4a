import { z } from 'zod';
import { RequestValidationError } from '../errors/request-validation.error';
import { ZodValidationPipe } from './zod-validation.pipe';

function rejection(run: () => unknown): RequestValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestValidationError) return error;
    throw error;
  }
  throw new Error('expected the pipe to reject');
}

describe('ZodValidationPipe', () => {
  const dossierSchema = z.object({
    serviceCode: z.string().regex(/^\d\.\d{6}$/, 'must look like 1.001234'),
    applicant: z.object({ idNumber: z.string().regex(/^\d{12}$/, 'must be 12 digits') }),
    attachments: z.array(z.object({ name: z.string().min(1) })),
    pageSize: z.coerce.number().int().default(20),
  });

  it('returns the parsed value (coerced, defaults applied, unknown keys dropped)', () => {
    const pipe = new ZodValidationPipe(dossierSchema);
    const input = {
      serviceCode: '1.001234',
      applicant: { idNumber: '001234567890' },
      attachments: [],
      extra: true,
    };

    expect(pipe.transform(input, { type: 'body' })).toEqual({
      serviceCode: '1.001234',
      applicant: { idNumber: '001234567890' },
      attachments: [],
      pageSize: 20,
    });
  });

  it('names nested and array fields the way clients address them', () => {
    const pipe = new ZodValidationPipe(dossierSchema);
    const input = {
      serviceCode: 'x',
      applicant: { idNumber: '12' },
      attachments: [{ name: 'a' }, { name: '' }],
    };

    const error = rejection(() => pipe.transform(input, { type: 'body' }));

    expect(error.status).toBe(400);
    expect(error.errors).toEqual([
      { field: 'serviceCode', message: 'must look like 1.001234' },
      { field: 'applicant.idNumber', message: 'must be 12 digits' },
      { field: 'attachments[1].name', message: 'String must contain at least 1 character(s)' },
    ]);
    expect(error.detail).toBe('Invalid request body: serviceCode, applicant.idNumber, attachments[1].name.');
  });

  it('reports a single bound parameter under its own name', () => {
    const pipe = new ZodValidationPipe(z.string().regex(/^\d{12}$/, 'must be 12 digits'));

    const error = rejection(() => pipe.transform('12345', { type: 'param', data: 'id' }));

    expect(error.errors).toEqual([{ field: 'id', message: 'must be 12 digits' }]);
    expect(error.detail).toBe('Invalid path parameters: id.');
  });

  it('lists a field once in the detail even with several issues', () => {
    const pipe = new ZodValidationPipe(
      z.object({
        q: z
          .string()
          .min(3, 'too short')
          .regex(/^[a-z]+$/, 'letters only'),
      }),
    );

    const error = rejection(() => pipe.transform({ q: '1' }, { type: 'query' }));

    expect(error.errors).toEqual([
      { field: 'q', message: 'too short' },
      { field: 'q', message: 'letters only' },
    ]);
    expect(error.detail).toBe('Invalid query string: q.');
  });

  it('falls back to the argument kind when a whole-value schema fails', () => {
    const pipe = new ZodValidationPipe(z.object({ a: z.string() }));

    expect(rejection(() => pipe.transform('not an object', { type: 'body' })).errors).toEqual([
      { field: 'body', message: 'Expected object, received string' },
    ]);
  });
});
