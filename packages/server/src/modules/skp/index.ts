/**
 * The SKP module (PermenPANRB 6/2022): periods, drafts, the workflow with versions, the cascade
 * check and the Matriks Peran Hasil. Other modules import only from this file.
 */
export { skpRoutes } from './routes.js';
