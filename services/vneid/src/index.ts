export { createVneidApp, VNEID_API } from './vneid.app';
export { vneidConfig, type VneidConfig } from './config/vneid.config';
export { VneidModule, type VneidOptions } from './vneid.module';
export { VNEID_ENTITIES } from './vneid.entities';
export { VNEID_MIGRATIONS } from './migrations';
export { TEST_MODE_OTP } from './login/otp-verifier';
