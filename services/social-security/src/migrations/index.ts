import { MessagingTables1763800000000 } from '@d06/messaging';
import { LinkedStepsTable1763800000900 } from '@d06/service-kit';
import { CreateSocialSecurity1763800000500 } from './1763800000500-create-social-security';

/** Every migration of the social-security schema, in order. */
export const SOCIAL_SECURITY_MIGRATIONS = [
  MessagingTables1763800000000,
  CreateSocialSecurity1763800000500,
  LinkedStepsTable1763800000900,
];
