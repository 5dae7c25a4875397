export * from './org/nip.js';
export * from './org/positions.js';
export * from './org/ranks.js';
export * from './org/supervisor.js';
export * from './org/dates.js';
export * from './auth/roles.js';
export * from './auth/password.js';
export * from './errors/codes.js';
