/**
 * The RHK and IKI of many employees' SKP drafts from one XLSX (issue 16 item 10), for the agency's
 * pengelola kinerja: the per-SKP template's RHK sheet with NIP (and name) in front, one block of rows
 * per employee. Each NIP's rows are read by core's `parseRhkRows` as if they were that SKP's own file
 * (against that employee's penilai's approved RHK), and merged by text the same way.
 *
 * All or nothing for the file: any bad cell anywhere (an unknown NIP, a NIP of another agency, an SKP
 * not in draft, a bad cell of any employee's rows) and nothing is stored; a good file changes every
 * named draft in ONE transaction, each through the same edit step as a save by hand (`runSkpStep`:
 * same access and states, a version event) with its own audit row. Why not per employee: the dry run
 * already lists every problem of the whole file in one pass, so a file can be made whole before it is
 * applied; a file that lands half leaves the admin to find out who got what; and a fixed file uploaded
 * again changes only what changed (merging by text makes the same file twice change nothing).
 */
import { createHash } from 'node:crypto';
import {
  ASPEK_IKI,
  ASPEK_IMPORT_LABEL,
  PERSPEKTIF,
  PERSPEKTIF_LABEL,
  RHK_BULK_COLUMNS,
  RHK_BULK_NAME_HEADER,
  RHK_BULK_NIP_HEADER,
  RHK_IMPORT_HEADER,
  SKP_FORM_LABEL,
  SKP_STATUS_LABEL,
  groupRowsByNip,
  mergeImportedRhk,
  parseRhkRows,
  type Principal,
  type RhkImportColumnKey,
  type RhkImportProblem,
  type SkpForm,
  type SkpStatus,
} from '@kinerja/core';
import type { SkpContent, SkpRhk, SkpRhkBulkImportResult } from '@kinerja/core/api';
import ExcelJS from 'exceljs';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { refuseHostileXlsx, sniffFormat } from '../imports/index.js';
import { prepareSkpStep, runSkpStep, type PreparedSkpStep } from './actions.js';
import { editableSkpsOfAgency, employeesOfNips, skpsOfEmployees } from './queries.js';
import { EDITABLE, FORMATTED_ROWS, MAX_PROBLEMS, PARENT_SHEET, RHK_SHEET, WIDTH, draftContent, header, parentsOf, rowsOf, sheetRows } from './rhk-import.js';

/** An agency's plans: a few thousand rows; far larger is not the template filled in. */
export const RHK_BULK_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
const statusLabel = (s: string) => SKP_STATUS_LABEL[s as SkpStatus] ?? s;

/**
 * The template for the agency's drafts of a year: "Petunjuk", "RHK" (NIP, name, then every column of
 * both forms; each draft's RHK already there, or one row with the NIP and name for an empty draft) and
 * "RHK Atasan" (per employee, their penilai's approved RHK with the codes that employee's rows use).
 */
export async function rhkBulkTemplate(ctx: AppContext, p: Principal, agencyId: string, year: number): Promise<Buffer> {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  const { from, to } = yearRange(year);
  const skps = await editableSkpsOfAgency(ctx.db, agencyId, from, to);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  wb.created = ctx.now();

  const guide = wb.addWorksheet('Petunjuk');
  guide.columns = [{ width: 26 }, { width: 100 }];
  const lines: [string, string][] = [
    ['Templat RHK dan IKI banyak pegawai', ''],
    ['Periode', `Tahun ${year}: ${skps.length} SKP berstatus draf atau dikembalikan`],
    ['', ''],
    ['Cara mengisi', `Isi lembar "${RHK_SHEET}": satu baris per IKI, dengan NIP pegawai pemilik SKP pada setiap baris. Baris-baris satu pegawai dengan No RHK yang sama adalah satu RHK; tulis Jenis RHK dan Rencana Hasil Kerja pada baris pertamanya saja.`],
    ['Kolom menurut bentuk SKP', `SKP JA/JF: isi ${RHK_IMPORT_HEADER.kodeAtasan}, ${RHK_IMPORT_HEADER.cascading} dan ${RHK_IMPORT_HEADER.aspek}; kosongkan ${RHK_IMPORT_HEADER.perspektif} dan ${RHK_IMPORT_HEADER.penugasanDari}. SKP JPT: sebaliknya.`],
    ['Kode RHK Atasan', `Kode dari lembar "${PARENT_SHEET}" pada baris NIP pegawai yang sama: setiap pegawai memiliki daftar kode RHK pejabat penilainya sendiri (A1, A2, …).`],
    ['Isi SKP diganti', 'Daftar RHK pada SKP setiap pegawai yang tercantum diganti dengan barisnya di berkas ini. RHK dan IKI yang teksnya sama tetap dianggap RHK/IKI yang sama (tautan bawahan dan rencana aksi tetap). Pegawai yang barisnya tidak memuat RHK tidak diubah.'],
    ['Semua atau tidak sama sekali', 'Bila satu sel saja salah, tidak ada SKP yang diubah. Uji coba menampilkan setiap masalah (baris, kolom, NIP, alasannya); perbaiki semuanya, lalu pilih "Terapkan".'],
    ['Berkas yang sama dua kali', 'Tidak mengubah apa pun.'],
    ['NIP', 'Ketik sebagai teks (kolom ini sudah berformat teks): NIP yang diketik sebagai angka kehilangan digit terakhirnya.'],
    [RHK_IMPORT_HEADER.aspek, ASPEK_IKI.map((a) => ASPEK_IMPORT_LABEL[a]).join(', ')],
    [RHK_IMPORT_HEADER.perspektif, PERSPEKTIF.map((x) => PERSPEKTIF_LABEL[x]).join(', ')],
  ];
  for (const [a, b] of lines) guide.addRow([a, b]);
  guide.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  guide.getCell('A1').font = { bold: true, size: 14 };

  const ws = wb.addWorksheet(RHK_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  ws.columns = [
    { header: RHK_BULK_NIP_HEADER, width: 21 },
    { header: RHK_BULK_NAME_HEADER, width: 28 },
    ...RHK_BULK_COLUMNS.map((k) => ({ header: RHK_IMPORT_HEADER[k], width: WIDTH[k] })),
  ];
  header(ws.getRow(1));
  const ps = wb.addWorksheet(PARENT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ps.columns = [
    { header: RHK_BULK_NIP_HEADER, width: 21 },
    { header: RHK_BULK_NAME_HEADER, width: 28 },
    { header: 'Kode', width: 8 },
    { header: 'RHK pejabat penilai yang dapat diintervensi', width: 90 },
  ];
  header(ps.getRow(1));
  // One SKP after another: a few reads each, for an agency's drafts of one year.
  for (const skp of skps) {
    const nip = skp.nip ?? '';
    const [content, parents] = await Promise.all([draftContent(ctx, skp), parentsOf(ctx, skp)]);
    const rows = rowsOf(content, skp.form as SkpForm, new Map(parents.map((x) => [x.id, x.code])));
    if (rows.length === 0) ws.addRow([nip, skp.employee_name]);
    for (const row of rows) ws.addRow([nip, skp.employee_name, ...RHK_BULK_COLUMNS.map((k) => row[k])]);
    for (const x of parents) ps.addRow([nip, skp.employee_name, x.code, x.text]);
  }
  ws.columns.forEach((col, i) => {
    col.alignment = { wrapText: true, vertical: 'top' };
    const k = i < 2 ? null : RHK_BULK_COLUMNS[i - 2]!;
    if (i === 0 || k === 'no' || k === 'target' || k === 'kodeAtasan') col.numFmt = '@';
  });
  ps.getColumn(1).numFmt = '@';
  ps.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  const lists: Partial<Record<RhkImportColumnKey, string>> = {
    jenis: '"Utama,Tambahan"',
    cascading: '"Langsung,Tidak Langsung"',
    aspek: `"${ASPEK_IKI.map((a) => ASPEK_IMPORT_LABEL[a]).join(',')}"`,
    perspektif: `"${PERSPEKTIF.map((x) => PERSPEKTIF_LABEL[x]).join(',')}"`,
  };
  const last = Math.max(FORMATTED_ROWS, ws.rowCount + 200);
  RHK_BULK_COLUMNS.forEach((k, i) => {
    const list = lists[k];
    const letter = ws.getColumn(i + 3).letter;
    if (list) (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add(`${letter}2:${letter}${last}`, { type: 'list', allowBlank: true, formulae: [list] });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type BulkProblem = SkpRhkBulkImportResult['problems'][number];
type BulkEmployee = SkpRhkBulkImportResult['employees'][number];

/** A dry run (the default) or a real run of one many-employee file; see the file's comment for all-or-nothing. */
export async function importRhkBulk(ctx: AppContext, p: Principal, agencyId: string, year: number, upload: { fileName: string; buffer: Buffer; dryRun: boolean }): Promise<SkpRhkBulkImportResult> {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  const sniffed = sniffFormat(upload.buffer);
  if (!sniffed.ok) throw new AppError('UNSUPPORTED_MEDIA_TYPE', sniffed.message);
  if (sniffed.format !== 'xlsx') throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unggah berkas Excel (.xlsx) dari templat RHK banyak pegawai, bukan CSV.');
  await refuseHostileXlsx(upload.buffer);
  const read = await sheetRows(upload.buffer);

  const problems: BulkProblem[] = read.problems.map((x) => ({ ...x, nip: null }));
  const employees: BulkEmployee[] = [];
  const changes: { prepared: SkpRequestContent; employee: BulkEmployee; version: number }[] = [];
  const head = read.rows[0];
  const dataRows = read.rows.slice(1);
  const grouped = head && problems.length === 0 ? groupRowsByNip(head, dataRows) : null;
  if (head && problems.length === 0 && !grouped) {
    problems.push({ row: head.row, column: '', cell: null, nip: null, message: `Kolom "${RHK_BULK_NIP_HEADER}" tidak ditemukan pada baris judul (baris ${head.row}). Gunakan templat RHK banyak pegawai; berkas RHK satu SKP diunggah dari layar SKP-nya.` });
  }
  if (grouped) {
    problems.push(...grouped.problems.map((x) => ({ ...x, nip: null })));
    // An employee whose rows hold no RHK cell (the template's line for an empty draft, left as it is) is not in the file.
    const rhkColumns = new Set(head!.cells.flatMap((c, i) => (Object.values(RHK_IMPORT_HEADER).some((h) => key(h) === key(c.text)) ? [i] : [])));
    const groups = grouped.groups.filter((g) => g.rows.some((r) => r.cells.some((c, i) => rhkColumns.has(i) && (c.text.trim() !== '' || c.error))));
    const { from, to } = yearRange(year);
    const people = groups.length > 0 ? await employeesOfNips(ctx.db, groups.map((g) => g.nip)) : [];
    const ours = new Map(people.filter((e) => e.agency_id === agencyId).map((e) => [e.nip, e]));
    const elsewhere = new Set(people.filter((e) => e.agency_id !== agencyId).map((e) => e.nip));
    const skps = ours.size > 0 ? await skpsOfEmployees(ctx.db, agencyId, [...ours.values()].map((e) => e.id), from, to) : [];

    for (const g of groups) {
      const person = ours.get(g.nip);
      const at = (message: string) => problems.push({ row: g.row, column: RHK_BULK_NIP_HEADER, cell: g.cell, nip: g.nip, message });
      const entry: BulkEmployee = { nip: g.nip, name: person?.name ?? null, skpId: null, row: g.row, rhk: 0, iki: 0, added: 0, changed: 0, removed: [], change: 'tetap' };
      employees.push(entry);
      if (!person) {
        at(
          elsewhere.has(g.nip)
            ? `NIP ${g.nip} adalah pegawai instansi lain; berkas ini hanya dapat memuat pegawai instansi ini.`
            : `NIP ${g.nip} tidak terdaftar sebagai pegawai. Periksa NIP-nya (18 angka, diketik sebagai teks).`,
        );
        continue;
      }
      const theirs = skps.filter((s) => s.employee_id === person.id);
      const editable = theirs.filter((s) => EDITABLE.includes(s.status as SkpStatus));
      if (theirs.length === 0) {
        at(`${person.name} belum memiliki SKP periode ${year}; buat SKP-nya lebih dulu (layar SKP pegawai), lalu unggah ulang berkas ini.`);
        continue;
      }
      if (editable.length === 0) {
        const states = [...new Set(theirs.map((s) => `'${statusLabel(s.status)}'`))].join(', ');
        at(`SKP ${person.name} periode ${year} berstatus ${states}; RHK hanya dapat diimpor ke SKP berstatus draf atau dikembalikan.`);
        continue;
      }
      if (editable.length > 1) {
        const list = editable.map((s) => `${s.period_from} s.d. ${s.period_to}`).join(' dan ');
        at(`${person.name} memiliki ${editable.length} SKP draf pada ${year} (${list}); impor RHK-nya dari layar masing-masing SKP.`);
        continue;
      }
      const skp = editable[0]!;
      entry.skpId = skp.id;
      const form = skp.form as SkpForm;
      const [parents, current] = await Promise.all([parentsOf(ctx, skp), draftContent(ctx, skp)]);
      const parsed = parseRhkRows([head!, ...g.rows], form, parents);
      for (const x of parsed.problems) {
        // A header problem (a column the employee's form needs) is said once for the file, not once per employee.
        if (x.row === head!.row && problems.some((y) => y.row === x.row && y.message === x.message)) continue;
        problems.push({ ...x, nip: x.row === head!.row ? null : g.nip, message: x.row === head!.row ? `${x.message} (${SKP_FORM_LABEL[form]}: ${person.name})` : x.message });
      }
      const merge = mergeImportedRhk<SkpRhk>(current.rhk, parsed.rhk, newId);
      entry.rhk = parsed.rhk.length;
      entry.iki = parsed.rhk.reduce((n, r) => n + r.iki.length, 0);
      entry.added = merge.outcome.filter((x) => x === 'baru').length;
      entry.changed = merge.outcome.filter((x) => x === 'diubah').length;
      entry.removed = merge.removed.map((r) => r.text);
      entry.change = merge.unchanged ? 'tetap' : 'berubah';
      if (parsed.problems.length === 0 && !merge.unchanged) {
        changes.push({ prepared: { skpId: skp.id, content: { rhk: merge.rhk, perilaku: current.perilaku, lampiran: current.lampiran } }, employee: entry, version: skp.current_version });
      }
    }
  }
  if (dataRows.length === 0 && problems.length === 0) problems.push({ row: (head?.row ?? 1) + 1, column: '', cell: null, nip: null, message: 'Belum ada baris RHK di bawah baris judul; isi satu baris per IKI dengan NIP pegawainya.' });

  const col = (x: RhkImportProblem) => (x.cell ? x.cell.replace(/\d+$/, '') : '');
  problems.sort((a, b) => a.row - b.row || col(a).length - col(b).length || col(a).localeCompare(col(b)));
  const listed = problems.slice(0, MAX_PROBLEMS);
  const base = { dryRun: upload.dryRun, year, rows: dataRows.length, problems: listed, employees };
  if (listed.length > 0) {
    if (upload.dryRun) return { ...base, outcome: 'ada_masalah' };
    throw new AppError(
      'IMPORT_INVALID',
      undefined,
      listed.map((x) => ({ field: x.cell ?? `baris ${x.row}`, message: `Baris ${x.row}${x.column ? `, kolom ${x.column}` : ''}${x.nip ? ` (NIP ${x.nip})` : ''}: ${x.message}` })),
    );
  }
  if (changes.length === 0) return { ...base, outcome: 'tidak_berubah' };
  if (upload.dryRun) return { ...base, outcome: 'uji_coba' };

  // The same edit step as a hand edit, each SKP's checks first, then every SKP in one transaction.
  const sha256 = createHash('sha256').update(upload.buffer).digest('hex');
  const prepared: { step: PreparedSkpStep; change: (typeof changes)[number] }[] = [];
  for (const c of changes) {
    const step = await withEmployee(c.employee, () => prepareSkpStep(ctx, p, agencyId, c.prepared.skpId, { type: 'edit', requestId: newId(), content: c.prepared.content }));
    prepared.push({ step, change: c });
  }
  await ctx.db.transaction().execute(async (trx) => {
    for (const { step, change } of prepared) {
      const e = change.employee;
      await withEmployee(e, () =>
        runSkpStep(ctx, trx, p, step, (t) =>
          recordAudit(t, {
            agencyId,
            actorAccountId: p.accountId,
            action: 'skp.rhk_imported',
            entity: 'skp',
            entityId: step.skpId,
            data: { fileName: upload.fileName, sha256, bulk: true, nip: e.nip, version: change.version, rhk: e.rhk, added: e.added, changed: e.changed, removed: e.removed.length },
          }),
        ),
      );
    }
  });
  return { ...base, outcome: 'diterapkan' };
}

interface SkpRequestContent {
  skpId: string;
  content: SkpContent;
}

const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A refusal while applying one employee's SKP (its state changed since the dry run) names the employee; the file's transaction rolls back. */
async function withEmployee<T>(e: BulkEmployee, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AppError) throw new AppError(err.code, `NIP ${e.nip}${e.name ? ` (${e.name})` : ''}: ${err.message} Tidak ada SKP yang diubah.`, err.details);
    throw err;
  }
}
