import { RetentionPeriods, RetentionReport } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { requireAccess } from '../access/index.js';
import { principalOf } from '../auth/index.js';
import { retentionPeriods } from './periods.js';
import { purgeReport } from './purge.js';

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

  app.get(
    '/retention/report',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Uji coba masa simpan: apa yang akan dihapus langkah masa simpan berikutnya (jurnal, bukti, jejak audit) dan apa yang ditahan TPP terkunci atau evaluasi final (admin BKD)',
        response: { 200: RetentionReport, ...errorResponses() },
      },
    },
    async (request) => {
      await requireAccess(ctx, principalOf(request), 'province.manage');
      return purgeReport(ctx);
    },
  );
}
