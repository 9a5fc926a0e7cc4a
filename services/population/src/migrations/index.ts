import { MessagingTables1763800000000 } from '@d06/messaging';
import { LinkedStepsTable1763800000900 } from '@d06/service-kit';
import { CreatePopulationRegistry1763800000100 } from './1763800000100-create-population-registry';

/** Every migration of the population schema, in order. */
export const POPULATION_MIGRATIONS = [
  MessagingTables1763800000000,
  CreatePopulationRegistry1763800000100,
  LinkedStepsTable1763800000900,
];
