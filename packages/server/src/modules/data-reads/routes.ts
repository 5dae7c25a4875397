import { DataReadsQuery, DataReadsResponse } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { myDataReads } from './list.js';

export async function dataReadRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get(
    '/me/data-reads',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Siapa yang melihat data saya: profil, jurnal, validasi, SKP, evaluasi, dan berkas bukti saya yang dibuka orang lain',
        querystring: DataReadsQuery,
        response: { 200: DataReadsResponse, ...errorResponses(400, 404) },
      },
    },
    async (request) => myDataReads(ctx, principalOf(request), request.query.from, request.query.to),
  );
}
