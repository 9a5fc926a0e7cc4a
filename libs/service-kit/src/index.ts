export {
  ServiceFoundationModule,
  type ServiceFoundationOptions,
  type ServiceInfrastructureConfig,
} from './service-foundation.module';
export * from './linked-steps';
