export * from './embedded.js';
export * from './neo4j.js';
export * from './open.js';
export * from './statements.js';
export * from './types.js';
export * from './stats.js';
export * from './load.js';
