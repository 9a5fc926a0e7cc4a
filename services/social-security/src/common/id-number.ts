import { validatePersonalId } from '@d06/domain';
import { SocialSecurityError } from '../social-security.errors';

/** The ID number, or a 400 naming the broken rule (the message never repeats the number itself). */
export function requireIdNumber(value: string): string {
  const result = validatePersonalId(value);
  if (!result.ok) throw new SocialSecurityError('INVALID_ID_NUMBER', { detail: result.message });
  return result.value;
}
