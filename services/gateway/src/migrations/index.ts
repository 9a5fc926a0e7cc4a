import { CreateGateway1763800000700 } from './1763800000700-create-gateway';

/** Every migration of the gateway schema, in order. */
export const GATEWAY_MIGRATIONS = [CreateGateway1763800000700];
