export const BHYT_CONFIG = Symbol('BHYT_CONFIG');
