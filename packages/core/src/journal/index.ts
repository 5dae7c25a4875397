/** Daily journal (e-Activity) rules: settings, working-day calendar, deadlines, minutes, status. */
export * from './settings.js';
export * from './days.js';
export * from './calendar.js';
export * from './time-zone.js';
export * from './format-id.js';
export * from './deadline.js';
export * from './offline-time.js';
export * from './minutes.js';
export * from './day-status.js';
export * from './holidays-id.js';
