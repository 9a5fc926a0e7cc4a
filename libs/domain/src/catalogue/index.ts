export * from './catalogue.types';
export * from './agencies';
export * from './eid-level.rule';
export * from './decision-06-services';
export * from './decision-422-services';
export * from './essential-services';
