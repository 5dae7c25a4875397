export * from './invisible.js';
export * from './spreadsheet.js';
