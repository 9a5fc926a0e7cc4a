import { MessagingTables1763800000000 } from '@d06/messaging';
import { LinkedStepsTable1763800000900 } from '@d06/service-kit';
import { CreateBhytRegistry1763800000400 } from './1763800000400-create-bhyt-registry';

/** Every migration of the bhyt schema, in order. */
export const BHYT_MIGRATIONS = [
  MessagingTables1763800000000,
  CreateBhytRegistry1763800000400,
  LinkedStepsTable1763800000900,
];
