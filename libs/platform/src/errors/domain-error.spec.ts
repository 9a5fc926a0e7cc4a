import { DomainError } from './domain-error';
import { RequestValidationError } from './request-validation.error';

const DOSSIER_ERRORS = {
  DOSSIER_NOT_FOUND: { status: 404, title: 'Dossier not found' },
  DEADLINE_PASSED: { status: 422, title: 'Processing deadline has passed' },
} as const;
type DossierErrorCode = keyof typeof DOSSIER_ERRORS;
class DossierError extends DomainError.of(DOSSIER_ERRORS) {}

describe('DomainError', () => {
  it('takes status and title from the catalog entry of its code', () => {
    const error = new DossierError('DEADLINE_PASSED', { detail: 'Deadline was 2025-01-10.' });
    const code: DossierErrorCode = error.code;

    expect(code).toBe('DEADLINE_PASSED');
    expect(error.status).toBe(422);
    expect(error.title).toBe('Processing deadline has passed');
    expect(error.detail).toBe('Deadline was 2025-01-10.');
    expect(error.message).toBe('Deadline was 2025-01-10.');
    expect(error.errors).toBeUndefined();
  });

  it('is an Error and a DomainError named after the subclass', () => {
    const error = new DossierError('DOSSIER_NOT_FOUND');

    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(DossierError);
    expect(error.name).toBe('DossierError');
    expect(error.message).toBe('Dossier not found');
    expect(String(error.stack)).toContain('DossierError: Dossier not found');
  });

  it('keeps the cause and field errors', () => {
    const cause = new Error('socket hang up');
    const error = new DossierError('DOSSIER_NOT_FOUND', {
      cause,
      errors: [{ field: 'code', message: 'unknown' }],
    });

    expect(error.cause).toBe(cause);
    expect(error.errors).toEqual([{ field: 'code', message: 'unknown' }]);
  });

  it('rejects a catalog with a non-error HTTP status when the class is declared', () => {
    expect(() => DomainError.of({ OK_ISH: { status: 200, title: 'Fine' } })).toThrow(
      'Error code OK_ISH has status 200; expected an HTTP error status 400-599',
    );
  });

  it('provides a 400 RequestValidationError for boundary validation', () => {
    const error = new RequestValidationError('VALIDATION_FAILED', {
      errors: [{ field: 'x', message: 'Required' }],
    });

    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.name).toBe('RequestValidationError');
  });
});
