/** Organisation imports (units, positions, employees from a workbook). */
import { Type, type Static } from 'typebox';
import { Nullable, OpenObject, Uuid } from './common.js';

/** Created/updated/unchanged overall, per sheet under `sheets`, and errorCode when the file was refused. */
export interface ImportSummary {
  created?: number;
  updated?: number;
  unchanged?: number;
  [key: string]: unknown;
}

export const ImportProblem = Type.Object({
  sheet: Type.String({ description: "Unit, Jabatan, Pegawai, atau 'Berkas' untuk masalah berkas secara keseluruhan" }),
  row: Type.Integer({ description: 'Nomor baris di lembar kerja (baris judul = 1; 0 = seluruh berkas)' }),
  column: Type.String(),
  message: Type.String(),
});
export type ImportProblem = Static<typeof ImportProblem>;

export const ImportJob = Type.Object(
  {
    id: Uuid,
    fileName: Type.String(),
    dryRun: Type.Boolean(),
    status: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('succeeded'), Type.Literal('failed')]),
    totalRows: Type.Integer(),
    processedRows: Type.Integer(),
    problems: Type.Array(ImportProblem),
    summary: OpenObject<ImportSummary>(),
    createdAt: Type.String({ format: 'date-time' }),
    finishedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'ImportJob' },
);
export type ImportJob = Static<typeof ImportJob>;

export const ImportParams = Type.Object({ importId: Uuid });
