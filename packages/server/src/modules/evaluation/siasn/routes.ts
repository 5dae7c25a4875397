import { AgencyParams, SiasnCodeBody, SiasnCodeParams, SiasnPushAnswer, SiasnPushQuery, SiasnReferenceCode, SiasnReferenceCodesAnswer, YearQuery } from '@kinerja/core/api';
import type { AppContext } from '../../../context.js';
import { errorResponses, type ApiApp } from '../../../http/schemas.js';
import { principalOf } from '../../auth/index.js';
import { XLSX_TYPE } from '../../imports/index.js';
import { siasnExportDownload } from '../siasn-export.js';
import { listReferenceCodes, setReferenceCode } from './codes.js';
import { pushToSiasn } from './push.js';

const TAGS = ['evaluation'];
const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: XLSX_TYPE, json: 'application/json; charset=utf-8' } as const;
const SUMMARY = {
  csv: 'Ekspor hasil evaluasi tahunan yang telah ditetapkan untuk unggahan SKP SIASN (rw-skp22) sebagai CSV, dengan kode referensi SIASN dan daftar pegawai yang belum memiliki hasil tahunan yang ditetapkan',
  xlsx: 'Ekspor SIASN sebagai XLSX: lembar SKP Tahunan (rw-skp22), Kinerja Periodik, Belum Ditetapkan dan Kode Belum Diisi, dengan nama kolom SIASN dan kode referensinya',
  json: 'Ekspor SIASN sebagai JSON: skp22, kinerjaPeriodik, belumDitetapkan dan kodeBelumDiisi, dengan nama kolom SIASN dan kode referensinya',
} as const;

/** The SIASN export (CSV, XLSX, JSON), the reference codes the BKD keeps, and the push (off by default). */
export async function siasnRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  for (const format of ['csv', 'xlsx', 'json'] as const) {
    app.get(
      `/agencies/:agencyId/evaluation-exports/siasn.${format}`,
      {
        schema: {
          tags: TAGS,
          summary: SUMMARY[format],
          params: AgencyParams,
          querystring: YearQuery,
          produces: [TYPES[format].split(';')[0]!],
          response: errorResponses(403),
        },
      },
      async (request, reply) => {
        const { body, fileName } = await siasnExportDownload(ctx, principalOf(request), request.params.agencyId, request.query.year, format);
        return reply.header('content-type', TYPES[format]).header('content-disposition', `attachment; filename="${fileName}"`).send(body);
      },
    );
  }

  app.post(
    '/agencies/:agencyId/evaluation-exports/siasn-push',
    {
      schema: {
        tags: TAGS,
        summary:
          'Kirim hasil evaluasi tahunan (skp22) dan periodik (kinerja periodik) yang telah ditetapkan ke API SIASN, satu per satu; hasil setiap data dilaporkan (berhasil, ditolak, waktu habis). Dengan only=failed hanya data yang gagal pada pengiriman terakhir tahun itu yang dikirim ulang. Mati kecuali server dikonfigurasi (KINERJA_SIASN_PUSH)',
        params: AgencyParams,
        querystring: SiasnPushQuery,
        response: { 200: SiasnPushAnswer, ...errorResponses(403, 409) },
      },
    },
    async (request) => pushToSiasn(ctx, principalOf(request), request.params.agencyId, request.query.year, { only: request.query.only }),
  );

  app.get(
    '/siasn/reference-codes',
    {
      schema: {
        tags: TAGS,
        summary: 'Kode referensi SIASN (perilakuDanKinerja, kuadranNilai, periodik, koefisien, golonganPns) yang dipakai ekspor dan pengiriman ke SIASN',
        response: { 200: SiasnReferenceCodesAnswer, ...errorResponses(403) },
      },
    },
    async (request) => listReferenceCodes(ctx, principalOf(request)),
  );

  app.put(
    '/siasn/reference-codes/:list/:key',
    {
      schema: {
        tags: TAGS,
        summary: 'Ubah satu kode referensi SIASN sesuai daftar referensi SIASN (admin BKD; tercatat di jejak audit)',
        params: SiasnCodeParams,
        body: SiasnCodeBody,
        response: { 200: SiasnReferenceCode, ...errorResponses(403, 404) },
      },
    },
    async (request) => setReferenceCode(ctx, principalOf(request), request.params.list, request.params.key, request.body),
  );
}
