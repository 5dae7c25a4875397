import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EvidenceMeta, Nullable, Sha256Params } from '@kinerja/core/api';
import type { FastifyError, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { actingEmployee } from '../access/index.js';
import { principalOf } from '../auth/index.js';
import { EVIDENCE_MAX_BYTES } from './limits.js';
import { MESSAGES } from './messages.js';
import { agencyTimeZone, uploadedByteSize } from './queries.js';
import { ingestEvidence } from './store.js';

/** A partial upload untouched this long is abandoned (the phone was reset, the entry deleted) and removed. */
export const PARTIAL_UPLOAD_MAX_AGE_MS = 7 * 24 * 3_600_000;

/** Largest chunk of a resumable upload: a phone on a weak network finishes one in reasonable time. */
export const UPLOAD_CHUNK_MAX_BYTES = 1024 * 1024;

const CHUNK_TYPES = ['application/octet-stream', 'image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

const UploadState = Type.Object({
  receivedBytes: Type.Integer({ description: 'Bita yang sudah diterima server (posisi potongan berikutnya)' }),
  totalBytes: Nullable(Type.Integer({ description: 'Ukuran seluruh berkas; null bila belum diketahui' })),
});

const UPLOAD_MESSAGES = {
  range: "Header Content-Range wajib, berbentuk 'bytes awal-akhir/total'.",
  rangeLength: 'Panjang potongan tidak sama dengan rentang pada Content-Range.',
  chunkTooLarge: `Potongan berkas paling besar ${UPLOAD_CHUNK_MAX_BYTES / 1024 / 1024} MB.`,
  offset: (n: number) => `Potongan berkas tidak menyambung: server sudah menerima ${n} bita. Lanjutkan dari bita ke-${n}.`,
} as const;

interface PartialUpload {
  path: string;
  total: number;
  received: number;
}

/**
 * Resumable evidence uploads (docs/sync-protocol.md): a file sent in chunks with Content-Range, kept
 * in `<dataDir>/uploads/<account>/<sha256>-<total>.part` until the last chunk, then checked and
 * stored exactly as a whole-file PUT /evidence/:sha256. A chunk that does not start where the
 * received bytes end is refused (409 UPLOAD_OFFSET, the offset in the Upload-Offset header), so a
 * retried or reordered chunk never corrupts the file. A crash while appending leaves a shorter
 * prefix, which GET reports; the client goes on from there.
 */
export async function resumableUploadRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  // One chunk at a time per file and account: two retries of the same chunk must not both append.
  const busy = new Map<string, Promise<unknown>>();
  async function serial<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = busy.get(key) ?? Promise.resolve();
    const run = before.then(work, work);
    const settled = run.catch(() => undefined);
    busy.set(key, settled);
    try {
      return await run;
    } finally {
      if (busy.get(key) === settled) busy.delete(key);
    }
  }

  const folderOf = (accountId: string) => join(ctx.config.dataDir, 'uploads', accountId);

  async function findPartial(accountId: string, sha256: string): Promise<PartialUpload | undefined> {
    let names: string[];
    try {
      names = await readdir(folderOf(accountId));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    let found: PartialUpload | undefined;
    for (const name of names.filter((n) => n.endsWith('.part'))) {
      const path = join(folderOf(accountId), name);
      const info = await stat(path).catch(() => undefined);
      if (!info) continue;
      // The account's folder is small: abandoned uploads are cleared whenever it is looked at.
      if (Date.now() - info.mtimeMs > PARTIAL_UPLOAD_MAX_AGE_MS) {
        await rm(path, { force: true });
        continue;
      }
      if (name.startsWith(`${sha256}-`)) found = { path, total: Number(name.slice(sha256.length + 1, -'.part'.length)), received: info.size };
    }
    return found;
  }

  function uploaderOf(request: FastifyRequest): { accountId: string; agencyId: string } {
    const { accountId, agencyId } = actingEmployee(principalOf(request));
    return { accountId, agencyId };
  }

  await app.register(async (scope: ApiApp) => {
    scope.addSchema(EvidenceMeta);
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(CHUNK_TYPES, { parseAs: 'buffer', bodyLimit: UPLOAD_CHUNK_MAX_BYTES }, (_request, body, done) => done(null, body));
    scope.addContentTypeParser('*', (_request, _payload, done) => done(new AppError('UNSUPPORTED_MEDIA_TYPE', MESSAGES.unsupported), undefined));
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', UPLOAD_MESSAGES.chunkTooLarge);
      throw error;
    });

    scope.get(
      '/evidence/uploads/:sha256',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Posisi unggahan bertahap: berapa bita berkas ini yang sudah diterima server',
          params: Sha256Params,
          response: { 200: UploadState, ...errorResponses() },
        },
      },
      async (request) => {
        const { accountId } = uploaderOf(request);
        const { sha256 } = request.params;
        const partial = await findPartial(accountId, sha256);
        if (partial) return { receivedBytes: partial.received, totalBytes: partial.total };
        // Already complete (from this account): nothing more to send.
        const done = await uploadedByteSize(ctx.db, sha256, accountId);
        return done ? { receivedBytes: done.byte_size, totalBytes: done.byte_size } : { receivedBytes: 0, totalBytes: null };
      },
    );

    scope.put(
      '/evidence/uploads/:sha256',
      {
        bodyLimit: UPLOAD_CHUNK_MAX_BYTES,
        onRequest: async (request) => {
          uploaderOf(request);
        },
        schema: {
          tags: ['evidence'],
          summary: 'Unggah bertahap: satu potongan berkas (paling besar 1 MB) dengan Content-Range',
          description:
            "Content-Range: bytes awal-akhir/total. Potongan harus mulai tepat di posisi yang sudah diterima (GET), selain itu 409 UPLOAD_OFFSET dengan posisi di header Upload-Offset. Potongan antara dijawab 202 dengan posisinya; potongan terakhir diperiksa SHA-256-nya lalu disimpan seperti PUT /evidence/:sha256 (201 baru, 200 sudah ada).",
          consumes: CHUNK_TYPES,
          body: Type.Unknown({ description: 'Isi potongan mentah' }),
          params: Sha256Params,
          headers: Type.Object({ 'content-range': Type.Optional(Type.String({ maxLength: 100 })) }),
          response: { 200: Type.Ref('EvidenceMeta'), 201: Type.Ref('EvidenceMeta'), 202: UploadState, ...errorResponses(409, 413, 415) },
        },
      },
      async (request, reply) => {
        const { accountId, agencyId } = uploaderOf(request);
        const { sha256 } = request.params;
        const range = /^bytes (\d{1,10})-(\d{1,10})\/(\d{1,10})$/.exec(String(request.headers['content-range'] ?? '').trim());
        if (!range) throw new AppError('VALIDATION', UPLOAD_MESSAGES.range, [{ field: 'content-range', message: 'Tidak valid.' }]);
        const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
        if (total === 0 || end < start || end >= total) throw new AppError('VALIDATION', UPLOAD_MESSAGES.range, [{ field: 'content-range', message: 'Rentang tidak valid.' }]);
        if (total > EVIDENCE_MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', MESSAGES.tooLarge);
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length !== end - start + 1) throw new AppError('VALIDATION', UPLOAD_MESSAGES.rangeLength, [{ field: 'content-range', message: 'Tidak cocok.' }]);

        const outcome = await serial(`${accountId}|${sha256}`, async () => {
          let partial = await findPartial(accountId, sha256);
          if (partial && partial.total !== total) {
            // The same hash cannot have two sizes: the old partial is a client's mistake; start over.
            await rm(partial.path, { force: true });
            partial = undefined;
          }
          const received = partial?.received ?? 0;
          // The whole file is here but was not stored (the server stopped, or the database failed):
          // the last chunk sent again stores it.
          const alreadyWhole = partial !== undefined && received === total && end + 1 === total;
          const path = partial?.path ?? join(folderOf(accountId), `${sha256}-${total}.part`);
          if (!alreadyWhole) {
            if (start !== received) {
              reply.header('upload-offset', String(received));
              throw new AppError('UPLOAD_OFFSET', UPLOAD_MESSAGES.offset(received));
            }
            await mkdir(folderOf(accountId), { recursive: true });
            const file = await open(path, 'a');
            try {
              await file.write(body);
              await file.sync();
            } finally {
              await file.close();
            }
          }
          if (end + 1 < total) return { receivedBytes: end + 1, totalBytes: total };
          const bytes = await readFile(path);
          try {
            const agency = await agencyTimeZone(ctx.db, agencyId);
            const stored = await ingestEvidence(ctx, { accountId, agencyId, timeZone: agency?.time_zone ?? 'Asia/Jakarta' }, bytes, sha256);
            await rm(path, { force: true });
            return stored;
          } catch (error) {
            // Refused for good (wrong hash, unsupported or broken file): the next attempt starts from 0.
            if (error instanceof AppError) await rm(path, { force: true });
            throw error;
          }
        });
        if ('receivedBytes' in outcome) return reply.status(202).send(outcome);
        return reply.status(outcome.created ? 201 : 200).send(outcome.meta);
      },
    );
  });
}
