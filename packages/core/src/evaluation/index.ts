/**
 * Evaluation rules (PermenPANRB 6/2022, SE MenPANRB 3/2023, PermenPANRB 1/2023): ratings and the
 * predikat matrix, the organisation's capaian and its distribution curve, angka kredit, the annual
 * result of an employee with several SKP, the periodic evaluation periods, and what finalising one
 * evaluation needs.
 */
export * from './ratings.js';
export * from './predikat.js';
export * from './capaian-organisasi.js';
export * from './distribution.js';
export * from './angka-kredit.js';
export * from './combine.js';
export * from './annual.js';
export * from './periods.js';
export * from './finalisation.js';
export * from './settings.js';
export * from './organisation.js';
export * from './feedback.js';
export * from './print.js';
