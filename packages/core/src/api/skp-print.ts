/**
 * The printed SKP and the signed scans kept with an approved one. The PDF itself is the answer's
 * body (application/pdf); the scans are evidence files (photo or PDF) named by their SHA-256.
 */
import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable, Sha256, Uuid } from './common.js';

export const SkpScanParams = Type.Object({ agencyId: Uuid, skpId: Uuid, sha256: Sha256 });

export const SkpScan = Type.Object(
  {
    sha256: Sha256,
    /** The approved version the scan signs (the version in force when it was uploaded). */
    version: Type.Integer(),
    mediaType: Type.Union([Type.Literal('image/jpeg'), Type.Literal('application/pdf')]),
    /** Size of the file as uploaded. */
    byteSize: Type.Integer(),
    uploadedAt: IsoDateTime,
    uploadedByName: Nullable(Type.String()),
  },
  { $id: 'SkpScan' },
);
export type SkpScan = Static<typeof SkpScan>;

export const SkpScansAnswer = Type.Object({ items: Type.Array(Type.Ref('SkpScan')) });
export type SkpScansAnswer = { items: SkpScan[] };
