/** Evidence files (photos, PDFs) named by the SHA-256 of their bytes. */
import { Type, type Static } from 'typebox';
import { Nullable } from './common.js';

export const Sha256Params = Type.Object({
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 isi berkas yang diunggah, 64 huruf heksadesimal kecil' }),
});

export const EvidenceMeta = Type.Object(
  {
    sha256: Type.String(),
    mediaType: Type.Union([Type.Literal('image/jpeg'), Type.Literal('application/pdf')]),
    byteSize: Type.Integer({ description: 'Ukuran berkas seperti diunggah (bita)' }),
    storedSize: Type.Integer({ description: 'Ukuran salinan yang disimpan server (bita); foto dikodekan ulang' }),
    width: Nullable(Type.Integer()),
    height: Nullable(Type.Integer()),
    capturedAt: Nullable(Type.String({ format: 'date-time', description: 'Waktu pengambilan foto menurut EXIF' })),
  },
  { $id: 'EvidenceMeta' },
);
export type EvidenceMeta = Static<typeof EvidenceMeta>;
