/**
 * Finance's exports of TPP (issue 19 item 6): the daftar nominatif per OPD as XLSX and PDF, read from
 * a run through the TPP module's index. Other modules import only from this file.
 */
export { tppFinanceRoutes } from './routes.js';
export { nominatifModel, type NominatifModel, type NominatifRunInput } from './model.js';
export { nominatifWorkbook } from './xlsx.js';
export { nominatifDocument } from './pdf-layout.js';
