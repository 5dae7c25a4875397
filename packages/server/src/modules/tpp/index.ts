/**
 * TPP (issue 19): stored rule sets, payroll attributes, the monthly run (draft → checked → locked,
 * recalculations), what-if, and the pages employees, supervisors, admins and finance read. The
 * rules and the engine are core's (packages/core/src/tpp). Other modules import only from this file.
 */
export { tppRoutes } from './routes.js';
// The finance exports (modules/tpp-finance) read a run through this, with its access check.
export { readRunForFinance, type FinanceRunEmployee } from './reads.js';
// …and the province's nominatif lists the month's runs the caller may read (tpp.overview) through this.
export { provinceMonth } from './province.js';
// …and prints the agency's signers (PA/KPA, bendahara) as they are at the download.
export { agencySigners } from './signers.js';
// The demo province and the bench make their months through the same steps the routes take.
export { createOrRedoRun, moveRun, recalculateRun, reproduceRun } from './runs.js';
export { importRuleSet } from './rule-sets.js';
export { gatherMonth, type GatheredEmployee, type GatheredMonth } from './gather.js';
export { insertPayrollRows, type PayrollValues } from './queries/payroll.js';
