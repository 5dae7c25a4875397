/** "My data" archives (UU PDP 27/2022): everything held about an employee, as one ZIP. */
import { Type, type Static } from 'typebox';
import { IsoDateTime, Literals, Nullable, Uuid } from './common.js';

export const DataExportParams = Type.Object({ agencyId: Uuid, employeeId: Uuid });
export const DataExportIdParams = Type.Object({ agencyId: Uuid, exportId: Uuid });

export const DATA_EXPORT_REASON_MIN = 10;
export const DataExportBody = Type.Object(
  {
    reason: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 500,
        description: `Wajib bila dibuat oleh admin untuk pegawai lain (minimal ${DATA_EXPORT_REASON_MIN} karakter): dasar permintaan tertulis, misalnya nomor surat`,
      }),
    ),
  },
  { additionalProperties: false },
);

export const DataExportSchema = Type.Object({
  id: Uuid,
  employeeId: Uuid,
  status: Literals(['queued', 'running', 'ready', 'failed']),
  partsDone: Type.Integer({ minimum: 0 }),
  partsTotal: Type.Integer({ minimum: 0 }),
  sizeBytes: Nullable(Type.Integer({ minimum: 0 })),
  error: Nullable(Type.String()),
  /** Made by an admin for the employee (with the written request it rests on). */
  onBehalf: Type.Boolean(),
  reason: Nullable(Type.String()),
  createdAt: IsoDateTime,
  finishedAt: Nullable(IsoDateTime),
  /** After this the file is removed; ask for a new one. */
  expiresAt: Nullable(IsoDateTime),
});
export type DataExport = Static<typeof DataExportSchema>;

export const DataExportResponse = Type.Object({ export: DataExportSchema });
export const DataExportsResponse = Type.Object({ exports: Type.Array(DataExportSchema) });
