/**
 * The one place for dates: ISO day arithmetic and the supported range, working days and holidays,
 * time zones (WIB/WITA/WIT) and periods (month, calendar year). Used by the journal, validation and
 * next attendance, SKP and TPP.
 */
export * from './days.js';
export * from './working-days.js';
export * from './holidays-id.js';
export * from './time-zone.js';
export * from './period.js';
