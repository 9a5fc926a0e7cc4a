export { createGatewayApp, GATEWAY_API } from './gateway.app';
export {
  gatewayConfig,
  gatewayKeyPrefix,
  registryFileOf,
  REGISTRY_DIR,
  type GatewayConfig,
} from './config/gateway.config';
export { GatewayModule, type GatewayOptions } from './gateway.module';
export { GATEWAY_ENTITIES } from './gateway.entities';
export { GATEWAY_MIGRATIONS } from './migrations';
export { apiKeyHash } from './registry/registry';
