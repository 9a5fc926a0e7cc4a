export * from './generated/events';
export * from './event-contract';
export * from './contract.error';
export * from './contract-lookup';
