import { Type } from 'typebox';
import {
  TppAgencyParams,
  TppCreateRunBody,
  TppEmployeeMonth,
  TppEmployeeMonthAnswer,
  TppEmployeeMonthParams,
  TppEmployeeParams,
  TppHukdisBody,
  TppHukdisParams,
  TppHukdisRecord,
  TppLineSchema,
  TppMonthParams,
  TppMonthQuery,
  TppMyAnswer,
  TppPayrollBody,
  TppPayrollListAnswer,
  TppPayrollRow,
  TppProvinceMonthAnswer,
  TppProvinceRunBody,
  TppRecalculateBody,
  TppRecalculationDetail,
  TppRecalculationParams,
  TppResultSchema,
  TppRuleSetCheckAnswer,
  TppRuleSetCheckBody,
  TppRuleSetDiffAnswer,
  TppRuleSetDiffQuery,
  TppRuleSetDocumentAnswer,
  TppRuleSetImportBody,
  TppRuleSetParams,
  TppRuleSetsAnswer,
  TppRuleSetVersion,
  TppSignersAnswer,
  TppSignersBody,
  TppPositionGroupsAnswer,
  TppPositionGroupsBody,
  TppRunActionBody,
  TppRunDetail,
  TppRunEmployeeRow,
  TppRunEmployeesAnswer,
  TppRunEmployeesQuery,
  TppRunParams,
  TppRunsAnswer,
  TppRunSummary,
  TppTeamAnswer,
  TppWhatIfAnswer,
  TppWhatIfBody,
} from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { addHukdis, payrollList, removeHukdis, setPayroll } from './payroll.js';
import { createProvinceRuns, provinceMonth, whatIf } from './province.js';
import { employeeMonth, myTpp, teamTpp } from './reads.js';
import { checkRuleSet, importRuleSet, listRuleSets, ruleSetDiff, ruleSetDocument } from './rule-sets.js';
import { readSigners, setSigners } from './signers.js';
import { readPositionGroups, setPositionGroups } from './position-groups.js';
import { agencyRuns, createOrRedoRun, moveRun, recalculateRun, recalculationDetail, recomputeRun, runDetail, runEmployees } from './runs.js';

const TAGS = ['tpp'];

export async function tppRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  for (const s of [TppLineSchema, TppResultSchema, TppRuleSetVersion, TppHukdisRecord, TppPayrollRow, TppRunSummary, TppRunEmployeeRow, TppEmployeeMonth]) app.addSchema(s);
  const runDetailOf = (request: { params: { agencyId: string; runId: string } } & Parameters<typeof principalOf>[0], runId?: string) =>
    runDetail(ctx, principalOf(request), request.params.agencyId, runId ?? request.params.runId);

  // Rule sets -------------------------------------------------------------------------------------

  app.get('/tpp/rule-sets', { schema: { tags: TAGS, summary: 'Daftar aturan TPP (Perkada) yang tersimpan, semua versi', response: { 200: TppRuleSetsAnswer, ...errorResponses() } } }, async (request) => ({
    items: await listRuleSets(ctx, principalOf(request)),
  }));

  app.post(
    '/tpp/rule-sets/check',
    {
      schema: {
        tags: TAGS,
        summary: 'Periksa berkas aturan TPP tanpa menyimpan: masalah per JSON pointer dan perubahan dari versi tersimpan terakhir',
        body: TppRuleSetCheckBody,
        response: { 200: TppRuleSetCheckAnswer, ...errorResponses() },
      },
    },
    async (request) => checkRuleSet(ctx, principalOf(request), request.body.document),
  );

  app.post(
    '/tpp/rule-sets',
    {
      schema: {
        tags: TAGS,
        summary: 'Impor berkas aturan TPP sebagai satu versi (versi yang sudah dipakai perhitungan tidak dapat diganti)',
        body: TppRuleSetImportBody,
        response: { 200: Type.Ref('TppRuleSetVersion'), ...errorResponses(409, 422) },
      },
    },
    async (request) => importRuleSet(ctx, principalOf(request), request.body.document, request.body.note ?? ''),
  );

  app.get(
    '/tpp/rule-sets/:ruleSetId/versions/:version',
    { schema: { tags: TAGS, summary: 'Satu versi aturan TPP beserta berkasnya (ekspor)', params: TppRuleSetParams, response: { 200: TppRuleSetDocumentAnswer, ...errorResponses(404) } } },
    async (request) => ruleSetDocument(ctx, principalOf(request), request.params.ruleSetId, request.params.version),
  );

  app.get(
    '/tpp/rule-sets/:ruleSetId/versions/:version/diff',
    {
      schema: {
        tags: TAGS,
        summary: 'Perbedaan satu versi aturan TPP dari versi lain yang tersimpan',
        params: TppRuleSetParams,
        querystring: TppRuleSetDiffQuery,
        response: { 200: TppRuleSetDiffAnswer, ...errorResponses(404) },
      },
    },
    async (request) => ruleSetDiff(ctx, principalOf(request), request.params.ruleSetId, request.params.version, request.query.against),
  );

  // Payroll attributes ----------------------------------------------------------------------------

  app.get(
    '/agencies/:agencyId/tpp/payroll',
    { schema: { tags: TAGS, summary: 'Data penggajian TPP setiap pegawai instansi (golongan, CPNS, kelas, rekening, hukuman disiplin) dan yang belum lengkap', params: TppAgencyParams, response: { 200: TppPayrollListAnswer, ...errorResponses(404) } } },
    async (request) => ({ items: await payrollList(ctx, principalOf(request), request.params.agencyId) }),
  );

  app.put(
    '/agencies/:agencyId/tpp/payroll/:employeeId',
    {
      schema: {
        tags: TAGS,
        summary: 'Atur data penggajian TPP satu pegawai',
        params: TppEmployeeParams,
        body: TppPayrollBody,
        response: { 200: Type.Ref('TppPayrollRow'), ...errorResponses(404) },
      },
    },
    async (request) => setPayroll(ctx, principalOf(request), request.params.agencyId, request.params.employeeId, request.body),
  );

  app.post(
    '/agencies/:agencyId/tpp/payroll/:employeeId/hukdis',
    {
      schema: {
        tags: TAGS,
        summary: 'Catat hukuman disiplin yang memotong TPP (kode sesuai aturan TPP, bulan mulai dan akhir, nomor SK)',
        params: TppEmployeeParams,
        body: TppHukdisBody,
        response: { 200: Type.Ref('TppHukdisRecord'), ...errorResponses(404) },
      },
    },
    async (request) => addHukdis(ctx, principalOf(request), request.params.agencyId, request.params.employeeId, request.body),
  );

  app.delete(
    '/agencies/:agencyId/tpp/payroll/:employeeId/hukdis/:hukdisRecordId',
    { schema: { tags: TAGS, summary: 'Cabut catatan hukuman disiplin (tetap tersimpan, ditandai dicabut)', params: TppHukdisParams, response: { 204: Type.Null(), ...errorResponses(404) } } },
    async (request, reply) => {
      await removeHukdis(ctx, principalOf(request), request.params.agencyId, request.params.employeeId, request.params.hukdisRecordId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/agencies/:agencyId/tpp/signers',
    { schema: { tags: TAGS, summary: 'Penanda tangan daftar nominatif TPP instansi (PA/KPA dan bendahara pengeluaran)', params: TppAgencyParams, response: { 200: TppSignersAnswer, ...errorResponses(404) } } },
    async (request) => readSigners(ctx, principalOf(request), request.params.agencyId),
  );

  app.put(
    '/agencies/:agencyId/tpp/signers',
    {
      schema: {
        tags: TAGS,
        summary: 'Atur penanda tangan daftar nominatif TPP (nama, NIP 18 angka, jabatan; kosong = diisi tangan)',
        params: TppAgencyParams,
        body: TppSignersBody,
        response: { 200: TppSignersAnswer, ...errorResponses(404) },
      },
    },
    async (request) => setSigners(ctx, principalOf(request), request.params.agencyId, request.body),
  );

  app.get(
    '/agencies/:agencyId/tpp/position-groups',
    {
      schema: {
        tags: TAGS,
        summary: 'Kelompok jabatan TPP per jabatan instansi, dan kelompok yang disebut aturan TPP tersimpan',
        params: TppAgencyParams,
        response: { 200: TppPositionGroupsAnswer, ...errorResponses(404) },
      },
    },
    async (request) => readPositionGroups(ctx, principalOf(request), request.params.agencyId),
  );

  app.put(
    '/agencies/:agencyId/tpp/position-groups',
    {
      schema: {
        tags: TAGS,
        summary: 'Masukkan jabatan ke kelompok jabatan TPP (null = tanpa kelompok); aturan TPP yang menyebut kelompok itu berlaku bagi pemangkunya',
        params: TppAgencyParams,
        body: TppPositionGroupsBody,
        response: { 200: TppPositionGroupsAnswer, ...errorResponses(404) },
      },
    },
    async (request) => setPositionGroups(ctx, principalOf(request), request.params.agencyId, request.body),
  );

  // Runs ------------------------------------------------------------------------------------------

  app.get(
    '/tpp/months/:month',
    { schema: { tags: TAGS, summary: 'Perhitungan TPP satu bulan di setiap instansi yang dapat Anda lihat, dan instansi yang belum dihitung', params: TppMonthParams, response: { 200: TppProvinceMonthAnswer, ...errorResponses() } } },
    async (request) => provinceMonth(ctx, principalOf(request), request.params.month),
  );

  app.post(
    '/tpp/months/:month/runs',
    {
      schema: {
        tags: TAGS,
        summary: 'Buat atau hitung ulang draf TPP satu bulan untuk banyak instansi (bawaan: semua yang dapat Anda kelola); bulan yang sudah dikunci dilewati',
        params: TppMonthParams,
        body: TppProvinceRunBody,
        response: { 200: TppProvinceMonthAnswer, ...errorResponses(409) },
      },
    },
    async (request) => createProvinceRuns(ctx, principalOf(request), request.params.month, request.body.agencyIds),
  );

  app.get(
    '/agencies/:agencyId/tpp/runs',
    { schema: { tags: TAGS, summary: 'Perhitungan TPP instansi per bulan', params: TppAgencyParams, querystring: TppMonthQuery, response: { 200: TppRunsAnswer, ...errorResponses() } } },
    async (request) => ({ items: await agencyRuns(ctx, principalOf(request), request.params.agencyId, request.query.month) }),
  );

  app.post(
    '/agencies/:agencyId/tpp/runs',
    {
      schema: {
        tags: TAGS,
        summary: 'Buat draf TPP satu bulan (atau hitung ulang drafnya): kumpulkan masukan, hitung, simpan snapshot setiap pegawai',
        params: TppAgencyParams,
        body: TppCreateRunBody,
        response: { 200: TppRunDetail, ...errorResponses(404, 409) },
      },
    },
    async (request) => {
      const id = await createOrRedoRun(ctx, principalOf(request), request.params.agencyId, request.body.month, request.body.ruleSet);
      return runDetail(ctx, principalOf(request), request.params.agencyId, id);
    },
  );

  app.get(
    '/agencies/:agencyId/tpp/runs/:runId',
    { schema: { tags: TAGS, summary: 'Satu perhitungan TPP: status, jumlah, per unit, data yang belum final, riwayat', params: TppRunParams, response: { 200: TppRunDetail, ...errorResponses(404) } } },
    async (request) => runDetailOf(request),
  );

  app.get(
    '/agencies/:agencyId/tpp/runs/:runId/employees',
    { schema: { tags: TAGS, summary: 'Daftar pegawai satu perhitungan TPP (bruto, potongan, PPh 21, BPJS, neto)', params: TppRunParams, querystring: TppRunEmployeesQuery, response: { 200: TppRunEmployeesAnswer, ...errorResponses(404) } } },
    async (request) => runEmployees(ctx, principalOf(request), request.params.agencyId, request.params.runId, request.query),
  );

  app.post(
    '/agencies/:agencyId/tpp/runs/:runId/recompute',
    { schema: { tags: TAGS, summary: 'Hitung ulang draf (atau yang sudah diperiksa, kembali menjadi draf) dari masukan terkini', params: TppRunParams, response: { 200: TppRunDetail, ...errorResponses(404, 409) } } },
    async (request) => {
      const id = await recomputeRun(ctx, principalOf(request), request.params.agencyId, request.params.runId);
      return runDetailOf(request, id);
    },
  );

  for (const move of ['check', 'reopen', 'lock'] as const) {
    const summary = { check: 'Tandai draf TPP sudah diperiksa', reopen: 'Buka kembali TPP yang sudah diperiksa menjadi draf', lock: 'Kunci TPP bulan ini (bila masih ada data belum final, nyatakan menerimanya)' }[move];
    app.post(
      `/agencies/:agencyId/tpp/runs/:runId/${move}`,
      { schema: { tags: TAGS, summary, params: TppRunParams, body: TppRunActionBody, response: { 200: TppRunDetail, ...errorResponses(404, 409) } } },
      async (request) => {
        await moveRun(ctx, principalOf(request), request.params.agencyId, request.params.runId, move, request.body);
        return runDetailOf(request);
      },
    );
  }

  app.post(
    '/agencies/:agencyId/tpp/runs/:runId/recalculations',
    {
      schema: {
        tags: TAGS,
        summary: 'Perhitungan ulang tercatat atas bulan yang sudah dikunci: selisih per pegawai dibayar (rapel) atau dipotong bulan berikutnya',
        params: TppRunParams,
        body: TppRecalculateBody,
        response: { 200: TppRecalculationDetail, ...errorResponses(404, 409) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const id = await recalculateRun(ctx, p, request.params.agencyId, request.params.runId, request.body);
      return recalculationDetail(ctx, p, request.params.agencyId, request.params.runId, id);
    },
  );

  app.get(
    '/agencies/:agencyId/tpp/runs/:runId/recalculations/:recalculationId',
    { schema: { tags: TAGS, summary: 'Satu perhitungan ulang dan selisih per pegawai', params: TppRecalculationParams, response: { 200: TppRecalculationDetail, ...errorResponses(404) } } },
    async (request) => recalculationDetail(ctx, principalOf(request), request.params.agencyId, request.params.runId, request.params.recalculationId),
  );

  // What-if ---------------------------------------------------------------------------------------

  app.post(
    '/tpp/what-if',
    {
      schema: {
        tags: TAGS,
        summary: 'Simulasi: terapkan aturan TPP (tersimpan atau berkas) pada bulan yang sudah dikunci; selisih rupiah per OPD dan total, jumlah pegawai naik/turun/tetap',
        body: TppWhatIfBody,
        response: { 200: TppWhatIfAnswer, ...errorResponses(404, 422) },
      },
    },
    async (request) => whatIf(ctx, principalOf(request), request.body),
  );

  // Pages -----------------------------------------------------------------------------------------

  app.get(
    '/tpp/me',
    { schema: { tags: TAGS, summary: 'TPP saya: perkiraan bulan berjalan atau hasil yang dikunci, rincian penjelasannya, dan bulan-bulan sebelumnya', querystring: TppMonthQuery, response: { 200: TppMyAnswer, ...errorResponses(404) } } },
    async (request) => myTpp(ctx, principalOf(request), request.query.month),
  );

  app.get(
    '/agencies/:agencyId/tpp/employees/:employeeId/months/:month',
    {
      schema: {
        tags: TAGS,
        summary: 'TPP satu pegawai satu bulan dengan setiap baris penjelasan dan rujukannya (tanggal, kegiatan, catatan presensi)',
        params: TppEmployeeMonthParams,
        response: { 200: TppEmployeeMonthAnswer, ...errorResponses(404) },
      },
    },
    async (request) => employeeMonth(ctx, principalOf(request), request.params.agencyId, request.params.employeeId, request.params.month),
  );

  app.get(
    '/agencies/:agencyId/tpp/team',
    { schema: { tags: TAGS, summary: 'TPP tim saya (bawahan langsung) satu bulan', params: TppAgencyParams, querystring: TppMonthQuery, response: { 200: TppTeamAnswer, ...errorResponses(404) } } },
    async (request) => teamTpp(ctx, principalOf(request), request.params.agencyId, request.query.month),
  );
}
