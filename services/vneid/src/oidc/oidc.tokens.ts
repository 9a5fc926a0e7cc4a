/** The oidc-provider instance (`Provider`), injectable once the keys are loaded. */
export const OIDC_PROVIDER = Symbol('OIDC_PROVIDER');
/** The service's ioredis connection, or undefined in embedded mode. */
export const VNEID_REDIS = Symbol('VNEID_REDIS');
