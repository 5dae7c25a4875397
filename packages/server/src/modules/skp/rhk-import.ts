/**
 * The RHK and IKI of one SKP draft from XLSX (issue 16 item 10): a template with the form's columns
 * (the draft's RHK already in it, and the penilai's approved RHK listed with the codes a row names
 * them by), a dry run listing every bad cell, and a real run that replaces the draft's RHK list in
 * one transaction through the same edit step as a save by hand (same access, same states, a version
 * event) with an audit row. RHK and IKI the draft already holds keep their ids, so the same file
 * twice changes nothing and subordinates' links and rencana aksi survive a re-import.
 */
import { createHash } from 'node:crypto';
import {
  ASPEK_IKI,
  ASPEK_IMPORT_LABEL,
  CASCADING_IMPORT_LABEL,
  CASCADING_TYPES,
  JENIS_IMPORT_LABEL,
  PERSPEKTIF,
  PERSPEKTIF_LABEL,
  RHK_IMPORT_HEADER,
  SKP_FORM_LABEL,
  SKP_STATUS_LABEL,
  mergeImportedRhk,
  parseRhkRows,
  rhkImportColumns,
  type Principal,
  type RhkImportColumnKey,
  type RhkImportParent,
  type RhkImportProblem,
  type RhkImportRow,
  type SkpForm,
  type SkpStatus,
} from '@kinerja/core';
import type { SkpContent, SkpRhk, SkpRhkImportResult } from '@kinerja/core/api';
import ExcelJS from 'exceljs';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { readXlsx, refuseHostileXlsx, sniffFormat, XlsxReadError } from '../imports/index.js';
import { actOnSkp } from './actions.js';
import { actorFor, capacitiesOn } from './capacity.js';
import { EMPTY_CONTENT, contentOf } from './content.js';
import { penilaiRhkOf } from './penilai-rhk.js';
import { versionContent, type SkpRow } from './queries.js';
import { peopleOf, readableSkp } from './read.js';

/** One SKP's plan is a few dozen rows; a file far larger is not a template filled in. */
export const RHK_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_PROBLEMS = 500;
/** Rows of the RHK sheet given drop-down lists. */
export const FORMATTED_ROWS = 400;
export const RHK_SHEET = 'RHK';
export const PARENT_SHEET = 'RHK Atasan';

export const EDITABLE: readonly SkpStatus[] = ['draft', 'dikembalikan'];

/**
 * The SKP, if the caller may edit it by hand now: read access (404/403 as for reading), the edit
 * capacity (the employee, or the pengelola kinerja on their behalf; 403 otherwise), and a state an
 * edit is allowed in (409 otherwise).
 */
export async function importableSkp(ctx: AppContext, p: Principal, agencyId: string, skpId: string): Promise<SkpRow> {
  const skp = await readableSkp(ctx, p, agencyId, skpId);
  actorFor(p, await capacitiesOn(ctx, p, skp), 'edit');
  if (!EDITABLE.includes(skp.status as SkpStatus)) {
    throw new AppError('CONFLICT', `SKP berstatus '${SKP_STATUS_LABEL[skp.status as SkpStatus]}' tidak dapat diisi dari berkas; RHK hanya dapat diimpor ke SKP berstatus draf atau dikembalikan.`);
  }
  return skp;
}

/** The penilai's approved RHK with the codes the template lists them under (A1, A2, … in the picker's order). */
export async function parentsOf(ctx: AppContext, skp: SkpRow): Promise<RhkImportParent[]> {
  if (skp.form === 'jpt') return [];
  const { items } = await penilaiRhkOf(ctx, skp);
  return items.map((r, i) => ({ code: `A${i + 1}`, id: r.id, text: r.text }));
}

export async function draftContent(ctx: AppContext, skp: SkpRow): Promise<SkpContent> {
  const stored = await versionContent(ctx.db, skp.agency_id, skp.id, skp.current_version);
  return stored ? contentOf(stored) : EMPTY_CONTENT;
}

export function header(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
}

export const WIDTH: Record<RhkImportColumnKey, number> = { no: 8, jenis: 12, rhk: 50, kodeAtasan: 16, cascading: 16, perspektif: 20, penugasanDari: 24, aspek: 12, iki: 50, target: 18 };

/** The draft's RHK as template rows: one per IKI, the RHK's own cells on its first row only. */
export function rowsOf(content: SkpContent, form: SkpForm, codeOf: Map<string, string>): Record<RhkImportColumnKey, string>[] {
  const out: Record<RhkImportColumnKey, string>[] = [];
  content.rhk.forEach((r, i) => {
    const own = {
      no: String(i + 1),
      jenis: JENIS_IMPORT_LABEL[r.jenis],
      rhk: r.text,
      kodeAtasan: form === 'jpt' || !r.parentRhkId ? '' : (codeOf.get(r.parentRhkId) ?? ''),
      cascading: form === 'jpt' || !r.cascadingType ? '' : CASCADING_IMPORT_LABEL[r.cascadingType],
      perspektif: form === 'jpt' && r.perspektif ? PERSPEKTIF_LABEL[r.perspektif] : '',
      penugasanDari: form === 'jpt' ? (r.penugasanDari ?? '') : '',
    };
    const iki = r.iki.length > 0 ? r.iki : [null];
    iki.forEach((k, j) => {
      const first = j === 0;
      out.push({
        no: own.no,
        jenis: first ? own.jenis : '',
        rhk: first ? own.rhk : '',
        kodeAtasan: first ? own.kodeAtasan : '',
        cascading: first ? own.cascading : '',
        perspektif: first ? own.perspektif : '',
        penugasanDari: first ? own.penugasanDari : '',
        aspek: k?.aspek ? ASPEK_IMPORT_LABEL[k.aspek] : '',
        iki: k?.text ?? '',
        target: k?.target ?? '',
      });
    });
  });
  return out;
}

/**
 * The template of one SKP: "Petunjuk" (whose SKP, how to fill it in), "RHK" (the form's columns, the
 * draft's RHK already there, drop-down lists) and, on a JA/JF form, "RHK Atasan" (the approved RHK of
 * the pejabat penilai, each with its code).
 */
export async function rhkTemplate(ctx: AppContext, skp: SkpRow): Promise<Buffer> {
  const form = skp.form as SkpForm;
  const [content, parents, people] = await Promise.all([draftContent(ctx, skp), parentsOf(ctx, skp), peopleOf(ctx.db, skp.agency_id, skp.id)]);
  const pegawai = people.find((x) => x.role === 'pegawai');
  const penilai = people.find((x) => x.role === 'pejabat_penilai');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  wb.created = ctx.now();

  const guide = wb.addWorksheet('Petunjuk');
  guide.columns = [{ width: 26 }, { width: 100 }];
  const columns = rhkImportColumns(form);
  const lines: [string, string][] = [
    ['Templat RHK dan IKI SKP', ''],
    ['Pegawai', pegawai ? `${pegawai.name}${pegawai.nip ? ` (NIP ${pegawai.nip})` : ''}` : skp.employee_name],
    ['Jabatan', pegawai?.positionName ?? ''],
    ['Periode', `${skp.period_from} s.d. ${skp.period_to}`],
    ['Bentuk SKP', SKP_FORM_LABEL[form]],
    ['Pejabat penilai', penilai ? `${penilai.name} — ${penilai.positionName}` : 'belum ditentukan'],
    ['', ''],
    ['Cara mengisi', 'Isi lembar "RHK": satu baris per Indikator Kinerja Individu (IKI). Baris-baris dengan No RHK yang sama adalah satu RHK; tulis Jenis RHK dan Rencana Hasil Kerja pada baris pertamanya saja.'],
    ['Isi SKP diganti', 'Daftar RHK pada SKP diganti dengan isi berkas ini. RHK dan IKI yang teksnya sama dengan yang sudah ada tetap dianggap RHK/IKI yang sama (tautan bawahan dan rencana aksi tetap). RHK yang tidak ada di berkas dihapus dari draf; uji coba menyebutkannya lebih dulu.'],
    ['Uji coba dulu', 'Unggah berkas: Kinerja memeriksa setiap baris dan menampilkan masalahnya (baris, kolom, alasannya) tanpa menyimpan apa pun. Setelah tidak ada masalah, pilih "Terapkan".'],
    ['Berkas yang sama dua kali', 'Tidak mengubah apa pun.'],
    ['Perilaku dan lampiran', 'Tidak diubah oleh berkas ini; isi di layar SKP.'],
    ['', ''],
    ['Kolom', ''],
    [RHK_IMPORT_HEADER.no, 'Wajib. Nomor RHK (1, 2, 3, …); sama untuk setiap IKI dari RHK yang sama.'],
    [RHK_IMPORT_HEADER.jenis, 'Wajib pada baris pertama RHK: Utama atau Tambahan.'],
    [RHK_IMPORT_HEADER.rhk, 'Wajib pada baris pertama RHK. Paling banyak 1.000 karakter.'],
    ...(form === 'jpt'
      ? ([
          [RHK_IMPORT_HEADER.perspektif, `Wajib sebelum diajukan: ${PERSPEKTIF.map((x) => PERSPEKTIF_LABEL[x]).join(', ')}.`],
          [RHK_IMPORT_HEADER.penugasanDari, 'Opsional: asal penugasan RHK (misalnya Perjanjian Kinerja Gubernur).'],
        ] as [string, string][])
      : ([
          [RHK_IMPORT_HEADER.kodeAtasan, `Kode RHK pejabat penilai yang diintervensi, dari lembar "${PARENT_SHEET}" (A1, A2, …). Wajib untuk RHK utama sebelum diajukan.`],
          [RHK_IMPORT_HEADER.cascading, 'Langsung atau Tidak Langsung, bila Kode RHK Atasan diisi.'],
          [RHK_IMPORT_HEADER.aspek, `Untuk setiap IKI: ${ASPEK_IKI.map((a) => ASPEK_IMPORT_LABEL[a]).join(', ')} (boleh dikosongkan selama draf).`],
        ] as [string, string][])),
    [RHK_IMPORT_HEADER.iki, 'Indikator Kinerja Individu. Kosongkan kolom IKI, Target (dan Aspek) untuk RHK tanpa IKI.'],
    [RHK_IMPORT_HEADER.target, 'Wajib untuk setiap IKI, dengan satuannya: 12 Laporan, 100%, 3 Bulan.'],
  ];
  for (const [a, b] of lines) guide.addRow([a, b]);
  guide.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  guide.getColumn(1).alignment = { vertical: 'top' };
  guide.getCell('A1').font = { bold: true, size: 14 };
  for (const r of [8, 14]) guide.getCell(`A${r}`).font = { bold: true };

  const ws = wb.addWorksheet(RHK_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((k) => ({ header: RHK_IMPORT_HEADER[k], key: k, width: WIDTH[k] }));
  header(ws.getRow(1));
  const codeOf = new Map(parents.map((x) => [x.id, x.code]));
  for (const row of rowsOf(content, form, codeOf)) ws.addRow(columns.map((k) => row[k]));
  const lists: Partial<Record<RhkImportColumnKey, string>> = {
    jenis: `"${Object.values(JENIS_IMPORT_LABEL).join(',')}"`,
    cascading: `"${CASCADING_TYPES.map((c) => CASCADING_IMPORT_LABEL[c]).join(',')}"`,
    aspek: `"${ASPEK_IKI.map((a) => ASPEK_IMPORT_LABEL[a]).join(',')}"`,
    perspektif: `"${PERSPEKTIF.map((x) => PERSPEKTIF_LABEL[x]).join(',')}"`,
  };
  if (parents.length > 0) lists.kodeAtasan = `'${PARENT_SHEET}'!$A$2:$A$${parents.length + 1}`;
  columns.forEach((k, i) => {
    const col = ws.getColumn(i + 1);
    col.alignment = { wrapText: true, vertical: 'top' };
    // No RHK and Target as text: "1" stays "1", "100%" is not turned into 1.
    if (k === 'no' || k === 'target' || k === 'kodeAtasan') col.numFmt = '@';
    const list = lists[k];
    // The dataValidations collection exists at runtime but not in exceljs' type declarations.
    if (list) (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add(`${col.letter}2:${col.letter}${FORMATTED_ROWS}`, { type: 'list', allowBlank: true, formulae: [list] });
  });

  if (form !== 'jpt') {
    const ps = wb.addWorksheet(PARENT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    ps.columns = [
      { header: 'Kode', width: 8 },
      { header: 'RHK pejabat penilai yang dapat diintervensi', width: 90 },
    ];
    header(ps.getRow(1));
    for (const x of parents) ps.addRow([x.code, x.text]);
    if (parents.length === 0) ps.addRow(['', 'SKP pejabat penilai untuk periode ini belum disetujui: kosongkan kolom Kode RHK Atasan untuk sementara, lalu pilih RHK atasan di layar SKP setelah SKP atasan disetujui.']);
    ps.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function templateFileName(skp: SkpRow): string {
  const name = skp.employee_name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'pegawai';
  return `templat-rhk-skp-${name}-${skp.period_from.slice(0, 4)}.xlsx`;
}

/** The RHK sheet's rows from its header row down: the sheet named RHK (or the first that has the columns). */
export async function sheetRows(buffer: Buffer): Promise<{ rows: RhkImportRow[]; problems: RhkImportProblem[] }> {
  let tables;
  try {
    tables = await readXlsx(buffer);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new AppError('UNSUPPORTED_MEDIA_TYPE', e.message);
    throw e;
  }
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const isHeader = (cells: readonly { text: string }[]) => cells.some((c) => norm(c.text) === 'rencanahasilkerja');
  const table = tables.find((t) => norm(t.name) === 'rhk') ?? tables.find((t) => t.rows.slice(0, 10).some((r) => isHeader(r.cells)));
  if (!table) return { rows: [], problems: [{ row: 1, column: '', cell: null, message: `Lembar "${RHK_SHEET}" tidak ditemukan. Unduh templat SKP ini, isi lembar "${RHK_SHEET}", lalu unggah kembali.` }] };
  // A title line above the headers (some users add one) is skipped: the rows start at the header row.
  const start = Math.max(0, table.rows.slice(0, 10).findIndex((r) => isHeader(r.cells)));
  return { rows: table.rows.slice(start).map((r) => ({ row: r.row, cells: r.cells })), problems: [] };
}

/**
 * A dry run (the default) or a real run of one uploaded file. The real run with a bad row stores
 * nothing and answers 422 IMPORT_INVALID with the rows, as the other imports do.
 */
export async function importRhk(ctx: AppContext, p: Principal, skp: SkpRow, upload: { fileName: string; buffer: Buffer; dryRun: boolean }): Promise<SkpRhkImportResult> {
  const sniffed = sniffFormat(upload.buffer);
  if (!sniffed.ok) throw new AppError('UNSUPPORTED_MEDIA_TYPE', sniffed.message);
  if (sniffed.format !== 'xlsx') throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unggah berkas Excel (.xlsx) dari templat SKP ini, bukan CSV.');
  await refuseHostileXlsx(upload.buffer);
  const read = await sheetRows(upload.buffer);
  const form = skp.form as SkpForm;
  const [parents, current] = await Promise.all([parentsOf(ctx, skp), draftContent(ctx, skp)]);
  const parsed = read.problems.length > 0 ? { rhk: [], problems: read.problems } : parseRhkRows(read.rows, form, parents);
  const problems = parsed.problems.slice(0, MAX_PROBLEMS);
  const merge = mergeImportedRhk<SkpRhk>(current.rhk, parsed.rhk, newId);
  const parentText = new Map(parents.map((x) => [x.id, `${x.code} — ${x.text}`]));
  const base = {
    dryRun: upload.dryRun,
    rows: Math.max(0, read.rows.length - 1),
    problems,
    rhk: parsed.rhk.map((r, i) => ({
      no: r.no,
      row: r.row,
      jenis: r.jenis,
      text: r.text,
      parentText: r.parentRhkId ? (parentText.get(r.parentRhkId) ?? null) : null,
      cascadingType: r.cascadingType,
      perspektif: r.perspektif,
      iki: r.iki.map((k) => ({ row: k.row, aspek: k.aspek, text: k.text, target: k.target })),
      change: merge.outcome[i]!,
    })),
    removed: problems.length > 0 ? [] : merge.removed.map((r) => ({ id: r.id, text: r.text })),
  };

  if (problems.length > 0) {
    if (upload.dryRun) return { ...base, outcome: 'ada_masalah' };
    throw new AppError(
      'IMPORT_INVALID',
      undefined,
      problems.map((x) => ({ field: x.cell ?? `baris ${x.row}`, message: `Baris ${x.row}${x.column ? `, kolom ${x.column}` : ''}: ${x.message}` })),
    );
  }
  if (merge.unchanged) return { ...base, outcome: 'tidak_berubah' };
  if (upload.dryRun) return { ...base, outcome: 'uji_coba' };

  const sha256 = createHash('sha256').update(upload.buffer).digest('hex');
  const count = (c: 'baru' | 'diubah' | 'tetap') => merge.outcome.filter((x) => x === c).length;
  await actOnSkp(ctx, p, skp.agency_id, skp.id, { type: 'edit', requestId: newId(), content: { rhk: merge.rhk, perilaku: current.perilaku, lampiran: current.lampiran } }, (trx) =>
    recordAudit(trx, {
      agencyId: skp.agency_id,
      actorAccountId: p.accountId,
      action: 'skp.rhk_imported',
      entity: 'skp',
      entityId: skp.id,
      data: { fileName: upload.fileName, sha256, version: skp.current_version, rhk: merge.rhk.length, added: count('baru'), changed: count('diubah'), removed: merge.removed.length },
    }),
  );
  return { ...base, outcome: 'diterapkan' };
}
