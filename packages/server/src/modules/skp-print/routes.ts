import { SkpParams, SkpScan, SkpScanParams, SkpScansAnswer } from '@kinerja/core/api';
import { EVIDENCE_MAX_BYTES } from '@kinerja/core/api/limits';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { isUuid, RAW_UPLOAD_TYPES, rawFileBody, rawFileScope, sendKeptFile } from '../evidence/index.js';
import { skpPdf } from './pdf.js';
import { sendPdf } from './send.js';
import { keepSignedScan, listSignedScans, readableScan, scanTarget, SCAN_NOT_FOUND } from './scans.js';

const TAGS = ['skp'];

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
      return sendKeptFile(ctx, request, reply, row, { namePrefix: 'SKP-bertanda-tangan', notFound: SCAN_NOT_FOUND });
    },
  );

  // The upload takes the raw body (a photo or a PDF), so it has a scope of its own for its parsers.
  await rawFileScope(app, (scope) => {
    scope.put(
      '/agencies/:agencyId/skp/:skpId/scans/:sha256',
      {
        bodyLimit: EVIDENCE_MAX_BYTES,
        // Refuse whoever may not keep a scan here before a 10 MB body is read. Ids that are not
        // uuids are left to the schema's 400 (they must not reach the database).
        onRequest: async (request) => {
          const { agencyId, skpId } = request.params as { agencyId?: string; skpId?: string };
          if (isUuid(agencyId) && isUuid(skpId)) await scanTarget(ctx, principalOf(request), agencyId, skpId);
        },
        schema: {
          tags: TAGS,
          summary: 'Simpan pindaian SKP bertanda tangan (foto JPEG/PNG/WebP atau PDF, isi mentah dinamai SHA-256-nya) bersama SKP yang telah disetujui',
          description:
            'Hanya pegawai yang bersangkutan, pejabat penilai kinerja, dan pengelola kinerja instansinya. Idempoten: berkas yang sama boleh dikirim ulang (201 bila baru disimpan, 200 bila sudah ada). 409 bila SKP belum disetujui.',
          consumes: RAW_UPLOAD_TYPES,
          body: Type.Unknown({ description: 'Isi berkas mentah (bukan multipart/form-data)' }),
          params: SkpScanParams,
          response: { 200: Type.Ref('SkpScan'), 201: Type.Ref('SkpScan'), ...errorResponses(404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const { agencyId, skpId, sha256 } = request.params;
        const { scan, created } = await keepSignedScan(ctx, principalOf(request), agencyId, skpId, rawFileBody(request), sha256);
        return reply.status(created ? 201 : 200).send(scan);
      },
    );
  });
}
