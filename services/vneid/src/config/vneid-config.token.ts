export const VNEID_CONFIG = Symbol('VNEID_CONFIG');
