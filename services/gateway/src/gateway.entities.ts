import { MessageLogEntity } from './message-log/message-log.entity';
import { MonitoringPositionEntity } from './monitoring/monitoring-position.entity';
import { RegistryEntryEntity } from './registry/registry-entry.entity';

export const GATEWAY_ENTITIES = [MessageLogEntity, MonitoringPositionEntity, RegistryEntryEntity];
