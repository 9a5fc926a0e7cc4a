/** Nest token of the validated OneStopConfig. */
export const ONE_STOP_CONFIG = Symbol('ONE_STOP_CONFIG');
