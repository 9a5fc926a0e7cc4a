export { createBhytApp, BHYT_API } from './bhyt.app';
export { bhytConfig, bhytCachePrefix, type BhytConfig } from './config/bhyt.config';
export { BhytModule } from './bhyt.module';
export { BHYT_ENTITIES } from './bhyt.entities';
export { BHYT_MIGRATIONS } from './migrations';
