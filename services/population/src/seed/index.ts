export { DEFAULT_SEED_SCHEMA, seedPopulation } from './seed-population';
export { SeedError, type SeedErrorCode } from './seed.errors';
export type { SeedPopulationOptions, SeedProgress, SeedRowCounts, SeedSummary } from './seed.types';
export { SEED_COLUMNS, SEED_TABLES, type SeedTable } from './seed-rows';
export { tuneHeapForSeeding } from './heap-tuning';
