import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { combineYear, PREDIKAT_LABEL, RATING_LABEL, type Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { recordReads } from '../data-reads/index.js';
import { yearParts } from './annual.js';
import { organisationContext } from './organisation.js';
import { activeEmployees, agencySkpsOfYear, evaluationsOfSkps } from './queries.js';

/**
 * The columns of one finalised annual result, named after SIASN's annual record (rw-skp22, see
 * docs/evaluation.md "Ekspor SIASN"). The numeric codes SIASN keeps beside the labels
 * (hasilKinerjaNilai, perilakuKerjaNilai, kuadranKinerjaNilai) come from SIASN's own reference lists
 * and are not part of this file.
 */
export const SIASN_COLUMNS = [
  'nip',
  'nama',
  'tahun',
  'periodeMulai',
  'periodeSelesai',
  'jabatan',
  'hasilKinerja',
  'perilakuKerja',
  'kuadranKinerja',
  'angkaKredit',
  'namaPenilai',
  'nipNrpPenilai',
  'penilaiGolongan',
  'penilaiJabatanNm',
  'penilaiUnorNm',
  'statusPenilai',
  'namaAtasanPenilai',
  'nipAtasanPenilai',
] as const;

export const MISSING_COLUMNS = ['nip', 'nama', 'keterangan'] as const;

export type SiasnRow = Record<(typeof SIASN_COLUMNS)[number], string | number | null>;
export interface SiasnMissing {
  nip: string;
  nama: string;
  keterangan: string;
}
export interface SiasnExport {
  year: number;
  rows: SiasnRow[];
  missing: SiasnMissing[];
}

const MISSING_REASON = {
  noSkp: 'Tidak ada SKP yang disetujui pada tahun ini',
  notOpened: 'Evaluasi tahunan belum dibuka',
  open: 'Evaluasi tahunan belum ditetapkan',
} as const;

/**
 * The finalised annual results of an agency's employees for a year (core combineYear over each
 * employee's approved SKP, as the annual result), one row each with the penilai of the SKP the year
 * takes its result from; and who has none: an employee with an SKP whose annual evaluations are not
 * all finalised, or an active employee with no approved SKP in the year.
 */
export async function siasnExportOf(ctx: AppContext, p: Principal, agencyId: string, year: number): Promise<SiasnExport> {
  await requireAccess(ctx, p, 'agency.read', { agencyId });
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const to = `${String(year).padStart(4, '0')}-12-31`;
  const [skps, people, org] = await Promise.all([agencySkpsOfYear(ctx.db, agencyId, from, to), activeEmployees(ctx.db, agencyId), organisationContext(ctx.db, agencyId, from, to)]);
  const evaluations = await evaluationsOfSkps(ctx.db, agencyId, skps.map((s) => s.id));
  const byEmployee = new Map<string, typeof skps>();
  for (const s of skps) byEmployee.set(s.employee_id, [...(byEmployee.get(s.employee_id) ?? []), s]);

  const rows: SiasnRow[] = [];
  const missing: SiasnMissing[] = [];
  for (const own of byEmployee.values()) {
    const first = own[0]!;
    const parts = yearParts(own, evaluations, org, from, to);
    const result = combineYear(parts);
    const chosen = result.chosen;
    if (!result.complete || !chosen || !result.predikat || !result.ratingHasilKerja || !result.ratingPerilakuKerja) {
      missing.push({ nip: first.nip, nama: first.name, keterangan: parts.some((x) => x.annualRow) ? MISSING_REASON.open : MISSING_REASON.notOpened });
      continue;
    }
    const s = chosen.skp;
    rows.push({
      nip: s.nip,
      nama: s.name,
      tahun: year,
      periodeMulai: chosen.period.from,
      periodeSelesai: chosen.period.to,
      jabatan: s.position_name,
      hasilKinerja: RATING_LABEL[result.ratingHasilKerja],
      perilakuKerja: RATING_LABEL[result.ratingPerilakuKerja],
      kuadranKinerja: PREDIKAT_LABEL[result.predikat],
      angkaKredit: result.angkaKredit,
      namaPenilai: s.penilai_name,
      nipNrpPenilai: s.penilai_nip,
      penilaiGolongan: s.penilai_rank,
      penilaiJabatanNm: s.penilai_position,
      penilaiUnorNm: s.penilai_unit,
      statusPenilai: s.penilai_status === null ? null : s.penilai_status === 'non_asn' ? 'NON ASN' : 'ASN',
      namaAtasanPenilai: s.atasan_name,
      nipAtasanPenilai: s.atasan_nip,
    });
  }
  for (const e of people) if (!byEmployee.has(e.id)) missing.push({ nip: e.nip, nama: e.name, keterangan: MISSING_REASON.noSkp });
  missing.sort((a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : a.nip < b.nip ? -1 : 1));
  await recordReads(ctx, p, agencyId, byEmployee.keys(), 'evaluation');
  return { year, rows, missing };
}

/** The download is audited: who took which agency's results of which year, in which format. */
export async function siasnExportDownload(ctx: AppContext, p: Principal, agencyId: string, year: number, format: 'csv' | 'xlsx'): Promise<{ body: Buffer | string; fileName: string }> {
  const data = await siasnExportOf(ctx, p, agencyId, year);
  const body = format === 'csv' ? siasnCsv(data) : await siasnWorkbook(data);
  await recordAudit(ctx.db, {
    agencyId,
    actorAccountId: p.accountId,
    action: 'evaluation.siasn_export',
    entity: 'agency',
    entityId: agencyId,
    data: { year, format, rows: data.rows.length, missing: data.missing.length },
  });
  return { body, fileName: `siasn-skp-${year}.${format}` };
}

/**
 * A spreadsheet reads a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * such text is prefixed with an apostrophe so a name or jabatan typed by someone cannot run in the
 * admin's spreadsheet (OWASP "CSV injection").
 */
export function neutraliseFormula(v: string | number | null): string | number {
  if (v === null) return '';
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/**
 * CSV: the header and a row per finalised result; then, after an empty line, the trailer
 * "BELUM DITETAPKAN" with who has no finalised annual result and why.
 */
export function siasnCsv(d: SiasnExport): string {
  const records: (string | number)[][] = [[...SIASN_COLUMNS], ...d.rows.map((r) => SIASN_COLUMNS.map((c) => neutraliseFormula(r[c])))];
  records.push([], [`BELUM DITETAPKAN (${d.missing.length})`], [...MISSING_COLUMNS], ...d.missing.map((m) => MISSING_COLUMNS.map((c) => neutraliseFormula(m[c]))));
  return stringify(records, { bom: true });
}

/** XLSX: sheet "SKP Tahunan" (the rows, NIP as text) and sheet "Belum Ditetapkan". */
export async function siasnWorkbook(d: SiasnExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  const sheet = (name: string, header: readonly string[], rows: (string | number)[][], textCols: number[]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([...header]).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    for (const c of textCols) ws.getColumn(c).numFmt = '@';
    header.forEach((h, i) => (ws.getColumn(i + 1).width = Math.max(14, h.length + 2)));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  };
  sheet('SKP Tahunan', SIASN_COLUMNS, d.rows.map((r) => SIASN_COLUMNS.map((c) => r[c] ?? '')), [1, 12, 18]);
  sheet('Belum Ditetapkan', MISSING_COLUMNS, d.missing.map((m) => MISSING_COLUMNS.map((c) => m[c])), [1]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
