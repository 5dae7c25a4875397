import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses } from '../../http/schemas.js';
import { requireAccess } from '../access/index.js';
import { principalOf } from '../auth/index.js';
import { readUpload, refuseHostileXlsx, sniffFormat } from '../imports/index.js';
import { publishDictionary } from './dictionary.js';
import { readDictionaryTable, validateDictionary } from './dictionary-file.js';
import { allAgencyCodes } from './queries/dictionary.js';

const MAX_DICTIONARY_BYTES = 5 * 1024 * 1024;

/**
 * The BKD publishes the province's kamus aktivitas from a spreadsheet. Each publication is a new
 * version holding the whole dictionary; entries keep the version they were logged against.
 */
export async function dictionaryRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.post(
    '/activities/import',
    {
      schema: {
        tags: ['journal-admin'],
        summary: 'Terbitkan kamus aktivitas baru dari CSV/XLSX (kolom: kode, nama, satuan, menit_standar, jenis_jabatan, kelompok, opd, aktif)',
        consumes: ['multipart/form-data'],
        response: {
          200: Type.Object({
            dryRun: Type.Boolean(),
            version: Type.Union([Type.Integer(), Type.Null()]),
            itemCount: Type.Integer(),
            problems: Type.Array(Type.Object({ row: Type.Integer(), column: Type.String(), message: Type.String() })),
          }),
          ...errorResponses(413, 415, 422),
        },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await requireAccess(ctx, p, 'dictionary.manage');
      const upload = await readUpload(request, MAX_DICTIONARY_BYTES);
      const sniff = sniffFormat(upload.buffer);
      if (!sniff.ok) throw new AppError('UNSUPPORTED_MEDIA_TYPE', sniff.message);
      if (sniff.format === 'xlsx') await refuseHostileXlsx(upload.buffer);
      let table: string[][];
      try {
        table = await readDictionaryTable(upload.buffer, sniff.format);
      } catch {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Berkas tidak dapat dibaca sebagai CSV atau XLSX.');
      }
      const { items, problems } = validateDictionary(table, new Set(await allAgencyCodes(ctx.db)));
      if (problems.length || upload.dryRun) {
        return { dryRun: upload.dryRun, version: null, itemCount: items.length, problems: problems.slice(0, 1000) };
      }
      const version = await publishDictionary(ctx.db, items, `impor: ${upload.fileName}`, p.accountId);
      return { dryRun: false, version, itemCount: items.length, problems: [] };
    },
  );
}
