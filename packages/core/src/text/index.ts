export * from './invisible.js';
export * from './spreadsheet.js';
export * from './collation.js';
