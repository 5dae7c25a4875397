import { open, type FileHandle } from 'node:fs/promises';
import { SkpParams, SkpScan, SkpScanParams, SkpScansAnswer } from '@kinerja/core/api';
import { EVIDENCE_MAX_BYTES } from '@kinerja/core/api/limits';
import type { FastifyError } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { EVIDENCE_MESSAGES, evidenceDownloadHeaders, pathOf } from '../evidence/index.js';
import { skpPdf } from './pdf.js';
import { sendPdf } from './send.js';
import { keepSignedScan, listSignedScans, readableScan, scanTarget, SCAN_NOT_FOUND } from './scans.js';

const TAGS = ['skp'];
/** What a phone camera or a scanner gives; the type is decided from the bytes, this only refuses the obvious. */
const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'application/octet-stream'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The printed SKP (PDF), and the signed scans kept with an approved one. */
export async function skpPrintRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.addSchema(SkpScan);

  app.get(
    '/agencies/:agencyId/skp/:skpId/pdf',
    {
      schema: {
        tags: TAGS,
        summary: 'Cetak SKP sebagai PDF (A4, formulir PermenPANRB 6/2022): versi yang berlaku, atau draf bertanda DRAF bila belum disetujui',
        params: SkpParams,
        produces: ['application/pdf'],
        response: { ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const pdf = await skpPdf(ctx, principalOf(request), request.params.agencyId, request.params.skpId);
      return sendPdf(reply, pdf);
    },
  );

  app.get(
    '/agencies/:agencyId/skp/:skpId/scans',
    {
      schema: {
        tags: TAGS,
        summary: 'Pindaian SKP bertanda tangan yang disimpan bersama SKP ini',
        params: SkpParams,
        response: { 200: SkpScansAnswer, ...errorResponses(404) },
      },
    },
    async (request) => listSignedScans(ctx, principalOf(request), request.params.agencyId, request.params.skpId),
  );

  app.get(
    '/agencies/:agencyId/skp/:skpId/scans/:sha256',
    {
      schema: {
        tags: TAGS,
        summary: 'Unduh pindaian SKP bertanda tangan (foto atau PDF; PDF dalam sandbox tanpa skrip)',
        params: SkpScanParams,
        produces: ['image/jpeg', 'application/pdf'],
        response: { ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const { agencyId, skpId, sha256 } = request.params;
      const { file: row } = await readableScan(ctx, principalOf(request), agencyId, skpId, sha256);
      let file: FileHandle;
      try {
        file = await open(pathOf(ctx, row));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        request.log.error({ sha256 }, 'signed SKP scan without its file');
        throw new AppError('NOT_FOUND', SCAN_NOT_FOUND);
      }
      const { size } = await file.stat();
      const headers = evidenceDownloadHeaders(row.media_type, row.sha256);
      const name = `SKP-bertanda-tangan-${row.sha256.slice(0, 12)}.${row.media_type === 'application/pdf' ? 'pdf' : 'jpg'}`;
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
      '/agencies/:agencyId/skp/:skpId/scans/:sha256',
      {
        bodyLimit: EVIDENCE_MAX_BYTES,
        // Refuse whoever may not keep a scan here before a 10 MB body is read. Ids that are not
        // uuids are left to the schema's 400 (they must not reach the database).
        onRequest: async (request) => {
          const { agencyId, skpId } = request.params as { agencyId?: string; skpId?: string };
          if (agencyId && skpId && UUID.test(agencyId) && UUID.test(skpId)) await scanTarget(ctx, principalOf(request), agencyId, skpId);
        },
        schema: {
          tags: TAGS,
          summary: 'Simpan pindaian SKP bertanda tangan (foto JPEG/PNG/WebP atau PDF, isi mentah dinamai SHA-256-nya) bersama SKP yang telah disetujui',
          description:
            'Hanya pegawai yang bersangkutan, pejabat penilai kinerja, dan pengelola kinerja instansinya. Idempoten: berkas yang sama boleh dikirim ulang (201 bila baru disimpan, 200 bila sudah ada). 409 bila SKP belum disetujui.',
          consumes: UPLOAD_TYPES,
          body: Type.Unknown({ description: 'Isi berkas mentah (bukan multipart/form-data)' }),
          params: SkpScanParams,
          response: { 200: Type.Ref('SkpScan'), 201: Type.Ref('SkpScan'), ...errorResponses(404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) throw new AppError('VALIDATION', EVIDENCE_MESSAGES.empty);
        const { agencyId, skpId, sha256 } = request.params;
        const { scan, created } = await keepSignedScan(ctx, principalOf(request), agencyId, skpId, body, sha256);
        return reply.status(created ? 201 : 200).send(scan);
      },
    );
  });
}
