/** Supervisor validation: decisions, deadlines, flags, on-time rates and the monthly target. */
export * from './absence.js';
export * from './decision.js';
export * from './deadline.js';
export * from './flags.js';
export * from './month.js';
export * from './rates.js';
