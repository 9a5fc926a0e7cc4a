import { validatePersonalId } from '@d06/domain';
import { PopulationError } from '../population.errors';

/** A well-formed personal ID number, or a 400 naming the rule it breaks. */
export function requireIdNumber(value: string, field = 'idNumber'): string {
  const result = validatePersonalId(value);
  if (result.ok) return value;
  throw new PopulationError('INVALID_ID_NUMBER', {
    detail: `${field} breaks the rule "${result.rule}": ${result.message}`,
    errors: [{ field, message: `${result.rule}: ${result.message}` }],
  });
}
