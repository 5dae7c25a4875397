import { AgencyParams, EvaluationOverviewAnswer, EvaluationOverviewQuery, EvaluationUnfinishedQuery, TeamQuery } from '@kinerja/core/api';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { XLSX_TYPE } from '../imports/index.js';
import { evaluationOverview, evaluationOverviewDownload, teamDownload, unfinishedDownload } from './overview.js';

const TAGS = ['evaluation'];

function sendXlsx(reply: FastifyReply, file: { body: Buffer; fileName: string }) {
  return reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'no-store').send(file.body);
}

/** The agency's evaluation overview per unit and the XLSX downloads of the evaluation screens' tables (issue 17 item 9). */
export async function evaluationOverviewRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get(
    '/agencies/:agencyId/evaluation-overview',
    {
      schema: {
        tags: TAGS,
        summary:
          'Ringkasan evaluasi kinerja instansi per unit untuk satu periode (bawaan: periode berjalan): evaluasi belum dibuka, berjalan, dan ditetapkan, serta siapa yang belum selesai beserta pejabat penilainya',
        params: AgencyParams,
        querystring: EvaluationOverviewQuery,
        response: { 200: EvaluationOverviewAnswer, ...errorResponses(404) },
      },
    },
    async (request) => evaluationOverview(ctx, principalOf(request), request.params.agencyId, request.query),
  );

  app.get(
    '/agencies/:agencyId/evaluation-overview.xlsx',
    {
      schema: {
        tags: TAGS,
        summary: 'Ringkasan evaluasi kinerja instansi sebagai berkas Excel (lembar Ringkasan dan Belum Ditetapkan); unduhan dicatat',
        params: AgencyParams,
        querystring: EvaluationOverviewQuery,
        produces: [XLSX_TYPE],
        response: errorResponses(404),
      },
    },
    async (request, reply) => sendXlsx(reply, await evaluationOverviewDownload(ctx, principalOf(request), request.params.agencyId, request.query)),
  );

  app.get(
    '/agencies/:agencyId/evaluation-overview/unfinished.xlsx',
    {
      schema: {
        tags: TAGS,
        summary: 'Daftar nama pegawai yang evaluasinya belum ditetapkan untuk satu periode, seluruh instansi atau satu unit beserta unit di bawahnya, sebagai berkas Excel; unduhan dicatat',
        params: AgencyParams,
        querystring: EvaluationUnfinishedQuery,
        produces: [XLSX_TYPE],
        response: errorResponses(404),
      },
    },
    async (request, reply) => sendXlsx(reply, await unfinishedDownload(ctx, principalOf(request), request.params.agencyId, request.query)),
  );

  app.get(
    '/evaluation-team.xlsx',
    {
      schema: {
        tags: TAGS,
        summary: 'Penilaian tim sebagai berkas Excel: setiap pegawai yang saya nilai dengan status, rating, dan predikat evaluasinya pada satu periode, dan kurva organisasinya; unduhan dicatat',
        querystring: TeamQuery,
        produces: [XLSX_TYPE],
        response: errorResponses(403),
      },
    },
    async (request, reply) => sendXlsx(reply, await teamDownload(ctx, principalOf(request), request.query)),
  );
}
