/**
 * The evaluation module (PermenPANRB 6/2022, SE MenPANRB 3/2023, PermenPANRB 1/2023): periods per
 * SKP, realisasi with bukti dukung and the journal's proposal, umpan balik, ratings and predikat,
 * the organisation's capaian and the curve, angka kredit, finalise and reopen. Other modules import
 * only from this file.
 */
export { evaluationRoutes } from './routes.js';
// The demo province makes its evaluations through the same steps the routes take.
export {
  evaluationDetail,
  finaliseEvaluation,
  openEvaluation,
  saveFeedback,
  saveFeedbackAnswer,
  saveRatings,
  saveRealisasi,
  saveRealisasiAksi,
  skpEvaluations,
  unitOfSkp,
} from './service.js';
export { changeEvaluationSettings, setCapaian } from './agency.js';
// The person's archive (modules/my-data) holds each evaluation's document as printed.
export { evaluationDocumentPdf } from './document.js';
/** Shared with every CSV a person may open in a spreadsheet (the my-data archive). */
export { neutraliseFormula } from './siasn-export.js';
