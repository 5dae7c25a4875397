import { Binary, ImportJob, ImportParams } from '@kinerja/core/api';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { requireAccess } from '../access/index.js';
import { principalOf } from '../auth/index.js';
import { ImportJobs, toImportJob } from './jobs.js';
import { agencyCodeAndName, importJobById } from './queries.js';
import { sniffFormat } from './sniff.js';
import { buildTemplate, XLSX_TYPE } from './template.js';
import { readUpload } from './upload.js';
import { refuseHostileXlsx } from './xlsx-guard.js';

export async function importRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.addSchema(ImportJob);
  const jobs = new ImportJobs(ctx, app.log);
  // A job still running when the server stops would write into a closed database.
  app.addHook('onClose', async () => jobs.idle());

  app.post(
    '/imports',
    {
      schema: {
        tags: ['import'],
        summary: 'Unggah berkas impor unit, jabatan, dan pegawai (CSV atau XLSX); diproses di latar belakang',
        description:
          "multipart/form-data: `file` (.xlsx atau .csv), `dryRun` (\"true\" = uji coba tanpa menyimpan, bawaan; \"false\" = simpan) dan `disableMissing` (\"true\": lembar Pegawai adalah daftar lengkap setiap OPD yang disebutnya; pegawai aktif OPD itu yang tidak tercantum dinonaktifkan beserta akunnya — uji coba mendaftar mereka di `summary.leavers`; lebih dari seperlima pegawai OPD ditolak). Pantau hasilnya lewat GET /imports/{importId}.",
        consumes: ['multipart/form-data'],
        response: { 202: Type.Ref('ImportJob'), ...errorResponses(413, 415) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await requireAccess(ctx, p, 'imports.run');
      const upload = await readUpload(request, ctx.config.importMaxBytes);
      const sniffed = sniffFormat(upload.buffer);
      if (!sniffed.ok) throw new AppError('UNSUPPORTED_MEDIA_TYPE', sniffed.message);
      if (sniffed.format === 'xlsx') await refuseHostileXlsx(upload.buffer);
      const job = await jobs.start({ principal: p, fileName: upload.fileName, format: sniffed.format, buffer: upload.buffer, dryRun: upload.dryRun, disableMissing: upload.disableMissing });
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/imports/template.xlsx',
    {
      schema: {
        tags: ['import'],
        summary: 'Unduh templat impor (XLSX) berisi lembar Petunjuk, Unit, Jabatan, dan Pegawai',
        response: { 200: Binary, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await requireAccess(ctx, p, 'imports.run');
      const own = p.agencyId ? await agencyCodeAndName(ctx.db, p.agencyId) : undefined;
      // An agency admin gets their own agency in the examples; a BKD admin a generic one.
      const agency = p.role === 'agency_admin' && own ? own : { code: 'DINKES', name: 'Dinas Kesehatan' };
      const buf = await buildTemplate(agency);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', 'attachment; filename="templat-impor-kinerja.xlsx"')
        .send(buf);
    },
  );

  app.get(
    '/imports/:importId',
    {
      schema: {
        tags: ['import'],
        summary: 'Status, ringkasan, dan daftar masalah sebuah impor',
        params: ImportParams,
        response: { 200: Type.Ref('ImportJob'), ...errorResponses(404) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await requireAccess(ctx, p, 'imports.run');
      const { importId } = request.params;
      // Another admin's import is answered as if it did not exist: its problems list names people.
      await requireAccess(ctx, p, 'imports.read', { ids: [importId] });
      const row = await importJobById(ctx.db, importId);
      if (!row) throw new AppError('NOT_FOUND', 'Impor tidak ditemukan.');
      return toImportJob(row, jobs.progressOf(importId));
    },
  );
}
