import { MessagingTables1763800000000 } from '@d06/messaging';
import { CreateOneStop1763800000600 } from './1763800000600-create-one-stop';

/** Every migration of the one_stop schema, in order. */
export const ONE_STOP_MIGRATIONS = [MessagingTables1763800000000, CreateOneStop1763800000600];
