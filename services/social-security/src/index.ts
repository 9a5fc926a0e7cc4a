export { createSocialSecurityApp, SOCIAL_SECURITY_API } from './social-security.app';
export { socialSecurityConfig, type SocialSecurityConfig } from './config/social-security.config';
export { SocialSecurityModule, type SocialSecurityOptions } from './social-security.module';
export { SOCIAL_SECURITY_ENTITIES } from './social-security.entities';
export { SOCIAL_SECURITY_MIGRATIONS } from './migrations';
export { RAIL_ENTITIES, RAIL_MIGRATIONS } from './bank-rail/rail-schema';
export {
  BANK_RAIL,
  type BankRail,
  type TransferInstruction,
  type TransferResult,
} from './bank-rail/bank-rail.port';
export { SimulatedBankRail } from './bank-rail/simulated-bank-rail';
