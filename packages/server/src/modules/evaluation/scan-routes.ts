import { EvaluationParams, EvaluationScan, EvaluationScanParams, EvaluationScansAnswer } from '@kinerja/core/api';
import { EVIDENCE_MAX_BYTES } from '@kinerja/core/api/limits';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { isUuid, RAW_UPLOAD_TYPES, rawFileBody, rawFileScope, sendKeptFile } from '../evidence/index.js';
import { EVALUATION_SCAN_NOT_FOUND, keepEvaluationScan, listEvaluationScans, readableEvaluationScan, scanTarget } from './scans.js';

const TAGS = ['evaluation'];

/** The signed scans kept with a finalised evaluation: list, download, upload (the SKP's scans' rules). */
export async function evaluationScanRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.addSchema(EvaluationScan);

  app.get(
    '/agencies/:agencyId/evaluations/:evaluationId/scans',
    {
      schema: {
        tags: TAGS,
        summary: 'Pindaian dokumen evaluasi bertanda tangan yang disimpan bersama evaluasi ini',
        params: EvaluationParams,
        response: { 200: EvaluationScansAnswer, ...errorResponses(404) },
      },
    },
    async (request) => listEvaluationScans(ctx, principalOf(request), request.params.agencyId, request.params.evaluationId),
  );

  app.get(
    '/agencies/:agencyId/evaluations/:evaluationId/scans/:sha256',
    {
      schema: {
        tags: TAGS,
        summary: 'Unduh pindaian dokumen evaluasi bertanda tangan (foto atau PDF; PDF dalam sandbox tanpa skrip)',
        params: EvaluationScanParams,
        produces: ['image/jpeg', 'application/pdf'],
        response: { ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const { agencyId, evaluationId, sha256 } = request.params;
      const { file: row } = await readableEvaluationScan(ctx, principalOf(request), agencyId, evaluationId, sha256);
      return sendKeptFile(ctx, request, reply, row, { namePrefix: 'Evaluasi-bertanda-tangan', notFound: EVALUATION_SCAN_NOT_FOUND });
    },
  );

  // The upload takes the raw body (a photo or a PDF), so it has a scope of its own for its parsers.
  await rawFileScope(app, (scope) => {
    scope.put(
      '/agencies/:agencyId/evaluations/:evaluationId/scans/:sha256',
      {
        bodyLimit: EVIDENCE_MAX_BYTES,
        // Refuse whoever may not keep a scan here before a 10 MB body is read; ids that are not uuids
        // are left to the schema's 400 (they must not reach the database).
        onRequest: async (request) => {
          const { agencyId, evaluationId } = request.params as { agencyId?: string; evaluationId?: string };
          if (isUuid(agencyId) && isUuid(evaluationId)) await scanTarget(ctx, principalOf(request), agencyId, evaluationId);
        },
        schema: {
          tags: TAGS,
          summary:
            'Simpan pindaian Dokumen Evaluasi Kinerja bertanda tangan (foto JPEG/PNG/WebP atau PDF, isi mentah dinamai SHA-256-nya) bersama evaluasi yang telah ditetapkan',
          description:
            'Hanya pegawai yang dinilai, pejabat penilai kinerja, dan pengelola kinerja instansinya. Idempoten: berkas yang sama boleh dikirim ulang (201 bila baru disimpan, 200 bila sudah ada). 409 bila evaluasi belum ditetapkan (atau dibuka kembali).',
          consumes: RAW_UPLOAD_TYPES,
          body: Type.Unknown({ description: 'Isi berkas mentah (bukan multipart/form-data)' }),
          params: EvaluationScanParams,
          response: { 200: Type.Ref('EvaluationScan'), 201: Type.Ref('EvaluationScan'), ...errorResponses(404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const { agencyId, evaluationId, sha256 } = request.params;
        const { scan, created } = await keepEvaluationScan(ctx, principalOf(request), agencyId, evaluationId, rawFileBody(request), sha256);
        return reply.status(created ? 201 : 200).send(scan);
      },
    );
  });
}
