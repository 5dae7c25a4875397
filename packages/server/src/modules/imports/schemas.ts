import { Type } from 'typebox';
import { Nullable, Uuid } from '../../http/schemas.js';

export const ImportProblem = Type.Object({
  sheet: Type.String({ description: "Unit, Jabatan, Pegawai, atau 'Berkas' untuk masalah berkas secara keseluruhan" }),
  row: Type.Integer({ description: 'Nomor baris di lembar kerja (baris judul = 1; 0 = seluruh berkas)' }),
  column: Type.String(),
  message: Type.String(),
});

export const ImportJob = Type.Object(
  {
    id: Uuid,
    fileName: Type.String(),
    dryRun: Type.Boolean(),
    status: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('succeeded'), Type.Literal('failed')]),
    totalRows: Type.Integer(),
    processedRows: Type.Integer(),
    problems: Type.Array(ImportProblem),
    // created/updated/unchanged overall, per sheet under `sheets`, and errorCode when the file was refused.
    summary: Type.Object({}, { additionalProperties: true }),
    createdAt: Type.String({ format: 'date-time' }),
    finishedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'ImportJob' },
);

export const ImportParams = Type.Object({ importId: Uuid });
