/**
 * Importing the RHK and IKI of one SKP draft from XLSX (issue 16 item 10). Routes (under /api/v1):
 * - GET  /agencies/:agencyId/skp/:skpId/rhk-import/template.xlsx   the template: the draft's RHK as rows, and
 *        the penilai's approved RHK (lembar "RHK Atasan") with the codes the rows name them by
 * - POST /agencies/:agencyId/skp/:skpId/rhk-import                 multipart `file` and `dryRun` ("true" by default):
 *        the dry run lists every bad row; a real run replaces the draft's RHK list in one transaction
 *        (422 IMPORT_INVALID if a row is bad), and the same file twice changes nothing.
 */
import { Type, type Static } from 'typebox';
import { CASCADING_TYPES, JENIS_RHK, PERSPEKTIF } from '../skp/forms.js';
import { Literals, Nullable, Uuid } from './common.js';

export const SkpRhkImportProblem = Type.Object({
  row: Type.Integer(),
  /** The column's header as in the template ('' for the whole sheet). */
  column: Type.String(),
  /** The cell's address (C7) when the column was found. */
  cell: Nullable(Type.String()),
  message: Type.String(),
});
export type SkpRhkImportProblem = Static<typeof SkpRhkImportProblem>;

export const SKP_RHK_IMPORT_OUTCOMES = ['uji_coba', 'diterapkan', 'tidak_berubah', 'ada_masalah'] as const;

export const SkpRhkImportResult = Type.Object({
  dryRun: Type.Boolean(),
  /**
   * uji_coba: a dry run of a good file (nothing stored); diterapkan: stored; tidak_berubah: the file says
   * what the draft already holds (nothing stored, a real run included); ada_masalah: a dry run with bad rows.
   */
  outcome: Literals(SKP_RHK_IMPORT_OUTCOMES),
  /** Data rows read below the header row (empty rows not counted). */
  rows: Type.Integer(),
  /** Every bad cell, in sheet order (the first 500). */
  problems: Type.Array(SkpRhkImportProblem),
  /** The file's RHK in order, and what applying them does to each. */
  rhk: Type.Array(
    Type.Object({
      no: Type.String(),
      row: Type.Integer(),
      jenis: Literals(JENIS_RHK),
      text: Type.String(),
      /** The intervened RHK of the penilai, as listed on the template's RHK Atasan sheet. */
      parentText: Nullable(Type.String()),
      cascadingType: Nullable(Literals(CASCADING_TYPES)),
      perspektif: Nullable(Literals(PERSPEKTIF)),
      iki: Type.Array(Type.Object({ row: Type.Integer(), aspek: Nullable(Type.String()), text: Type.String(), target: Type.String() })),
      change: Literals(['baru', 'diubah', 'tetap'] as const),
    }),
  ),
  /** The draft's RHK the file does not hold: applying the file removes them. */
  removed: Type.Array(Type.Object({ id: Uuid, text: Type.String() })),
});
export type SkpRhkImportResult = Static<typeof SkpRhkImportResult>;

/**
 * One file for many employees (the agency's pengelola kinerja): the RHK sheet with a NIP column in front.
 * - GET  /agencies/:agencyId/skp-rhk-import/template.xlsx?year=   every draft (or returned) SKP of the year, one block of rows per NIP
 * - POST /agencies/:agencyId/skp-rhk-import                        multipart `file`, `dryRun` ("true" by default) and `year`:
 *        all or nothing for the file — with any bad cell nothing is stored (422 IMPORT_INVALID on a real run);
 *        a good file changes every named draft in one transaction, each through the same edit step as by hand.
 */
export const SkpRhkBulkImportQuery = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });

export const SkpRhkBulkImportProblem = Type.Object({
  ...SkpRhkImportProblem.properties,
  /** The NIP of the row's employee, when the row names a valid one. */
  nip: Nullable(Type.String()),
});

export const SkpRhkBulkImportResult = Type.Object({
  dryRun: Type.Boolean(),
  outcome: Literals(SKP_RHK_IMPORT_OUTCOMES),
  year: Type.Integer(),
  /** Data rows read below the header row. */
  rows: Type.Integer(),
  problems: Type.Array(SkpRhkBulkImportProblem),
  /** Per NIP in the file, in file order: whose SKP, and what applying the file does to it. */
  employees: Type.Array(
    Type.Object({
      nip: Type.String(),
      name: Nullable(Type.String()),
      skpId: Nullable(Uuid),
      row: Type.Integer(),
      rhk: Type.Integer(),
      iki: Type.Integer(),
      added: Type.Integer(),
      changed: Type.Integer(),
      /** The draft's RHK the file does not hold: applying the file removes them. */
      removed: Type.Array(Type.String()),
      change: Literals(['berubah', 'tetap'] as const),
    }),
  ),
});
export type SkpRhkBulkImportResult = Static<typeof SkpRhkBulkImportResult>;
