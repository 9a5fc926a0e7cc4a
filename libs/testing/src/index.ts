export * from './infrastructure';
export * from './unique-name';
export * from './wait-for';
export * from './free-port';
export * from './migrations.contract';
export * from './call-json';
export * from './free-port-base';
