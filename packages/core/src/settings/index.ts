/** Agency settings over time: which version is in force on a date, and which changes may be made. */
export * from './effective-dated.js';
