import { open, type FileHandle } from 'node:fs/promises';
import { EVIDENCE_MAX_BYTES } from '@kinerja/core/api/limits';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import type { ApiApp } from '../../http/schemas.js';
import { evidenceDownloadHeaders } from './download-headers.js';
import { MESSAGES } from './messages.js';
import { pathOf, type EvidenceRow } from './store.js';

/** What a phone camera or a scanner gives; the type is decided from the bytes, this only refuses the obvious. */
export const RAW_UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'application/octet-stream'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether an id may reach the database (anything else is left to the schema's 400). */
export const isUuid = (value: string | undefined): value is string => value !== undefined && UUID.test(value);

/**
 * Routes whose body is one raw file (a photo or a PDF, at most the evidence limit), in a scope of their
 * own so the raw-body parsers and the error mapping do not leak to other routes. Any other type is
 * refused before its body is read, with the message the employee needs (HEIC named as such).
 */
export async function rawFileScope(app: ApiApp, routes: (scope: ApiApp) => void): Promise<void> {
  await app.register(async (scope: ApiApp) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(RAW_UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: EVIDENCE_MAX_BYTES }, (_request, body, done) => done(null, body));
    scope.addContentTypeParser('*', (request, _payload, done) => {
      const heic = /hei[cf]/i.test(request.headers['content-type'] ?? '');
      done(new AppError('UNSUPPORTED_MEDIA_TYPE', heic ? MESSAGES.heic : MESSAGES.unsupported), undefined);
    });
    scope.setErrorHandler((error: FastifyError) => {
      // Fastify's own "body too large" would not say the limit.
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', MESSAGES.tooLarge);
      throw error;
    });
    routes(scope);
  });
}

/** The raw body of a rawFileScope route, refused when empty. */
export function rawFileBody(request: FastifyRequest): Buffer {
  const body = request.body;
  if (!Buffer.isBuffer(body) || body.length === 0) throw new AppError('VALIDATION', MESSAGES.empty);
  return body;
}

/**
 * Streams a kept file (a signed scan) from the evidence store, shown inline under the evidence
 * headers (a PDF in its sandbox) with a name that says what it is. A row whose file is gone answers
 * 404 with `notFound` and is logged: the store lost something.
 */
export async function sendKeptFile(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  row: Pick<EvidenceRow, 'sha256' | 'media_type'>,
  { namePrefix, notFound }: { namePrefix: string; notFound: string },
): Promise<FastifyReply> {
  let file: FileHandle;
  try {
    file = await open(pathOf(ctx, row));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    request.log.error({ sha256: row.sha256, kept: namePrefix }, 'kept file without its bytes in the store');
    throw new AppError('NOT_FOUND', notFound);
  }
  const { size } = await file.stat();
  const name = `${namePrefix}-${row.sha256.slice(0, 12)}.${row.media_type === 'application/pdf' ? 'pdf' : 'jpg'}`;
  return reply
    .headers({ ...evidenceDownloadHeaders(row.media_type, row.sha256), 'content-disposition': `inline; filename="${name}"` })
    .header('cache-control', 'private, max-age=31536000, immutable')
    .header('content-length', size)
    .send(file.createReadStream());
}
