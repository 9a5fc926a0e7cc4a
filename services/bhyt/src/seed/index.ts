export { DEFAULT_SEED_SCHEMA, seedBhyt } from './seed-bhyt';
export { SeedError, type SeedErrorCode } from './seed.errors';
export type { SeedBhytOptions, SeedBhytProgress, SeedBhytSummary } from './seed.types';
export { syntheticFacilities, type SeedFacility } from './synthetic-facilities';
export { participantSeed, type ParticipantSeed } from './participant-rows';
