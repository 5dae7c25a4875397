/**
 * Printing the SKP (PermenPANRB 6/2022 lampiran: the JPT and JA/JF forms) as an A4 PDF, and the
 * signed scans kept with an approved SKP. Reads the SKP module's snapshot through its index; other
 * modules import only from this file.
 */
export { skpPrintRoutes } from './routes.js';
export { skpPdf } from './pdf.js';
export { skpDocument, type SkpPrintModel } from './layout.js';
export { renderPdf } from './render.js';
