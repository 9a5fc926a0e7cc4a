import { MessagingTables1763800000000 } from '@d06/messaging';
import { CreateVneid1763800000300 } from './1763800000300-create-vneid';

/** Every migration of the vneid schema, in order. */
export const VNEID_MIGRATIONS = [MessagingTables1763800000000, CreateVneid1763800000300];
