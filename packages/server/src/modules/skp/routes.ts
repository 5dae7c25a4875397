import { Type } from 'typebox';
import {
  AgencyParams,
  EmployeeParams,
  MatriksAnswer,
  PenilaiRhkAnswer,
  RencanaAksiAnswer,
  RencanaAksiBody,
  RencanaAksiItem,
  RencanaAksiParams,
  SkpActionBody,
  SkpCreateBody,
  SkpDetail,
  SkpDiffAnswer,
  SkpDiffQuery,
  SkpEditApproveBody,
  SkpOverviewAnswer,
  SkpOverviewQuery,
  SkpParams,
  SkpPeriodsAnswer,
  SkpPeriodsQuery,
  SkpReturnBody,
  SkpRhkBulkImportQuery,
  SkpRhkBulkImportResult,
  SkpRhkImportResult,
  SkpSaveBody,
  SkpSettingsAnswer,
  SkpSettingsBody,
  SkpSummary,
  SkpVersionsAnswer,
  SkpWaitingAnswer,
  Binary,
} from '@kinerja/core/api';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { requireAccess } from '../access/index.js';
import { principalOf } from '../auth/index.js';
import { readUpload, XLSX_TYPE } from '../imports/index.js';
import { actOnSkp, type SkpRequest } from './actions.js';
import { createSkp, employeePeriods, myPeriods } from './create.js';
import { matriksOf, waitingForMe } from './matriks.js';
import { skpOverview } from './overview.js';
import { skpOverviewDownload } from './overview-download.js';
import { penilaiRhkOf } from './penilai-rhk.js';
import { readableSkp, skpDetail, skpDiff, skpVersions } from './read.js';
import { importableSkp, importRhk, RHK_IMPORT_MAX_BYTES, rhkTemplate, templateFileName } from './rhk-import.js';
import { importRhkBulk, RHK_BULK_IMPORT_MAX_BYTES, rhkBulkTemplate } from './rhk-import-bulk.js';
import { changeSkpSettings, deleteRencanaAksi, rencanaAksiAnswer, saveRencanaAksi, skpSettings } from './rencana-aksi.js';

const TAGS = ['skp'];

export async function skpRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.addSchema(SkpSummary);
  app.addSchema(SkpDetail);

  app.get(
    '/skp/periods',
    {
      schema: {
        tags: TAGS,
        summary: 'Periode SKP saya dalam satu tahun (per jabatan definitif), beserta SKP-nya bila sudah dibuat',
        querystring: SkpPeriodsQuery,
        response: { 200: SkpPeriodsAnswer, ...errorResponses() },
      },
    },
    async (request) => myPeriods(ctx, principalOf(request), request.query.year),
  );

  app.get(
    '/agencies/:agencyId/employees/:employeeId/skp',
    {
      schema: {
        tags: TAGS,
        summary: 'Periode SKP seorang pegawai dalam satu tahun beserta SKP-nya (untuk atasan dan pengelola kinerja)',
        params: EmployeeParams,
        querystring: SkpPeriodsQuery,
        response: { 200: SkpPeriodsAnswer, ...errorResponses(404) },
      },
    },
    async (request) => employeePeriods(ctx, principalOf(request), request.params.agencyId, request.params.employeeId, request.query.year),
  );

  app.get(
    '/skp/waiting',
    {
      schema: {
        tags: TAGS,
        summary: 'SKP bawahan yang diajukan dan menunggu keputusan saya sebagai pejabat penilai',
        response: { 200: SkpWaitingAnswer, ...errorResponses() },
      },
    },
    async (request) => ({ items: await waitingForMe(ctx, principalOf(request)) }),
  );

  app.post(
    '/agencies/:agencyId/employees/:employeeId/skp',
    {
      schema: {
        tags: TAGS,
        summary: 'Buat draf SKP (kosong, dari RHK atasan, atau salinan SKP sebelumnya); pengelola kinerja dapat membuatnya atas nama pegawai',
        params: EmployeeParams,
        body: SkpCreateBody,
        response: { 201: Type.Ref('SkpDetail'), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const skp = await createSkp(ctx, p, request.params.agencyId, request.params.employeeId, request.body);
      return reply.status(201).send(await skpDetail(ctx, p, skp));
    },
  );

  app.get(
    '/agencies/:agencyId/skp/overview',
    {
      schema: {
        tags: TAGS,
        summary: 'Ringkasan SKP instansi per unit (belum dibuat, draf, diajukan, dikembalikan, disetujui), pegawai yang terhambat karena SKP pejabat penilainya belum disetujui, dan daftar pengingat: siapa yang SKP-nya belum disetujui beserta pejabat penilainya',
        params: AgencyParams,
        querystring: SkpOverviewQuery,
        response: { 200: SkpOverviewAnswer, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId } = request.params;
      await requireAccess(ctx, principalOf(request), 'agency.read', { agencyId });
      return skpOverview(ctx, agencyId, request.query.year);
    },
  );

  app.get(
    '/agencies/:agencyId/skp/overview.xlsx',
    {
      schema: {
        tags: TAGS,
        summary: 'Ringkasan SKP instansi sebagai berkas Excel (lembar Ringkasan, Terhambat dan Belum Disetujui)',
        params: AgencyParams,
        querystring: SkpOverviewQuery,
        response: errorResponses(404),
      },
    },
    async (request, reply) => {
      const { agencyId } = request.params;
      await requireAccess(ctx, principalOf(request), 'agency.read', { agencyId });
      const { body, fileName } = await skpOverviewDownload(ctx, principalOf(request), agencyId, request.query.year);
      return reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(body);
    },
  );

  app.get(
    '/agencies/:agencyId/skp/:skpId',
    {
      schema: {
        tags: TAGS,
        summary: 'Satu SKP: pihak-pihaknya, isi versi terakhir, dan pemeriksaan cascading',
        params: SkpParams,
        response: { 200: Type.Ref('SkpDetail'), ...errorResponses(404) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      return skpDetail(ctx, p, await readableSkp(ctx, p, request.params.agencyId, request.params.skpId));
    },
  );

  /** Every workflow step answers the SKP as it is afterwards. */
  const stepSchema = <B>(summary: string, body: B) => ({ tags: TAGS, summary, params: SkpParams, body, response: { 200: Type.Ref('SkpDetail'), ...errorResponses(404, 409, 422) } });
  const act = async (request: FastifyRequest & { params: { agencyId: string; skpId: string } }, step: SkpRequest) => {
    const p = principalOf(request);
    return skpDetail(ctx, p, await actOnSkp(ctx, p, request.params.agencyId, request.params.skpId, step));
  };

  app.put(
    '/agencies/:agencyId/skp/:skpId/draft',
    { schema: stepSchema('Simpan draf SKP (idempoten: requestId yang sama tidak mengubah apa pun)', SkpSaveBody) },
    async (request) => act(request, { type: 'edit', requestId: request.body.requestId, content: request.body.content }),
  );
  app.post(
    '/agencies/:agencyId/skp/:skpId/submit',
    { schema: stepSchema('Ajukan SKP kepada pejabat penilai (ditolak dengan rincian bila RHK belum mengintervensi RHK atasan)', SkpActionBody) },
    async (request) => act(request, { type: 'submit', requestId: request.body.requestId }),
  );
  app.post(
    '/agencies/:agencyId/skp/:skpId/return',
    { schema: stepSchema('Kembalikan SKP kepada pegawai dengan catatan (wajib)', SkpReturnBody) },
    async (request) => act(request, { type: 'return', requestId: request.body.requestId, note: request.body.note }),
  );
  app.post(
    '/agencies/:agencyId/skp/:skpId/approve',
    { schema: stepSchema('Setujui SKP', SkpActionBody) },
    async (request) => act(request, { type: 'approve', requestId: request.body.requestId }),
  );
  app.post(
    '/agencies/:agencyId/skp/:skpId/edit-and-approve',
    { schema: stepSchema('Ubah lalu setujui SKP dalam satu langkah (pejabat penilai)', SkpEditApproveBody) },
    async (request) => act(request, { type: 'edit_and_approve', requestId: request.body.requestId, content: request.body.content }),
  );
  app.post(
    '/agencies/:agencyId/skp/:skpId/revise',
    { schema: stepSchema('Mulai revisi SKP yang telah disetujui (versi baru; versi yang disetujui tetap berlaku sampai revisinya disetujui)', SkpActionBody) },
    async (request) => act(request, { type: 'revise', requestId: request.body.requestId }),
  );

  app.post(
    '/agencies/:agencyId/skp/:skpId/withdraw',
    { schema: stepSchema('Tarik kembali SKP yang telah diajukan (kembali menjadi draf)', SkpActionBody) },
    async (request) => act(request, { type: 'withdraw', requestId: request.body.requestId }),
  );
  app.post(
    '/agencies/:agencyId/skp/:skpId/cancel-revision',
    { schema: stepSchema('Batalkan revisi SKP; versi yang disetujui sebelumnya tetap berlaku', SkpActionBody) },
    async (request) => act(request, { type: 'cancel_revision', requestId: request.body.requestId }),
  );

  app.get(
    '/agencies/:agencyId/skp/:skpId/versions',
    {
      schema: { tags: TAGS, summary: 'Semua versi SKP beserta riwayat tindakannya', params: SkpParams, response: { 200: SkpVersionsAnswer, ...errorResponses(404) } },
    },
    async (request) => skpVersions(ctx, await readableSkp(ctx, principalOf(request), request.params.agencyId, request.params.skpId)),
  );

  app.get(
    '/agencies/:agencyId/skp/:skpId/diff',
    {
      schema: {
        tags: TAGS,
        summary: 'Perbedaan antara dua versi SKP (RHK, perilaku, lampiran)',
        params: SkpParams,
        querystring: SkpDiffQuery,
        response: { 200: SkpDiffAnswer, ...errorResponses(404) },
      },
    },
    async (request) => {
      const skp = await readableSkp(ctx, principalOf(request), request.params.agencyId, request.params.skpId);
      return skpDiff(ctx, skp, request.query.from, request.query.to);
    },
  );

  app.get(
    '/agencies/:agencyId/skp/:skpId/matriks',
    {
      schema: {
        tags: TAGS,
        summary: 'Matriks Peran Hasil: RHK pimpinan terhadap RHK bawahan yang mengintervensinya',
        params: SkpParams,
        response: { 200: MatriksAnswer, ...errorResponses(404) },
      },
    },
    async (request) => matriksOf(ctx, await readableSkp(ctx, principalOf(request), request.params.agencyId, request.params.skpId)),
  );

  app.get(
    '/agencies/:agencyId/skp/:skpId/penilai-rhk',
    {
      schema: {
        tags: TAGS,
        summary: 'RHK dari SKP pejabat penilai yang telah disetujui (periode beririsan): pilihan "Mengintervensi RHK atasan"',
        params: SkpParams,
        response: { 200: PenilaiRhkAnswer, ...errorResponses(404) },
      },
    },
    async (request) => penilaiRhkOf(ctx, await readableSkp(ctx, principalOf(request), request.params.agencyId, request.params.skpId)),
  );

  app.get(
    '/agencies/:agencyId/skp/:skpId/rhk-import/template.xlsx',
    {
      schema: {
        tags: TAGS,
        summary: 'Unduh templat impor RHK dan IKI (XLSX) untuk SKP draf ini: RHK yang sudah ada, dan RHK pejabat penilai yang dapat diintervensi beserta kodenya',
        params: SkpParams,
        response: { 200: Binary, ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const skp = await importableSkp(ctx, principalOf(request), request.params.agencyId, request.params.skpId);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${templateFileName(skp)}"`)
        .send(await rhkTemplate(ctx, skp));
    },
  );

  app.post(
    '/agencies/:agencyId/skp/:skpId/rhk-import',
    {
      schema: {
        tags: TAGS,
        summary: 'Impor RHK dan IKI SKP draf dari templat XLSX; uji coba mendaftar setiap baris yang salah, lalu terapkan (idempoten: berkas yang sama dua kali tidak mengubah apa pun)',
        description:
          'multipart/form-data: `file` (.xlsx dari templat) dan `dryRun` ("true" = uji coba tanpa menyimpan, bawaan; "false" = terapkan). Daftar RHK draf diganti dengan isi berkas dalam satu transaksi; RHK dan IKI yang teksnya sama tetap memakai id-nya. Penerapan dengan baris yang salah ditolak (422 IMPORT_INVALID) tanpa menyimpan apa pun. Hanya untuk SKP berstatus draf atau dikembalikan, oleh pegawai atau pengelola kinerja atas namanya.',
        params: SkpParams,
        consumes: ['multipart/form-data'],
        response: { 200: SkpRhkImportResult, ...errorResponses(404, 409, 413, 415, 422) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const skp = await importableSkp(ctx, p, request.params.agencyId, request.params.skpId);
      const upload = await readUpload(request, RHK_IMPORT_MAX_BYTES);
      return importRhk(ctx, p, skp, upload);
    },
  );

  app.get(
    '/agencies/:agencyId/skp-rhk-import/template.xlsx',
    {
      schema: {
        tags: TAGS,
        summary: 'Unduh templat impor RHK dan IKI banyak pegawai (XLSX): setiap SKP draf atau dikembalikan pada tahun itu, baris per NIP, dan RHK pejabat penilai masing-masing beserta kodenya',
        params: AgencyParams,
        querystring: SkpRhkBulkImportQuery,
        response: { 200: Binary, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const body = await rhkBulkTemplate(ctx, principalOf(request), request.params.agencyId, request.query.year);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="templat-rhk-banyak-pegawai-${request.query.year}.xlsx"`)
        .send(body);
    },
  );

  app.post(
    '/agencies/:agencyId/skp-rhk-import',
    {
      schema: {
        tags: TAGS,
        summary: 'Impor RHK dan IKI SKP draf banyak pegawai dari satu XLSX (baris per NIP); uji coba mendaftar setiap sel yang salah, lalu terapkan semuanya atau tidak sama sekali (idempoten)',
        description:
          'multipart/form-data: `file` (.xlsx dari templat banyak pegawai) dan `dryRun` ("true" = uji coba tanpa menyimpan, bawaan; "false" = terapkan); `year` di querystring memilih SKP periode tahun itu. Untuk Admin OPD instansi dan Admin BKD. Setiap NIP harus pegawai instansi ini dengan tepat satu SKP berstatus draf atau dikembalikan pada tahun itu. Satu sel salah (NIP tak dikenal, NIP instansi lain, SKP bukan draf, isi RHK yang salah) dan tidak ada yang disimpan (422 IMPORT_INVALID); berkas yang baik mengubah setiap SKP yang disebut dalam satu transaksi, masing-masing melalui langkah ubah draf yang sama dengan pengisian di layar (versi, riwayat, baris audit). Berkas yang sama dua kali tidak mengubah apa pun.',
        params: AgencyParams,
        querystring: SkpRhkBulkImportQuery,
        consumes: ['multipart/form-data'],
        response: { 200: SkpRhkBulkImportResult, ...errorResponses(409, 413, 415, 422) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await requireAccess(ctx, p, 'agency.manage', { agencyId: request.params.agencyId });
      const upload = await readUpload(request, RHK_BULK_IMPORT_MAX_BYTES);
      return importRhkBulk(ctx, p, request.params.agencyId, request.query.year, upload);
    },
  );

  app.get(
    '/agencies/:agencyId/skp/:skpId/rencana-aksi',
    {
      schema: {
        tags: TAGS,
        summary: 'Rencana aksi SKP per RHK per bulan atau triwulan (pengaturan instansi), beserta periode dan RHK yang dapat dipilih',
        params: SkpParams,
        response: { 200: RencanaAksiAnswer, ...errorResponses(404) },
      },
    },
    async (request) => rencanaAksiAnswer(ctx, principalOf(request), request.params.agencyId, request.params.skpId),
  );

  app.put(
    '/agencies/:agencyId/skp/:skpId/rencana-aksi/:rencanaAksiId',
    {
      schema: {
        tags: TAGS,
        summary: 'Tambah atau ubah satu rencana aksi dengan target periodiknya (oleh pegawai atau pengelola kinerja atas namanya; idempoten)',
        params: RencanaAksiParams,
        body: RencanaAksiBody,
        response: { 200: RencanaAksiItem, ...errorResponses(404, 409) },
      },
    },
    async (request) => saveRencanaAksi(ctx, principalOf(request), request.params.agencyId, request.params.skpId, request.params.rencanaAksiId, request.body),
  );

  app.delete(
    '/agencies/:agencyId/skp/:skpId/rencana-aksi/:rencanaAksiId',
    {
      schema: {
        tags: TAGS,
        summary: 'Hapus satu rencana aksi (realisasi yang sudah diisi untuknya tetap tersimpan)',
        params: RencanaAksiParams,
        response: { 204: Type.Null(), ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      await deleteRencanaAksi(ctx, principalOf(request), request.params.agencyId, request.params.skpId, request.params.rencanaAksiId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/agencies/:agencyId/skp-settings',
    {
      schema: { tags: TAGS, summary: 'Pengaturan SKP instansi yang berlaku hari ini (rencana aksi per bulan atau per triwulan)', params: AgencyParams, response: { 200: SkpSettingsAnswer, ...errorResponses() } },
    },
    async (request) => skpSettings(ctx, principalOf(request), request.params.agencyId),
  );

  app.put(
    '/agencies/:agencyId/skp-settings',
    {
      schema: {
        tags: TAGS,
        summary: 'Ubah pengaturan SKP instansi (rencana aksi per bulan atau per triwulan) mulai suatu tanggal',
        params: AgencyParams,
        body: SkpSettingsBody,
        response: { 200: SkpSettingsAnswer, ...errorResponses() },
      },
    },
    async (request) => changeSkpSettings(ctx, principalOf(request), request.params.agencyId, request.body),
  );
}
