import { TppNominatifMonthParams, TppNominatifRunParams } from '@kinerja/core/api';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { exportProvinceNominatif, exportRunNominatif, type NominatifFile } from './service.js';

const TAGS = ['tpp'];

/** The daftar nominatif of a run, for finance: XLSX (a sheet per OPD and the recap) and the A4 landscape PDF to sign. */
export async function tppFinanceRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  for (const format of ['xlsx', 'pdf'] as const) {
    app.get(
      `/agencies/:agencyId/tpp/runs/:runId/nominatif.${format}`,
      {
        schema: {
          tags: TAGS,
          summary:
            format === 'xlsx'
              ? 'Daftar nominatif TPP satu perhitungan sebagai berkas Excel (rekapitulasi dan satu lembar per OPD); belum dikunci = DRAF'
              : 'Daftar nominatif TPP satu perhitungan sebagai PDF A4 mendatar dengan jumlah dan tanda tangan PA/KPA dan bendahara; belum dikunci = DRAF',
          params: TppNominatifRunParams,
          produces: [TYPES[format]],
          response: errorResponses(404),
        },
      },
      async (request, reply) => {
        const file = await exportRunNominatif(ctx, principalOf(request), request.params.agencyId, request.params.runId, format);
        return send(reply, file, format);
      },
    );
    app.get(
      `/tpp/months/:month/nominatif.${format}`,
      {
        schema: {
          tags: TAGS,
          summary: `Daftar nominatif TPP sebulan untuk semua OPD yang boleh dibaca (BKD dan auditor: seluruh provinsi) dengan rekapitulasi per OPD, sebagai ${format === 'xlsx' ? 'berkas Excel' : 'PDF'}; ada yang belum dikunci = DRAF`,
          params: TppNominatifMonthParams,
          produces: [TYPES[format]],
          response: errorResponses(404),
        },
      },
      async (request, reply) => send(reply, await exportProvinceNominatif(ctx, principalOf(request), request.params.month, format), format),
    );
  }
}

const TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;

function send(reply: FastifyReply, file: NominatifFile, format: 'xlsx' | 'pdf'): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `${format === 'pdf' ? 'inline' : 'attachment'}; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .header('content-length', file.bytes.length)
    .send(file.bytes);
}
