/**
 * "My data" (UU PDP 27/2022; issue 20 item 5): an employee, or an admin on their written request,
 * asks for an archive of everything Kinerja holds about them; it is written in the background as a
 * ZIP (JSON and CSV, evidence files, SKP PDFs, who read their data) and downloaded within 7 days.
 */
export { myDataRoutes } from './routes.js';
export { removeExpiredArchives } from './retention.js';
