import { open, type FileHandle } from 'node:fs/promises';
import { EvidenceMeta, Sha256Params } from '@kinerja/core/api';
import type { FastifyError, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { actingEmployee, evidenceAccess } from '../access/index.js';
import { principalOf } from '../auth/index.js';
import { recordEvidenceReads } from './reads.js';
import { evidenceDownloadHeaders } from './download-headers.js';
import { EVIDENCE_MAX_BYTES } from './limits.js';
import { MESSAGES } from './messages.js';
import { agencyTimeZone } from './queries.js';
import { findEvidence, ingestEvidence, pathOf, toMeta, type EvidenceRow } from './store.js';

/** Content types a client may send. The type is decided from the bytes; this only refuses the obvious. */
const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'application/octet-stream'];

/** Stored files never change under their hash, so browsers and the service worker may keep them. */
const CACHE_CONTROL = 'private, max-age=31536000, immutable';

/** Evidence files: upload (raw body, named by the SHA-256 of its bytes), fetch, metadata. */
export async function evidenceRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  // A scope of its own: the raw-body parsers and the error mapping below must not leak to other modules.
  await app.register(async (scope: ApiApp) => {
    scope.addSchema(EvidenceMeta);
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: EVIDENCE_MAX_BYTES }, (_request, body, done) => done(null, body));
    // Anything else is refused before its body is read, with the message the employee needs.
    scope.addContentTypeParser('*', (request, _payload, done) => {
      const heic = /hei[cf]/i.test(request.headers['content-type'] ?? '');
      done(new AppError('UNSUPPORTED_MEDIA_TYPE', heic ? MESSAGES.heic : MESSAGES.unsupported), undefined);
    });
    scope.setErrorHandler((error: FastifyError) => {
      // Fastify's own "body too large" would read "Berkas atau data terlalu besar."; say the limit.
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', MESSAGES.tooLarge);
      throw error; // to the application's error handler
    });

    /**
     * The row, if this principal may see it; otherwise 404 whether or not it exists. A file read
     * through someone else's journal is recorded as a read of their data (who-read-my-data).
     */
    async function readableEvidence(request: FastifyRequest, sha256: string): Promise<EvidenceRow> {
      const row = await findEvidence(ctx, sha256);
      if (!row) throw new AppError('NOT_FOUND', MESSAGES.notFound);
      const p = principalOf(request);
      const { allowed, through } = await evidenceAccess(ctx, p, [sha256]);
      if (!allowed.has(sha256)) throw new AppError('NOT_FOUND', MESSAGES.notFound);
      await recordEvidenceReads(ctx, p, through);
      return row;
    }

    scope.put(
      '/evidence/:sha256',
      {
        bodyLimit: EVIDENCE_MAX_BYTES,
        // Refuse accounts without a journal before a 10 MB body is read (and before its type is judged).
        onRequest: async (request) => {
          actingEmployee(principalOf(request));
        },
        schema: {
          tags: ['evidence'],
          summary: 'Unggah bukti kegiatan (foto JPEG/PNG/WebP atau PDF) sebagai isi mentah, dinamai SHA-256 isinya',
          description:
            'Idempoten: berkas yang sama boleh dikirim ulang (201 bila baru disimpan, 200 bila sudah ada). Foto disimpan sebagai JPEG sisi terpanjang 1280 px tanpa metadata (EXIF/GPS).',
          consumes: UPLOAD_TYPES,
          // Documents the raw body; an empty schema validates nothing, so the Buffer passes untouched.
          body: Type.Unknown({ description: 'Isi berkas mentah (bukan multipart/form-data)' }),
          params: Sha256Params,
          response: { 200: Type.Ref('EvidenceMeta'), 201: Type.Ref('EvidenceMeta'), ...errorResponses(413, 415) },
        },
      },
      async (request, reply) => {
        // Evidence belongs to a journal, so the rule is the journal's (journal/who.ts): an account
        // linked to an employee. A province auditor or admin without one has no journal to prove.
        const p = actingEmployee(principalOf(request));
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) throw new AppError('VALIDATION', MESSAGES.empty);
        const agency = await agencyTimeZone(ctx.db, p.agencyId);
        const { sha256 } = request.params;
        const { meta, created } = await ingestEvidence(ctx, { accountId: p.accountId, agencyId: p.agencyId, timeZone: agency?.time_zone ?? 'Asia/Jakarta' }, body, sha256);
        return reply.status(created ? 201 : 200).send(meta);
      },
    );

    scope.get(
      '/evidence/:sha256',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Unduh berkas bukti (foto dan PDF ditampilkan; PDF dalam sandbox tanpa skrip)',
          params: Sha256Params,
          produces: ['image/jpeg', 'application/pdf'],
          response: { ...errorResponses(404) },
        },
      },
      async (request, reply) => {
        const row = await readableEvidence(request, request.params.sha256);
        reply
          .header('etag', `"${row.sha256}"`)
          .header('cache-control', CACHE_CONTROL);
        if (etagMatches(request.headers['if-none-match'], row.sha256)) return reply.status(304).send();

        let file: FileHandle;
        try {
          file = await open(pathOf(ctx, row));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          request.log.error({ sha256: row.sha256 }, 'evidence row without its file');
          throw new AppError('NOT_FOUND', MESSAGES.lostFile);
        }
        const { size } = await file.stat();
        return reply
          .headers(evidenceDownloadHeaders(row.media_type, row.sha256))
          .header('content-length', size)
          .send(file.createReadStream());
      },
    );

    scope.get(
      '/evidence/:sha256/meta',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Keterangan berkas bukti: jenis, ukuran, dimensi, waktu pengambilan foto',
          params: Sha256Params,
          response: { 200: Type.Ref('EvidenceMeta'), ...errorResponses(404) },
        },
      },
      async (request) => toMeta(await readableEvidence(request, request.params.sha256)),
    );
  });
}

/** If-None-Match may list several tags, weak ones, or "*". */
function etagMatches(header: string | undefined, sha256: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === `"${sha256}"` || t === sha256;
  });
}
