import { RetentionPeriods } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { requireAccess } from '../access/index.js';
import { principalOf } from '../auth/index.js';
import { retentionPeriods } from './periods.js';

export async function retentionRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get(
    '/retention',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Masa simpan setiap jenis data pribadi dan apakah sudah diterapkan (admin BKD)',
        response: { 200: RetentionPeriods, ...errorResponses() },
      },
    },
    async (request) => {
      await requireAccess(ctx, principalOf(request), 'province.manage');
      return { periods: retentionPeriods(ctx.config) };
    },
  );
}
