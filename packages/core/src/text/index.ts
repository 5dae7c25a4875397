export * from './invisible.js';
