export { createOneStopApp, ONE_STOP_API } from './one-stop.app';
export { oneStopConfig, type OneStopConfig } from './config/one-stop.config';
export { OneStopModule, type OneStopOptions } from './one-stop.module';
export { ONE_STOP_ENTITIES } from './one-stop.entities';
export { ONE_STOP_MIGRATIONS } from './migrations';
export { CATALOGUE, catalogueEntry, type CatalogueEntry } from './catalogue/catalogue';
export { Sweeper } from './common/sweeper';
