import { validatePersonalId } from '@d06/domain';
import { VneidError } from '../vneid.errors';

/** Path parameter pipe: a malformed personal ID number is a 400 naming the broken rule. */
export class IdNumberPipe {
  transform(value: unknown): string {
    const text = String(value);
    const checked = validatePersonalId(text);
    if (!checked.ok) {
      throw new VneidError('INVALID_ID_NUMBER', {
        detail: `rule ${checked.rule}: ${checked.message}`,
        errors: [{ field: 'idNumber', message: checked.message }],
      });
    }
    return text;
  }
}
