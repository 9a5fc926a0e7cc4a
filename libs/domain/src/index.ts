// The domain kit: Vietnam's identifiers, administrative units, people, working days and the essential-service
// catalogue. Pure functions and data, no I/O.
export * from './identifiers';
export * from './calendar';
export * from './catalogue';
export * from './admin-units';
export * from './people';
export * from './random';
