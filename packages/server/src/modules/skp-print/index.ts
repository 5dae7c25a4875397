/**
 * Printing the SKP (PermenPANRB 6/2022 lampiran: the JPT and JA/JF forms) as an A4 PDF, and the
 * signed scans kept with an approved SKP. Reads the SKP module's snapshot through its index; other
 * modules import only from this file.
 */
export { skpPrintRoutes } from './routes.js';
export { skpPdf } from './pdf.js';
export { skpDocument, type SkpPrintModel } from './layout.js';
// The other printed forms (the evaluation's) share the SKP's table lines, headings and signature lines.
export { BLANK_DATE, BLANK_PLACE, FILL, grid, head, signer } from './layout.js';
// The Evaluasi Kinerja form prints the intervened RHK as the SKP does.
export { agencyHeading, rhkTexts } from './queries.js';
export { renderPdf } from './render.js';
export { sendPdf } from './send.js';
