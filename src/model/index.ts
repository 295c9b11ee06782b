export * from './dates.js';
export * from './ids.js';
export * from './kinds.js';
export * from './limits.js';
export * from './provenance.js';
export * from './relationships.js';
export * from './schema.js';
export * from './search.js';
