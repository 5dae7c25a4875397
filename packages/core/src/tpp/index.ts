export * from './schema.js';
export * from './money.js';
export * from './rule-set.js';
export * from './engine.js';
export * from './pph21.js';
export * from './diff.js';
export * from './shipped.js';
