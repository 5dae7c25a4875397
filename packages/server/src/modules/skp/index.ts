/**
 * The SKP module (PermenPANRB 6/2022): periods, drafts, the workflow with versions, the cascade
 * check and the Matriks Peran Hasil. Other modules import only from this file.
 */
export { skpRoutes } from './routes.js';
// The demo province seeds its SKP through the same steps the routes take, so its rows are the app's own.
export { actOnSkp, type SkpRequest } from './actions.js';
export { createSkp, myPeriods } from './create.js';
export { skpDetail } from './read.js';
// Printing (modules/skp-print) reads an SKP as its readers may: its snapshot and one version's content.
export { readableSkp, peopleOf } from './read.js';
export { versionContent, type SkpRow } from './queries.js';
// The journal offers and checks the RHK of an employee's approved SKP (issue 16 item 6).
export { rhkInForceOf } from './queries.js';
// The evaluation shows, and takes realisasi of, the rencana aksi within its covered days (issue 16 item 5).
export { rencanaAksiAnswer, rencanaAksiWithin, saveRencanaAksi } from './rencana-aksi.js';
