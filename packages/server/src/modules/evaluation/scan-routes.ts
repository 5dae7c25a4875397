import { open, type FileHandle } from 'node:fs/promises';
import { EvaluationParams, EvaluationScan, EvaluationScanParams, EvaluationScansAnswer } from '@kinerja/core/api';
import { EVIDENCE_MAX_BYTES } from '@kinerja/core/api/limits';
import type { FastifyError } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { EVIDENCE_MESSAGES, evidenceDownloadHeaders, pathOf } from '../evidence/index.js';
import { EVALUATION_SCAN_NOT_FOUND, keepEvaluationScan, listEvaluationScans, readableEvaluationScan, scanTarget } from './scans.js';

const TAGS = ['evaluation'];
/** What a phone camera or a scanner gives; the type is decided from the bytes, this only refuses the obvious. */
const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'application/octet-stream'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
      let file: FileHandle;
      try {
        file = await open(pathOf(ctx, row));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        request.log.error({ sha256 }, 'signed evaluation scan without its file');
        throw new AppError('NOT_FOUND', EVALUATION_SCAN_NOT_FOUND);
      }
      const { size } = await file.stat();
      const headers = evidenceDownloadHeaders(row.media_type, row.sha256);
      const name = `Evaluasi-bertanda-tangan-${row.sha256.slice(0, 12)}.${row.media_type === 'application/pdf' ? 'pdf' : 'jpg'}`;
      return reply
        .headers({ ...headers, 'content-disposition': `inline; filename="${name}"` })
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('content-length', size)
        .send(file.createReadStream());
    },
  );

  // The upload takes the raw body (a photo or a PDF), so it has a scope of its own for its parsers.
  await app.register(async (scope: ApiApp) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: EVIDENCE_MAX_BYTES }, (_request, body, done) => done(null, body));
    scope.addContentTypeParser('*', (request, _payload, done) => {
      const heic = /hei[cf]/i.test(request.headers['content-type'] ?? '');
      done(new AppError('UNSUPPORTED_MEDIA_TYPE', heic ? EVIDENCE_MESSAGES.heic : EVIDENCE_MESSAGES.unsupported), undefined);
    });
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', EVIDENCE_MESSAGES.tooLarge);
      throw error;
    });

    scope.put(
      '/agencies/:agencyId/evaluations/:evaluationId/scans/:sha256',
      {
        bodyLimit: EVIDENCE_MAX_BYTES,
        // Refuse whoever may not keep a scan here before a 10 MB body is read; ids that are not uuids
        // are left to the schema's 400 (they must not reach the database).
        onRequest: async (request) => {
          const { agencyId, evaluationId } = request.params as { agencyId?: string; evaluationId?: string };
          if (agencyId && evaluationId && UUID.test(agencyId) && UUID.test(evaluationId)) await scanTarget(ctx, principalOf(request), agencyId, evaluationId);
        },
        schema: {
          tags: TAGS,
          summary:
            'Simpan pindaian Dokumen Evaluasi Kinerja bertanda tangan (foto JPEG/PNG/WebP atau PDF, isi mentah dinamai SHA-256-nya) bersama evaluasi yang telah ditetapkan',
          description:
            'Hanya pegawai yang dinilai, pejabat penilai kinerja, dan pengelola kinerja instansinya. Idempoten: berkas yang sama boleh dikirim ulang (201 bila baru disimpan, 200 bila sudah ada). 409 bila evaluasi belum ditetapkan (atau dibuka kembali).',
          consumes: UPLOAD_TYPES,
          body: Type.Unknown({ description: 'Isi berkas mentah (bukan multipart/form-data)' }),
          params: EvaluationScanParams,
          response: { 200: Type.Ref('EvaluationScan'), 201: Type.Ref('EvaluationScan'), ...errorResponses(404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) throw new AppError('VALIDATION', EVIDENCE_MESSAGES.empty);
        const { agencyId, evaluationId, sha256 } = request.params;
        const { scan, created } = await keepEvaluationScan(ctx, principalOf(request), agencyId, evaluationId, body, sha256);
        return reply.status(created ? 201 : 200).send(scan);
      },
    );
  });
}
