export { createPopulationApp, POPULATION_API } from './population.app';
export { populationConfig, type PopulationConfig } from './config/population.config';
export { PopulationModule } from './population.module';
export { POPULATION_ENTITIES } from './population.entities';
export { POPULATION_MIGRATIONS } from './migrations';
