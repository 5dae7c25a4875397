import { SkpParams } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { skpPdf } from './pdf.js';

const TAGS = ['skp'];

/** The printed SKP (PDF), and the signed scans kept with an approved one. */
export async function skpPrintRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get(
    '/agencies/:agencyId/skp/:skpId/pdf',
    {
      schema: {
        tags: TAGS,
        summary: 'Cetak SKP sebagai PDF (A4, formulir PermenPANRB 6/2022): versi yang berlaku, atau draf bertanda DRAF bila belum disetujui',
        params: SkpParams,
        produces: ['application/pdf'],
        response: { ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const pdf = await skpPdf(ctx, principalOf(request), request.params.agencyId, request.params.skpId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${pdf.fileName}"`)
        .header('cache-control', 'private, no-store')
        .header('content-length', pdf.bytes.length)
        .send(pdf.bytes);
    },
  );
}
