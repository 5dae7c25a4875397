/**
 * Importing the RHK and IKI of one SKP from a spreadsheet (issue 16 item 10): the columns of the form,
 * one row per IKI, rows with the same "No RHK" making one RHK. These are the pure rules: which columns
 * a form has, reading the rows into RHK with every bad cell named (row, column, what is wrong, in
 * Bahasa Indonesia), and merging the result into the draft so that an RHK or IKI already there keeps
 * its id (subordinates' links and rencana aksi name RHK by id) and the same file twice changes nothing.
 */
import { stripInvisibleCharacters } from '../text/invisible.js';
import { ASPEK_IKI, CASCADING_TYPES, PERSPEKTIF, PERSPEKTIF_LABEL, type AspekIki, type CascadingType, type JenisRhk, type Perspektif, type SkpForm } from './forms.js';

export const RHK_IMPORT_COLUMN_KEYS = ['no', 'jenis', 'rhk', 'kodeAtasan', 'cascading', 'perspektif', 'penugasanDari', 'aspek', 'iki', 'target'] as const;
export type RhkImportColumnKey = (typeof RHK_IMPORT_COLUMN_KEYS)[number];

/** The header each column carries in the template (and what a problem names). */
export const RHK_IMPORT_HEADER: Record<RhkImportColumnKey, string> = {
  no: 'No RHK',
  jenis: 'Jenis RHK',
  rhk: 'Rencana Hasil Kerja',
  kodeAtasan: 'Kode RHK Atasan',
  cascading: 'Jenis Cascading',
  perspektif: 'Perspektif',
  penugasanDari: 'Penugasan Dari',
  aspek: 'Aspek',
  iki: 'Indikator Kinerja Individu',
  target: 'Target',
};

/** Other spellings a user may have typed in a header row of their own. */
const HEADER_ALIASES: Record<string, RhkImportColumnKey> = {
  norhk: 'no',
  nomorrhk: 'no',
  no: 'no',
  nomor: 'no',
  jenisrhk: 'jenis',
  jenis: 'jenis',
  jenishasilkerja: 'jenis',
  rencanahasilkerja: 'rhk',
  rhk: 'rhk',
  koderhkatasan: 'kodeAtasan',
  kodeatasan: 'kodeAtasan',
  rhkatasan: 'kodeAtasan',
  rhkatasanyangdiintervensi: 'kodeAtasan',
  jeniscascading: 'cascading',
  cascading: 'cascading',
  perspektif: 'perspektif',
  penugasandari: 'penugasanDari',
  aspek: 'aspek',
  aspekiki: 'aspek',
  indikatorkinerjaindividu: 'iki',
  iki: 'iki',
  indikator: 'iki',
  target: 'target',
};

/** The template's columns for a form, in order: JPT RHK carry a perspektif, JA/JF RHK the supervisor's RHK they intervene. */
export function rhkImportColumns(form: SkpForm): RhkImportColumnKey[] {
  return form === 'jpt' ? ['no', 'jenis', 'rhk', 'perspektif', 'penugasanDari', 'iki', 'target'] : ['no', 'jenis', 'rhk', 'kodeAtasan', 'cascading', 'aspek', 'iki', 'target'];
}

/** Columns a file for the form must have (Penugasan Dari may be left out). */
function requiredColumns(form: SkpForm): RhkImportColumnKey[] {
  return rhkImportColumns(form).filter((k) => k !== 'penugasanDari');
}

export const RHK_IMPORT_LIMITS = { rhk: 60, ikiPerRhk: 20, rhkText: 1000, ikiText: 1000, target: 200, penugasanDari: 500 } as const;

/** One cell as the spreadsheet shows it; `error` for a cell holding an Excel error (#N/A, #REF!). */
export interface RhkImportCell {
  text: string;
  error?: string;
}
export interface RhkImportRow {
  /** The spreadsheet's own row number. */
  row: number;
  cells: readonly RhkImportCell[];
}

/** An RHK of the penilai's approved SKP, with the code the template lists it under (A1, A2, …). */
export interface RhkImportParent {
  code: string;
  id: string;
  text: string;
}

export interface RhkImportProblem {
  row: number;
  /** The column's header as in the template; '' for a problem of the whole sheet. */
  column: string;
  /** The cell's address (C7), when the column was found. */
  cell: string | null;
  message: string;
}

export interface ImportedIki {
  row: number;
  aspek: AspekIki | null;
  text: string;
  target: string;
}
export interface ImportedRhk {
  /** The "No RHK" as written. */
  no: string;
  /** The first row of the RHK. */
  row: number;
  jenis: JenisRhk;
  text: string;
  parentRhkId: string | null;
  cascadingType: CascadingType | null;
  perspektif: Perspektif | null;
  penugasanDari: string | null;
  iki: ImportedIki[];
}

/** Letters and digits only, lower case: how headers and choices are compared. */
const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A1-style column letters (1 → A, 27 → AA). */
export function columnLetter(index1: number): string {
  let n = index1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const JENIS_CHOICES: Record<string, JenisRhk> = { utama: 'utama', hasilkerjautama: 'utama', rhkutama: 'utama', tambahan: 'tambahan', hasilkerjatambahan: 'tambahan', rhktambahan: 'tambahan' };
const CASCADING_CHOICES: Record<string, CascadingType> = { langsung: 'langsung', tidaklangsung: 'tidak_langsung' };
const PERSPEKTIF_CHOICES: Record<string, Perspektif> = Object.fromEntries(PERSPEKTIF.flatMap((p) => [[key(p), p], [key(PERSPEKTIF_LABEL[p]), p]]));
const ASPEK_CHOICES: Record<string, AspekIki> = Object.fromEntries(ASPEK_IKI.map((a) => [a, a]));

export const CASCADING_IMPORT_LABEL: Record<CascadingType, string> = { langsung: 'Langsung', tidak_langsung: 'Tidak Langsung' };
export const ASPEK_IMPORT_LABEL: Record<AspekIki, string> = { kuantitas: 'Kuantitas', kualitas: 'Kualitas', waktu: 'Waktu', biaya: 'Biaya' };
export const JENIS_IMPORT_LABEL: Record<JenisRhk, string> = { utama: 'Utama', tambahan: 'Tambahan' };

/** The code part of what the "Kode RHK Atasan" cell holds: "A3", or "A3 — Menyusun …" from a copied line. */
function parentCode(text: string): string {
  const m = /^\s*([A-Za-z]{1,3}\s?\d{1,4})\b/.exec(text);
  return m ? m[1]!.replace(/\s/g, '').toUpperCase() : text.trim().toUpperCase();
}

const RHK_FIELDS = ['jenis', 'rhk', 'kodeAtasan', 'cascading', 'perspektif', 'penugasanDari'] as const;

/**
 * Reads the rows of the RHK sheet (the first row given is its header row) for an SKP of `form` whose
 * penilai's approved RHK are `parents`. Every problem is listed, not only the first; the RHK are
 * meaningful only when there is none.
 */
export function parseRhkRows(rows: readonly RhkImportRow[], form: SkpForm, parents: readonly RhkImportParent[]): { rhk: ImportedRhk[]; problems: RhkImportProblem[] } {
  const problems: RhkImportProblem[] = [];
  const header = rows[0];
  if (!header) return { rhk: [], problems: [{ row: 1, column: '', cell: null, message: 'Lembar RHK kosong: isi baris judul kolom dan satu baris per IKI seperti pada templat.' }] };

  // Which column holds what, by its header.
  const at = new Map<RhkImportColumnKey, number>();
  header.cells.forEach((c, i) => {
    const k = HEADER_ALIASES[key(c.text)];
    if (k && !at.has(k)) at.set(k, i);
  });
  const missing = requiredColumns(form).filter((k) => !at.has(k));
  if (missing.length > 0) {
    const names = missing.map((k) => `"${RHK_IMPORT_HEADER[k]}"`).join(', ');
    return {
      rhk: [],
      problems: [{ row: header.row, column: '', cell: null, message: `Kolom ${names} tidak ditemukan pada baris judul (baris ${header.row}). Gunakan templat SKP ini dan jangan mengubah judul kolomnya.` }],
    };
  }

  const parentByCode = new Map(parents.map((p) => [p.code.toUpperCase(), p]));
  const codeRange = parents.length > 0 ? `${parents[0]!.code}–${parents[parents.length - 1]!.code}` : '';
  const byNo = new Map<string, { rhk: ImportedRhk; written: Partial<Record<(typeof RHK_FIELDS)[number], { row: number; value: string }>> }>();
  const order: ImportedRhk[] = [];
  let previous: { rhk: ImportedRhk; written: Partial<Record<(typeof RHK_FIELDS)[number], { row: number; value: string }>> } | null = null;

  for (const r of rows.slice(1)) {
    const cellOf = (k: RhkImportColumnKey): RhkImportCell | undefined => {
      const i = at.get(k);
      return i === undefined ? undefined : r.cells[i];
    };
    const address = (k: RhkImportColumnKey) => {
      const i = at.get(k);
      return i === undefined ? null : `${columnLetter(i + 1)}${r.row}`;
    };
    const errored = new Set<RhkImportColumnKey>();
    // A cell holding an Excel error is named once, for the error, not again as empty.
    const problem = (k: RhkImportColumnKey, message: string) => {
      if (!errored.has(k)) problems.push({ row: r.row, column: RHK_IMPORT_HEADER[k], cell: address(k), message });
    };
    const multiline = (k: RhkImportColumnKey) => k === 'rhk' || k === 'iki' || k === 'penugasanDari';
    const value = (k: RhkImportColumnKey): string => {
      const c = cellOf(k);
      if (!c) return '';
      return stripInvisibleCharacters(c.text, { multiline: multiline(k) }).trim();
    };

    let hasError = false;
    for (const k of RHK_IMPORT_COLUMN_KEYS) {
      const c = cellOf(k);
      if (c?.error) {
        problem(k, `Sel berisi galat Excel (${c.error}); ketik isinya sebagai teks.`);
        errored.add(k);
        hasError = true;
      }
    }
    const v = Object.fromEntries(RHK_IMPORT_COLUMN_KEYS.map((k) => [k, value(k)])) as Record<RhkImportColumnKey, string>;
    if (!hasError && RHK_IMPORT_COLUMN_KEYS.every((k) => v[k] === '')) continue; // an empty row (exceljs keeps formatted ones)

    // Columns of the other form: a JPT RHK comes from the Perjanjian Kinerja, a JA/JF RHK carries no perspektif.
    const foreign: RhkImportColumnKey[] = form === 'jpt' ? ['kodeAtasan', 'cascading', 'aspek'] : ['perspektif', 'penugasanDari'];
    for (const k of foreign) {
      if (v[k] === '') continue;
      problem(
        k,
        form === 'jpt'
          ? `Kolom "${RHK_IMPORT_HEADER[k]}" tidak diisi pada SKP Jabatan Pimpinan Tinggi (RHK JPT berasal dari Perjanjian Kinerja); kosongkan sel ini.`
          : `Kolom "${RHK_IMPORT_HEADER[k]}" hanya diisi pada SKP Jabatan Pimpinan Tinggi; kosongkan sel ini.`,
      );
    }

    // Which RHK the row belongs to: its No RHK, or the RHK above when both No RHK and the RHK text are empty.
    let group = v.no !== '' ? byNo.get(v.no) : null;
    if (v.no === '') {
      if (v.rhk !== '' || !previous) {
        problem('no', 'No RHK wajib diisi (angka yang sama untuk setiap IKI dari RHK yang sama).');
        continue;
      }
      group = previous;
    }
    if (!group) {
      const rhk: ImportedRhk = { no: v.no, row: r.row, jenis: 'utama', text: '', parentRhkId: null, cascadingType: null, perspektif: null, penugasanDari: null, iki: [] };
      group = { rhk, written: {} };
      byNo.set(v.no, group);
      order.push(rhk);
      // RHK-level cells are required on an RHK's first row.
      if (v.rhk === '') problem('rhk', `Rencana Hasil Kerja wajib diisi pada baris pertama RHK nomor ${v.no}.`);
      if (v.jenis === '') problem('jenis', `Jenis RHK wajib diisi pada baris pertama RHK nomor ${v.no} (Utama atau Tambahan).`);
    }
    previous = group;
    const g = group;

    // RHK-level cells: written once; a later row of the same RHK may leave them empty or repeat them exactly.
    for (const f of RHK_FIELDS) {
      const text = v[f];
      if (text === '') continue;
      const first = g.written[f];
      if (first) {
        if (key(first.value) !== key(text)) problem(f, `Berbeda dengan baris ${first.row} untuk RHK nomor ${g.rhk.no} ("${first.value.slice(0, 60)}"); isi sekali pada baris pertama RHK atau samakan.`);
        continue;
      }
      g.written[f] = { row: r.row, value: text };
      switch (f) {
        case 'jenis': {
          const j = JENIS_CHOICES[key(text)];
          if (j) g.rhk.jenis = j;
          else problem('jenis', `Jenis RHK "${text}" tidak dikenal; isi Utama atau Tambahan.`);
          break;
        }
        case 'rhk':
          if (text.length > RHK_IMPORT_LIMITS.rhkText) problem('rhk', `Rencana Hasil Kerja terlalu panjang (${text.length} karakter; paling banyak ${RHK_IMPORT_LIMITS.rhkText}).`);
          g.rhk.text = text;
          break;
        case 'kodeAtasan': {
          if (form === 'jpt') break;
          const code = parentCode(text);
          const parent = parentByCode.get(code);
          if (parent) g.rhk.parentRhkId = parent.id;
          else if (parents.length === 0) problem('kodeAtasan', `Kode RHK atasan "${text}" tidak dapat dipakai: SKP pejabat penilai untuk periode ini belum disetujui, sehingga belum ada RHK atasan. Kosongkan sel ini dan pilih RHK atasan setelah SKP atasan disetujui.`);
          else problem('kodeAtasan', `Kode RHK atasan "${text}" tidak ada pada lembar "RHK Atasan" (kode yang ada: ${codeRange}). Unduh templat terbaru bila SKP atasan telah direvisi.`);
          break;
        }
        case 'cascading': {
          if (form === 'jpt') break;
          const c = CASCADING_CHOICES[key(text)];
          if (c) g.rhk.cascadingType = c;
          else problem('cascading', `Jenis cascading "${text}" tidak dikenal; isi Langsung atau Tidak Langsung.`);
          break;
        }
        case 'perspektif': {
          if (form !== 'jpt') break;
          const p = PERSPEKTIF_CHOICES[key(text)];
          if (p) g.rhk.perspektif = p;
          else problem('perspektif', `Perspektif "${text}" tidak dikenal; isi ${PERSPEKTIF.map((x) => PERSPEKTIF_LABEL[x]).join(', ')}.`);
          break;
        }
        case 'penugasanDari':
          if (form !== 'jpt') break;
          if (text.length > RHK_IMPORT_LIMITS.penugasanDari) problem('penugasanDari', `Penugasan Dari terlalu panjang (${text.length} karakter; paling banyak ${RHK_IMPORT_LIMITS.penugasanDari}).`);
          g.rhk.penugasanDari = text;
          break;
      }
    }
    if (form !== 'jpt' && v.cascading !== '' && v.kodeAtasan === '' && !g.written.kodeAtasan) {
      problem('cascading', 'Jenis cascading diisi tanpa Kode RHK Atasan; isi kode RHK atasan yang diintervensi atau kosongkan jenis cascading.');
    }

    // The row's IKI, if it has one.
    if (v.iki === '' && v.target === '' && v.aspek === '') continue;
    if (v.iki === '') problem('iki', 'Indikator Kinerja Individu wajib diisi bila Target atau Aspek diisi.');
    else if (v.iki.length > RHK_IMPORT_LIMITS.ikiText) problem('iki', `Indikator Kinerja Individu terlalu panjang (${v.iki.length} karakter; paling banyak ${RHK_IMPORT_LIMITS.ikiText}).`);
    if (v.target === '') problem('target', 'Target wajib diisi untuk setiap IKI, beserta satuannya (misalnya "12 Laporan" atau "100%").');
    else if (v.target.length > RHK_IMPORT_LIMITS.target) problem('target', `Target terlalu panjang (${v.target.length} karakter; paling banyak ${RHK_IMPORT_LIMITS.target}).`);
    let aspek: AspekIki | null = null;
    // An empty aspek is kept empty, as a hand edit keeps it (a draft started from the supervisor's RHK has
    // none yet), so the template of such a draft, uploaded as it is, changes nothing.
    if (form !== 'jpt' && v.aspek !== '') {
      aspek = ASPEK_CHOICES[key(v.aspek)] ?? null;
      if (!aspek) problem('aspek', `Aspek "${v.aspek}" tidak dikenal; isi Kuantitas, Kualitas, Waktu, atau Biaya.`);
    }
    if (g.rhk.iki.length === RHK_IMPORT_LIMITS.ikiPerRhk) problem('iki', `RHK nomor ${g.rhk.no} sudah memiliki ${RHK_IMPORT_LIMITS.ikiPerRhk} IKI; paling banyak ${RHK_IMPORT_LIMITS.ikiPerRhk} per RHK.`);
    g.rhk.iki.push({ row: r.row, aspek, text: v.iki, target: v.target });
  }

  if (order.length === 0 && problems.length === 0) {
    problems.push({ row: header.row + 1, column: '', cell: null, message: 'Belum ada baris RHK di bawah baris judul; isi satu baris per IKI.' });
  }
  if (order.length > RHK_IMPORT_LIMITS.rhk) {
    problems.push({ row: order[RHK_IMPORT_LIMITS.rhk]!.row, column: RHK_IMPORT_HEADER.no, cell: null, message: `Satu SKP paling banyak memuat ${RHK_IMPORT_LIMITS.rhk} RHK; berkas ini memuat ${order.length}.` });
  }
  // In the order a reader scans the sheet: by row, then left to right.
  const col = (p: RhkImportProblem) => (p.cell ? p.cell.replace(/\d+$/, '') : '');
  problems.sort((a, b) => a.row - b.row || col(a).length - col(b).length || col(a).localeCompare(col(b)));
  return { rhk: order, problems };
}

/** An SKP's RHK as the API holds them (structurally: core does not depend on the API schemas). */
export interface RhkRow {
  id: string;
  jenis: JenisRhk;
  text: string;
  parentRhkId: string | null;
  cascadingType: CascadingType | null;
  perspektif: Perspektif | null;
  penugasanDari: string | null;
  iki: { id: string; aspek: AspekIki | null; text: string; target: string; mik?: unknown }[];
}

export interface RhkImportMerge<R extends RhkRow> {
  rhk: R[];
  /** Per imported RHK, in file order: new, changed or as it was. */
  outcome: ('baru' | 'diubah' | 'tetap')[];
  /** The draft's RHK the file no longer holds (the import replaces the list). */
  removed: R[];
  /** True when the result is exactly the draft's list: applying it changes nothing. */
  unchanged: boolean;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The draft's RHK list replaced by the file's, keeping ids: an imported RHK whose text matches one in
 * the draft is that RHK (its id, and links to it, stay), an IKI whose text matches one of that RHK's is
 * that IKI (its id and, on a JPT form, its Manual Indikator Kinerja stay). Others get `newId()`.
 */
export function mergeImportedRhk<R extends RhkRow>(current: readonly R[], imported: readonly ImportedRhk[], newId: () => string): RhkImportMerge<R> {
  const free = [...current];
  const out: R[] = [];
  const outcome: RhkImportMerge<R>['outcome'] = [];
  for (const im of imported) {
    const i = free.findIndex((r) => sameText(r.text, im.text));
    const match = i >= 0 ? free.splice(i, 1)[0]! : null;
    const freeIki = [...(match?.iki ?? [])];
    const iki = im.iki.map((k) => {
      const j = freeIki.findIndex((x) => sameText(x.text, k.text));
      const old = j >= 0 ? freeIki.splice(j, 1)[0]! : null;
      return { ...(old ?? {}), id: old?.id ?? newId(), aspek: k.aspek, text: k.text, target: k.target, mik: old?.mik ?? null };
    });
    const next = {
      ...(match ?? {}),
      id: match?.id ?? newId(),
      jenis: im.jenis,
      text: im.text,
      parentRhkId: im.parentRhkId,
      cascadingType: im.cascadingType,
      perspektif: im.perspektif,
      penugasanDari: im.penugasanDari,
      iki,
    } as unknown as R;
    out.push(next);
    outcome.push(match === null ? 'baru' : sameRhk(match, next) ? 'tetap' : 'diubah');
  }
  const unchanged = free.length === 0 && out.length === current.length && out.every((r, i) => r.id === current[i]!.id && sameRhk(current[i]!, r));
  return { rhk: out, outcome, removed: free, unchanged };
}

function sameRhk(a: RhkRow, b: RhkRow): boolean {
  return (
    a.jenis === b.jenis &&
    a.text === b.text &&
    a.parentRhkId === b.parentRhkId &&
    a.cascadingType === b.cascadingType &&
    a.perspektif === b.perspektif &&
    (a.penugasanDari ?? null) === (b.penugasanDari ?? null) &&
    a.iki.length === b.iki.length &&
    a.iki.every((k, i) => {
      const o = b.iki[i]!;
      return k.id === o.id && k.aspek === o.aspek && k.text === o.text && k.target === o.target;
    })
  );
}
