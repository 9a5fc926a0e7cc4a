export { DEFAULT_SOCIAL_SECURITY_SCHEMA, seedSocialSecurity } from './seed-social-security';
export { SocialSecuritySeedError, type SocialSecuritySeedErrorCode } from './seed.errors';
export type { GroupCounts, SeedSocialSecurityOptions, SeedSocialSecuritySummary } from './seed.types';
export { DEFAULT_ACCOUNT_SHARES, DEFAULT_INACTIVE_SHARE, type AccountShares } from './account-draw';
