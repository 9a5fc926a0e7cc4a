export * from './cloud-event-record';
export * from './record-batch';
export * from './record-batch-publisher';
export { murmur2, partitionOf } from './murmur2';
