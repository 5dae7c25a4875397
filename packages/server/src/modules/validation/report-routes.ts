import { AgencyParams, RecapQuery, RecapSchema } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { requireAccess } from '../access/index.js';
import { principalOf } from '../auth/index.js';
import { XLSX_TYPE } from '../imports/index.js';
import { buildRecap } from './recap.js';
import { recapWorkbook } from './recap-xlsx.js';

/** The monthly validation recap, for the agency's admins and auditors and the BKD. */
export async function validationReportRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get(
    '/agencies/:agencyId/validation/recap',
    {
      schema: {
        tags: ['validation'],
        summary: 'Rekap validasi bulanan per unit dan instansi: diajukan, disetujui, ditolak, menunggu; menit disetujui vs target; ketepatan atasan',
        params: AgencyParams,
        querystring: RecapQuery,
        response: { 200: RecapSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId } = request.params;
      await requireAccess(ctx, principalOf(request), 'agency.read', { agencyId });
      const { month, unitId } = request.query;
      return buildRecap(ctx, agencyId, month, unitId);
    },
  );

  app.get(
    '/agencies/:agencyId/validation/recap.xlsx',
    {
      schema: {
        tags: ['validation'],
        summary: 'Rekap validasi bulanan sebagai berkas Excel (lembar Ringkasan, Pegawai, Atasan)',
        params: AgencyParams,
        querystring: RecapQuery,
        response: errorResponses(404),
      },
    },
    async (request, reply) => {
      const { agencyId } = request.params;
      await requireAccess(ctx, principalOf(request), 'agency.read', { agencyId });
      const { month, unitId } = request.query;
      const recap = await buildRecap(ctx, agencyId, month, unitId);
      const file = await recapWorkbook(recap);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="rekap-validasi-${recap.agency.code.toLowerCase().replace(/[^a-z0-9-]/g, '')}-${month}.xlsx"`)
        .send(file);
    },
  );
}
