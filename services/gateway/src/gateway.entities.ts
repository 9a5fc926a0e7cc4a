import { MessageLogEntity } from './message-log/message-log.entity';
import { RegistryEntryEntity } from './registry/registry-entry.entity';

export const GATEWAY_ENTITIES = [MessageLogEntity, RegistryEntryEntity];
