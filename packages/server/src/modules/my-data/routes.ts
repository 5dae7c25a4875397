import { open, type FileHandle } from 'node:fs/promises';
import { DataExportBody, DataExportIdParams, DataExportParams, DataExportResponse, DataExportsResponse } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { exportFile, getExport, listExports, startExport } from './service.js';

export async function myDataRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  const base = '/agencies/:agencyId/employees/:employeeId/data-exports';
  app.post(
    base,
    {
      schema: {
        tags: ['privacy'],
        summary: 'Minta arsip semua data pegawai (UU PDP): oleh pegawai sendiri, atau admin atas permintaan tertulis pegawai',
        params: DataExportParams,
        body: DataExportBody,
        response: { 202: DataExportResponse, ...errorResponses(400, 403) },
      },
    },
    async (request, reply) => {
      const { agencyId, employeeId } = request.params;
      const made = await startExport(ctx, principalOf(request), agencyId, employeeId, request.body?.reason, (err) => request.log.error({ err }, 'data export failed'));
      return reply.status(202).send({ export: made });
    },
  );

  app.get(
    base,
    {
      schema: {
        tags: ['privacy'],
        summary: 'Arsip data pegawai yang pernah diminta, terbaru dulu (paling banyak 10)',
        params: DataExportParams,
        response: { 200: DataExportsResponse, ...errorResponses(403) },
      },
    },
    async (request) => ({ exports: await listExports(ctx, principalOf(request), request.params.agencyId, request.params.employeeId) }),
  );

  app.get(
    '/agencies/:agencyId/data-exports/:exportId',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Satu arsip data pegawai: status dan kemajuannya',
        params: DataExportIdParams,
        response: { 200: DataExportResponse, ...errorResponses(404) },
      },
    },
    async (request) => ({ export: await getExport(ctx, principalOf(request), request.params.agencyId, request.params.exportId) }),
  );

  app.get(
    '/agencies/:agencyId/data-exports/:exportId/file',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Unduh arsip data pegawai (ZIP)',
        params: DataExportIdParams,
        produces: ['application/zip'],
        response: { ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const found = await exportFile(ctx, principalOf(request), request.params.agencyId, request.params.exportId);
      let file: FileHandle;
      try {
        file = await open(found.path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        throw new AppError('NOT_FOUND', 'Berkas arsip tidak ada lagi. Silakan minta arsip baru.');
      }
      const { size } = await file.stat();
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${found.fileName}"`)
        .header('cache-control', 'private, no-store')
        .header('content-length', size)
        .send(file.createReadStream());
    },
  );
}
