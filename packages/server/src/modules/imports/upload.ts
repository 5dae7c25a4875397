import { stripInvisibleCharacters } from '@kinerja/core';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../http/errors.js';

export interface Upload {
  fileName: string;
  buffer: Buffer;
  dryRun: boolean;
  /** Form field `disableMissing` ("true"; default false): the staff import's leavers (imports/leavers.ts). */
  disableMissing: boolean;
}

const TRUE = new Set(['true', '1', 'ya', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'tidak', 'no', 'off']);

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, [{ field, message }]);
}

/**
 * Reads the multipart form by hand: multipart bodies bypass the JSON schema, so each field is
 * checked here. The size limit is read per request so it follows the configuration.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Kirim berkas sebagai multipart/form-data dengan kolom "file".');
  }
  let file: { name: string; buffer: Buffer } | undefined;
  const fields = new Map<string, string>();
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 10 } })) {
      if (part.type === 'file') {
        const buffer = await part.toBuffer();
        if (part.fieldname === 'file') file = { name: part.filename, buffer };
      } else {
        fields.set(part.fieldname, String(part.value ?? ''));
      }
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      const mb = (maxBytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 });
      throw new AppError('PAYLOAD_TOO_LARGE', `Berkas melebihi batas ukuran ${mb} MB; bagi menjadi beberapa berkas.`);
    }
    const status = (e as { statusCode?: number }).statusCode;
    if (e instanceof AppError || (status !== undefined && status >= 400 && status < 500)) throw e;
    // A malformed or truncated multipart body (a dropped connection, a broken client) is the sender's fault.
    throw new AppError('BAD_REQUEST', 'Formulir unggahan rusak atau terputus; silakan unggah ulang.');
  }
  if (!file) throw invalid('file', 'Berkas belum dipilih.');
  if (file.buffer.length === 0) throw invalid('file', 'Berkas kosong.');
  const raw = (fields.get('dryRun') ?? '').trim().toLowerCase();
  let dryRun = true;
  if (TRUE.has(raw)) dryRun = true;
  else if (FALSE.has(raw)) dryRun = false;
  else if (raw !== '') throw invalid('dryRun', 'dryRun harus "true" (uji coba) atau "false" (simpan).');
  const missing = (fields.get('disableMissing') ?? '').trim().toLowerCase();
  if (missing !== '' && !TRUE.has(missing) && !FALSE.has(missing)) throw invalid('disableMissing', 'disableMissing harus "true" atau "false".');
  const fileName = stripInvisibleCharacters(file.name || 'berkas', { multiline: false }).slice(0, 255);
  return { fileName, buffer: file.buffer, dryRun, disableMissing: TRUE.has(missing) };
}
