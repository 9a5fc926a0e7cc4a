/** Nest token of the validated SocialSecurityConfig. */
export const SSA_CONFIG = Symbol('SSA_CONFIG');
