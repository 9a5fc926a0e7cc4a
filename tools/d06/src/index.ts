export { runUp, type InfraMode, type UpOptions } from './commands/up.command';
export { SERVICES, servicePort } from './commands/service-ports';
