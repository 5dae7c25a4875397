import { PullQuery, PullResponse, PushBody, PushResponse } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { journalistOf } from '../journal/index.js';
import { pullChanges } from './pull.js';
import { pushBatch } from './push.js';

/** Offline sync of the PWA (docs/sync-protocol.md). Needs the JournalEntry schema (journal routes). */
export async function syncRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.post(
    '/sync/push',
    {
      schema: {
        tags: ['sync'],
        summary: 'Kirim antrean perubahan dari perangkat (paling banyak 50 butir, masing-masing sekali saja)',
        description:
          'Butir diterapkan berurutan, masing-masing tersendiri; butir yang sama (itemId) dikirim ulang dijawab already_applied tanpa mengubah apa pun. Kiriman yang umum (kegiatan baru, berkasnya, lalu kirim hari) disimpan sekaligus dalam satu transaksi, dengan jawaban yang sama. Lihat docs/sync-protocol.md.',
        body: PushBody,
        response: { 200: PushResponse, ...errorResponses() },
      },
    },
    async (request) => pushBatch(ctx, journalistOf(request), request.body),
  );

  app.get(
    '/sync/pull',
    {
      schema: {
        tags: ['sync'],
        summary: 'Ambil kegiatan saya yang berubah sejak penanda (cursor) terakhir',
        querystring: PullQuery,
        response: { 200: PullResponse, ...errorResponses() },
      },
    },
    async (request) => {
      const { cursor, limit } = request.query;
      return pullChanges(ctx, journalistOf(request), cursor || undefined, limit, ctx.config.syncSettleMs);
    },
  );
}
