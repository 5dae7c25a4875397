/** Daily journal (e-Activity) rules: settings, deadlines, minutes, status (dates and working days: ../calendar). */
export * from './settings.js';
export * from './format-id.js';
export * from './deadline.js';
export * from './offline-time.js';
export * from './minutes.js';
export * from './day-status.js';
export * from './derived-ids.js';
export * from './rhk-link.js';
