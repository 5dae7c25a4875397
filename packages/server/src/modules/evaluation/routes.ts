import { Type } from 'typebox';
import {
  AgencyParams,
  AnnualResultAnswer,
  CapaianAnswer,
  CapaianBody,
  CurveAnswer,
  EvaluationDetail,
  EvaluationFeedbackParams,
  EvaluationIkiParams,
  EvaluationOpenBody,
  EvaluationParams,
  EvaluationPeriodQuery,
  EvaluationPeriodsAnswer,
  EvaluationProposalAnswer,
  EvaluationSettingsAnswer,
  EvaluationSettingsBody,
  EvaluationSummary,
  EmployeeYearParams,
  FeedbackAnswerBody,
  FeedbackBody,
  FinaliseBody,
  RatingBody,
  RealisasiAksiBody,
  RealisasiAksiParams,
  RealisasiBody,
  ReopenBody,
  SkpParams,
  TeamAnswer,
  TeamQuery,
  UnfinishedAnswer,
  UnitParams,
  YearQuery,
} from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { sendPdf } from '../skp-print/index.js';
import { annualResult } from './annual.js';
import { agencyCurve, changeEvaluationSettings, evaluationProgress, evaluationSettings, setCapaian } from './agency.js';
import { evaluationDetailPdf } from './detail.js';
import { evaluationDocumentPdf } from './document.js';
import {
  evaluationDetail,
  finaliseEvaluation,
  journalProposal,
  openEvaluation,
  reopenEvaluation,
  saveFeedback,
  saveFeedbackAnswer,
  saveRatings,
  saveRealisasi,
  saveRealisasiAksi,
  skpEvaluations,
} from './service.js';
import { penetapanPdf } from './penetapan.js';
import { evaluationOverviewRoutes } from './overview-routes.js';
import { evaluationScanRoutes } from './scan-routes.js';
import { siasnRoutes } from './siasn/routes.js';
import { evaluationTeam } from './team.js';

const TAGS = ['evaluation'];

export async function evaluationRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.addSchema(EvaluationSummary);
  app.addSchema(EvaluationDetail);
  const detail = { 200: Type.Ref('EvaluationDetail') };

  app.get(
    '/agencies/:agencyId/skp/:skpId/evaluations',
    {
      schema: {
        tags: TAGS,
        summary: 'Periode evaluasi SKP (periodik sesuai pengaturan instansi, dan tahunan) beserta evaluasinya bila sudah dibuka',
        params: SkpParams,
        response: { 200: EvaluationPeriodsAnswer, ...errorResponses(404) },
      },
    },
    async (request) => skpEvaluations(ctx, principalOf(request), request.params.agencyId, request.params.skpId),
  );

  app.post(
    '/agencies/:agencyId/skp/:skpId/evaluations',
    {
      schema: {
        tags: TAGS,
        summary: 'Buka evaluasi satu periode SKP yang telah disetujui (idempoten: yang sudah dibuka dijawab apa adanya)',
        params: SkpParams,
        body: EvaluationOpenBody,
        response: { ...detail, ...errorResponses(404, 409) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const id = await openEvaluation(ctx, p, request.params.agencyId, request.params.skpId, request.body);
      return evaluationDetail(ctx, p, request.params.agencyId, id);
    },
  );

  app.get(
    '/agencies/:agencyId/evaluations/:evaluationId',
    {
      schema: {
        tags: TAGS,
        summary: 'Satu evaluasi: RHK/IKI dengan realisasi, perilaku, umpan balik, rating, predikat, pemeriksaan penetapan, dan kurva organisasinya',
        params: EvaluationParams,
        response: { ...detail, ...errorResponses(404) },
      },
    },
    async (request) => evaluationDetail(ctx, principalOf(request), request.params.agencyId, request.params.evaluationId),
  );

  app.get(
    '/agencies/:agencyId/evaluations/:evaluationId/proposal',
    {
      schema: {
        tags: TAGS,
        summary: 'Usulan realisasi dari jurnal: menit dan volume kegiatan yang disetujui per RHK dalam periode',
        params: EvaluationParams,
        response: { 200: EvaluationProposalAnswer, ...errorResponses(404) },
      },
    },
    async (request) => journalProposal(ctx, principalOf(request), request.params.agencyId, request.params.evaluationId),
  );

  app.get(
    '/agencies/:agencyId/evaluations/:evaluationId/document/pdf',
    {
      schema: {
        tags: TAGS,
        summary:
          'Cetak Dokumen Evaluasi Kinerja Pegawai sebagai PDF (A4, satu halaman, formulir PermenPANRB 6/2022): pegawai, pejabat penilai, dan atasannya dari snapshot SKP; capaian organisasi, predikat, catatan; bertanda DRAF bila belum ditetapkan',
        params: EvaluationParams,
        produces: ['application/pdf'],
        response: { ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const pdf = await evaluationDocumentPdf(ctx, principalOf(request), request.params.agencyId, request.params.evaluationId);
      return sendPdf(reply, pdf);
    },
  );

  app.get(
    '/agencies/:agencyId/evaluations/:evaluationId/detail/pdf',
    {
      schema: {
        tags: TAGS,
        summary:
          'Cetak Evaluasi Kinerja Pegawai (rinci) sebagai PDF (A4 mendatar, formulir PermenPANRB 6/2022): hasil kerja dengan realisasi berdasarkan bukti dukung dan umpan balik berkelanjutan, rating hasil kerja, perilaku kerja, rating perilaku kerja, predikat kinerja pegawai; bertanda DRAF bila belum ditetapkan',
        params: EvaluationParams,
        produces: ['application/pdf'],
        response: { ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const pdf = await evaluationDetailPdf(ctx, principalOf(request), request.params.agencyId, request.params.evaluationId);
      return sendPdf(reply, pdf);
    },
  );

  app.put(
    '/agencies/:agencyId/evaluations/:evaluationId/realisasi/:ikiId',
    {
      schema: {
        tags: TAGS,
        summary: 'Isi realisasi satu IKI dengan bukti dukung (tautan atau berkas bukti), oleh pegawai yang dinilai',
        params: EvaluationIkiParams,
        body: RealisasiBody,
        response: { ...detail, ...errorResponses(404, 409, 422) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await saveRealisasi(ctx, p, request.params.agencyId, request.params.evaluationId, request.params.ikiId, request.body);
      return evaluationDetail(ctx, p, request.params.agencyId, request.params.evaluationId);
    },
  );

  app.put(
    '/agencies/:agencyId/evaluations/:evaluationId/realisasi-aksi/:rencanaAksiId',
    {
      schema: {
        tags: TAGS,
        summary: 'Isi realisasi satu rencana aksi dalam periode evaluasi, oleh pegawai yang dinilai',
        params: RealisasiAksiParams,
        body: RealisasiAksiBody,
        response: { ...detail, ...errorResponses(404, 409, 422) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await saveRealisasiAksi(ctx, p, request.params.agencyId, request.params.evaluationId, request.params.rencanaAksiId, request.body);
      return evaluationDetail(ctx, p, request.params.agencyId, request.params.evaluationId);
    },
  );

  app.put(
    '/agencies/:agencyId/evaluations/:evaluationId/feedback/:feedbackId',
    {
      schema: {
        tags: TAGS,
        summary: 'Umpan balik berkelanjutan per RHK, IKI, atau nilai BerAKHLAK, oleh pejabat penilai (id dari klien: pengulangan tidak mengubah apa pun)',
        params: EvaluationFeedbackParams,
        body: FeedbackBody,
        response: { ...detail, ...errorResponses(404, 409) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await saveFeedback(ctx, p, request.params.agencyId, request.params.evaluationId, request.params.feedbackId, request.body);
      return evaluationDetail(ctx, p, request.params.agencyId, request.params.evaluationId);
    },
  );

  app.put(
    '/agencies/:agencyId/evaluations/:evaluationId/feedback/:feedbackId/answer',
    {
      schema: {
        tags: TAGS,
        summary: 'Jawaban pegawai atas satu umpan balik',
        params: EvaluationFeedbackParams,
        body: FeedbackAnswerBody,
        response: { ...detail, ...errorResponses(404, 409) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await saveFeedbackAnswer(ctx, p, request.params.agencyId, request.params.evaluationId, request.params.feedbackId, request.body.text);
      return evaluationDetail(ctx, p, request.params.agencyId, request.params.evaluationId);
    },
  );

  app.put(
    '/agencies/:agencyId/evaluations/:evaluationId/rating',
    {
      schema: {
        tags: TAGS,
        summary: 'Rating hasil kerja dan perilaku kerja (Di Atas / Sesuai / Di Bawah Ekspektasi) dengan catatan, oleh pejabat penilai',
        params: EvaluationParams,
        body: RatingBody,
        response: { ...detail, ...errorResponses(404, 409) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await saveRatings(ctx, p, request.params.agencyId, request.params.evaluationId, request.body);
      return evaluationDetail(ctx, p, request.params.agencyId, request.params.evaluationId);
    },
  );

  app.post(
    '/agencies/:agencyId/evaluations/:evaluationId/finalise',
    {
      schema: {
        tags: TAGS,
        summary: 'Tetapkan evaluasi (final, hanya-baca): ditolak dengan rincian bila rating belum lengkap atau kurva dilanggar dan instansi memblokirnya',
        params: EvaluationParams,
        body: FinaliseBody,
        response: { ...detail, ...errorResponses(404, 409, 422) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await finaliseEvaluation(ctx, p, request.params.agencyId, request.params.evaluationId, request.body.requestId);
      return evaluationDetail(ctx, p, request.params.agencyId, request.params.evaluationId);
    },
  );

  app.post(
    '/agencies/:agencyId/evaluations/:evaluationId/reopen',
    {
      schema: {
        tags: TAGS,
        summary: 'Buka kembali evaluasi yang sudah ditetapkan, dengan alasan yang dicatat (pejabat penilai atau pengelola kinerja)',
        params: EvaluationParams,
        body: ReopenBody,
        response: { ...detail, ...errorResponses(404, 409) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await reopenEvaluation(ctx, p, request.params.agencyId, request.params.evaluationId, request.body.reason, request.body.requestId);
      return evaluationDetail(ctx, p, request.params.agencyId, request.params.evaluationId);
    },
  );

  app.put(
    '/agencies/:agencyId/units/:unitId/capaian-organisasi',
    {
      schema: {
        tags: TAGS,
        summary: 'Tetapkan capaian kinerja organisasi satu unit untuk satu periode (pimpinan satu tingkat di atasnya, atau dicatat pengelola kinerja)',
        params: UnitParams,
        body: CapaianBody,
        response: { 200: CapaianAnswer, ...errorResponses(404) },
      },
    },
    async (request) => setCapaian(ctx, principalOf(request), request.params.agencyId, request.params.unitId, request.body),
  );

  app.get(
    '/agencies/:agencyId/evaluation-curve',
    {
      schema: {
        tags: TAGS,
        summary: 'Kurva distribusi predikat per organisasi yang capaiannya telah ditetapkan, untuk satu periode (SE MenPANRB 3/2023)',
        params: AgencyParams,
        querystring: EvaluationPeriodQuery,
        response: { 200: CurveAnswer, ...errorResponses() },
      },
    },
    async (request) => agencyCurve(ctx, principalOf(request), request.params.agencyId, request.query.periodFrom, request.query.periodTo),
  );

  app.get(
    '/agencies/:agencyId/evaluation-progress',
    {
      schema: {
        tags: TAGS,
        summary: 'Siapa yang evaluasinya belum ditetapkan untuk satu periode (SKP disetujui yang beririsan dengan periode)',
        params: AgencyParams,
        querystring: EvaluationPeriodQuery,
        response: { 200: UnfinishedAnswer, ...errorResponses() },
      },
    },
    async (request) => evaluationProgress(ctx, principalOf(request), request.params.agencyId, request.query.periodFrom, request.query.periodTo),
  );

  app.get(
    '/agencies/:agencyId/evaluation-settings',
    {
      schema: { tags: TAGS, summary: 'Pengaturan evaluasi instansi yang berlaku hari ini', params: AgencyParams, response: { 200: EvaluationSettingsAnswer, ...errorResponses() } },
    },
    async (request) => evaluationSettings(ctx, principalOf(request), request.params.agencyId),
  );

  app.put(
    '/agencies/:agencyId/evaluation-settings',
    {
      schema: {
        tags: TAGS,
        summary: 'Ubah pengaturan evaluasi instansi (frekuensi periodik, kurva memperingatkan atau memblokir, batas evaluasi tahunan) mulai suatu tanggal',
        params: AgencyParams,
        body: EvaluationSettingsBody,
        response: { 200: EvaluationSettingsAnswer, ...errorResponses() },
      },
    },
    async (request) => changeEvaluationSettings(ctx, principalOf(request), request.params.agencyId, request.body),
  );

  app.get(
    '/evaluation-team',
    {
      schema: {
        tags: TAGS,
        summary:
          'Penilaian tim: pegawai yang SKP-nya menyebut saya sebagai pejabat penilai pada satu periode (bawaan: periode berjalan), dengan status, rating, dan predikat evaluasinya, serta kurva distribusi organisasi tempat mereka dihitung',
        querystring: TeamQuery,
        response: { 200: TeamAnswer, ...errorResponses(403) },
      },
    },
    async (request) => evaluationTeam(ctx, principalOf(request), request.query),
  );

  app.get(
    '/agencies/:agencyId/employees/:employeeId/evaluation-annual',
    {
      schema: {
        tags: TAGS,
        summary:
          'Hasil evaluasi tahunan seorang pegawai: setiap SKP tahun itu dengan evaluasi tahunan dan periodiknya, dan rating, predikat, serta angka kredit setahun (SKP terpanjang yang telah ditetapkan; angka kredit dijumlahkan)',
        params: EmployeeYearParams,
        querystring: YearQuery,
        response: { 200: AnnualResultAnswer, ...errorResponses(403) },
      },
    },
    async (request) => annualResult(ctx, principalOf(request), request.params.agencyId, request.params.employeeId, request.query.year),
  );

  app.get(
    '/agencies/:agencyId/units/:unitId/penetapan-predikat/pdf',
    {
      schema: {
        tags: TAGS,
        summary:
          'Cetak Penetapan Predikat Kinerja Pegawai satu organisasi dan periode sebagai PDF (SE MenPANRB 3/2023): capaian organisasi, pola distribusi, predikat setiap pegawai dalam kurvanya, dan distribusinya; DRAF sampai semua evaluasi ditetapkan',
        params: UnitParams,
        querystring: EvaluationPeriodQuery,
        produces: ['application/pdf'],
        response: { ...errorResponses(403, 404, 409) },
      },
    },
    async (request, reply) => sendPdf(reply, await penetapanPdf(ctx, principalOf(request), request.params.agencyId, request.params.unitId, request.query.periodFrom, request.query.periodTo)),
  );

  await siasnRoutes(app, ctx);
  await evaluationScanRoutes(app, ctx);
  await evaluationOverviewRoutes(app, ctx);
}
