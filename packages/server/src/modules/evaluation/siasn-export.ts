import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { combineYear, neutraliseFormula, PREDIKAT_LABEL, RATING_LABEL, type EvaluationFrequency, type Principal, type Rating } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { recordReads } from '../data-reads/index.js';
import { yearParts } from './annual.js';
import { livePredikat, organisationContext } from './organisation.js';
import { siasnPostsOfSkps } from './queries/siasn.js';
import { codeBook } from './siasn/codes.js';
import { activeEmployees, agencySkpsOfYear, evaluationsOfSkps } from './queries.js';

/**
 * The columns of one finalised annual result, named after SIASN's annual record (rw-skp22, see
 * docs/evaluation.md "Ekspor SIASN"), each label followed by SIASN's code for it (`…Nilai`, `…Id`)
 * from the reference codes the BKD keeps (siasn/codes.ts, migration 0043; never constants here).
 */
export const SIASN_COLUMNS = [
  'nip',
  'nama',
  'tahun',
  'periodeMulai',
  'periodeSelesai',
  'jabatan',
  'hasilKinerja',
  'hasilKinerjaNilai',
  'perilakuKerja',
  'perilakuKerjaNilai',
  'kuadranKinerja',
  'kuadranKinerjaNilai',
  'angkaKredit',
  'namaPenilai',
  'nipNrpPenilai',
  'penilaiGolongan',
  'penilaiGolonganId',
  'penilaiJabatanNm',
  'penilaiUnorNm',
  'statusPenilai',
  'namaAtasanPenilai',
  'nipAtasanPenilai',
] as const;

/**
 * The columns of one finalised periodic evaluation, named after SIASN's kinerja periodik record
 * (DOMAIN §6.3: bulanMulaiPenilaian, bulanSelesaiPenilaian, tahunMulai, tahunSelesai, periodikId,
 * the three `…Nilai`, koefisienId for jabatan fungsional, the penilai and statusPenilai, tahun).
 */
export const PERIODIK_COLUMNS = [
  'nip',
  'nama',
  'tahun',
  'periodikId',
  'periode',
  'bulanMulaiPenilaian',
  'bulanSelesaiPenilaian',
  'tahunMulai',
  'tahunSelesai',
  'jabatan',
  'hasilKinerja',
  'hasilKinerjaNilai',
  'perilakuKerja',
  'perilakuKerjaNilai',
  'kuadranKinerja',
  'kuadranKinerjaNilai',
  'koefisienId',
  'angkaKredit',
  'penilaiNama',
  'penilaiNipNrp',
  'penilaiGolongan',
  'penilaiGolonganId',
  'penilaiJabatanNama',
  'penilaiUnorNama',
  'statusPenilai',
] as const;

export const MISSING_COLUMNS = ['nip', 'nama', 'keterangan'] as const;
export const CODE_GAP_COLUMNS = ['list', 'key', 'label'] as const;

export type SiasnRow = Record<(typeof SIASN_COLUMNS)[number], string | number | null>;
export type PeriodikRow = Record<(typeof PERIODIK_COLUMNS)[number], string | number | null>;
export interface SiasnMissing {
  nip: string;
  nama: string;
  keterangan: string;
}
export interface SiasnExport {
  year: number;
  rows: SiasnRow[];
  /** Finalised periodic evaluations of the year, by name, then period. */
  periodik?: PeriodikRow[];
  missing: SiasnMissing[];
  /** Codes the rows needed and the reference table does not hold (their cells are empty). */
  codeGaps?: { list: string; key: string; label: string }[];
}

const MISSING_REASON = {
  noSkp: 'Tidak ada SKP yang disetujui pada tahun ini',
  notOpened: 'Evaluasi tahunan belum dibuka',
  open: 'Evaluasi tahunan belum ditetapkan',
} as const;

const FREQUENCY_OF_MONTHS: Record<number, EvaluationFrequency> = { 1: 'bulanan', 3: 'triwulanan', 6: 'semesteran' };
const monthOf = (d: string) => Number(d.slice(5, 7));
const yearOf = (d: string) => Number(d.slice(0, 4));
const statusPenilaiOf = (s: string | null) => (s === null ? null : s === 'non_asn' ? 'NON ASN' : 'ASN');

/**
 * The finalised annual results of an agency's employees for a year (core combineYear over each
 * employee's approved SKP, as the annual result), one row each with the penilai of the SKP the year
 * takes its result from; the finalised periodic evaluations of the year, one row each; and who has no
 * annual result: an employee with an SKP whose annual evaluations are not all finalised, or an active
 * employee with no approved SKP in the year. The agency's admins and the BKD only.
 */
export async function siasnExportOf(ctx: AppContext, p: Principal, agencyId: string, year: number): Promise<SiasnExport> {
  await requireAccess(ctx, p, 'evaluation.siasn', { agencyId });
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const to = `${String(year).padStart(4, '0')}-12-31`;
  const [skps, people, org, codes] = await Promise.all([agencySkpsOfYear(ctx.db, agencyId, from, to), activeEmployees(ctx.db, agencyId), organisationContext(ctx.db, agencyId, from, to), codeBook(ctx)]);
  const [evaluations, posts] = await Promise.all([evaluationsOfSkps(ctx.db, agencyId, skps.map((s) => s.id)), siasnPostsOfSkps(ctx.db, agencyId, skps.map((s) => s.id))]);
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
      hasilKinerjaNilai: codes.code('perilakuDanKinerja', result.ratingHasilKerja),
      perilakuKerja: RATING_LABEL[result.ratingPerilakuKerja],
      perilakuKerjaNilai: codes.code('perilakuDanKinerja', result.ratingPerilakuKerja),
      kuadranKinerja: PREDIKAT_LABEL[result.predikat],
      kuadranKinerjaNilai: codes.code('kuadranNilai', result.predikat),
      angkaKredit: result.angkaKredit,
      namaPenilai: s.penilai_name,
      nipNrpPenilai: s.penilai_nip,
      penilaiGolongan: s.penilai_rank,
      penilaiGolonganId: codes.code('golonganPns', s.penilai_rank),
      penilaiJabatanNm: s.penilai_position,
      penilaiUnorNm: s.penilai_unit,
      statusPenilai: statusPenilaiOf(s.penilai_status),
      namaAtasanPenilai: s.atasan_name,
      nipAtasanPenilai: s.atasan_nip,
    });
  }
  for (const e of people) if (!byEmployee.has(e.id)) missing.push({ nip: e.nip, nama: e.name, keterangan: MISSING_REASON.noSkp });
  missing.sort((a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : a.nip < b.nip ? -1 : 1));

  // Periodic: each finalised periodic evaluation inside the year; a leader's rating hasil kerja is the
  // capaian of the organisation led in that period, so each distinct period reads its own context.
  const skpById = new Map(skps.map((s) => [s.id, s]));
  const postOf = new Map(posts.map((x) => [x.id, x]));
  const periodic = evaluations.filter((v) => v.kind === 'periodik' && v.status === 'final' && v.period_from >= from && v.period_to <= to && skpById.has(v.skp_id));
  const contexts = new Map<string, Promise<Awaited<ReturnType<typeof organisationContext>>>>();
  const contextOf = (f: string, t: string) => {
    const k = `${f}/${t}`;
    if (!contexts.has(k)) contexts.set(k, organisationContext(ctx.db, agencyId, f, t));
    return contexts.get(k)!;
  };
  const periodik: PeriodikRow[] = [];
  for (const v of periodic) {
    const s = skpById.get(v.skp_id)!;
    const o = await contextOf(v.period_from, v.period_to);
    const { ledUnit } = o.place(s.unit_id, s.is_unit_head);
    const live = livePredikat(v, ledUnit ? (o.capaianOf.get(ledUnit) ?? null) : null, ledUnit !== undefined);
    const perilaku = v.rating_perilaku_kerja as Rating | null;
    const post = postOf.get(s.id);
    const jf = post?.position_kind === 'fungsional' && post.jf_level ? post.jf_level : null;
    const months = (yearOf(v.period_to) - yearOf(v.period_from)) * 12 + monthOf(v.period_to) - monthOf(v.period_from) + 1;
    const frequency = FREQUENCY_OF_MONTHS[months];
    periodik.push({
      nip: s.nip,
      nama: s.name,
      tahun: year,
      periodikId: frequency ? codes.code('periodik', frequency) : '',
      periode: v.label,
      bulanMulaiPenilaian: monthOf(v.covered_from),
      bulanSelesaiPenilaian: monthOf(v.covered_to),
      tahunMulai: yearOf(v.covered_from),
      tahunSelesai: yearOf(v.covered_to),
      jabatan: s.position_name,
      hasilKinerja: live.ratingHasilKerja ? RATING_LABEL[live.ratingHasilKerja] : null,
      hasilKinerjaNilai: codes.code('perilakuDanKinerja', live.ratingHasilKerja),
      perilakuKerja: perilaku ? RATING_LABEL[perilaku] : null,
      perilakuKerjaNilai: codes.code('perilakuDanKinerja', perilaku),
      kuadranKinerja: live.predikat ? PREDIKAT_LABEL[live.predikat] : null,
      kuadranKinerjaNilai: codes.code('kuadranNilai', live.predikat),
      koefisienId: jf && live.predikat ? codes.code('koefisien', `${jf}.${live.predikat}`) : null,
      angkaKredit: v.angka_kredit === null ? null : Number(v.angka_kredit),
      penilaiNama: s.penilai_name,
      penilaiNipNrp: s.penilai_nip,
      penilaiGolongan: s.penilai_rank,
      penilaiGolonganId: codes.code('golonganPns', s.penilai_rank),
      penilaiJabatanNama: s.penilai_position,
      penilaiUnorNama: s.penilai_unit,
      statusPenilai: statusPenilaiOf(s.penilai_status),
    });
  }
  periodik.sort((a, b) => (a.nama !== b.nama ? (String(a.nama) < String(b.nama) ? -1 : 1) : a.nip !== b.nip ? (String(a.nip) < String(b.nip) ? -1 : 1) : Number(a.bulanMulaiPenilaian) - Number(b.bulanMulaiPenilaian)));
  await recordReads(ctx, p, agencyId, byEmployee.keys(), 'evaluation');
  return { year, rows, periodik, missing, codeGaps: codes.missing() };
}

/** The download is audited: who took which agency's results of which year, in which format. */
export async function siasnExportDownload(ctx: AppContext, p: Principal, agencyId: string, year: number, format: 'csv' | 'xlsx' | 'json'): Promise<{ body: Buffer | string; fileName: string }> {
  const data = await siasnExportOf(ctx, p, agencyId, year);
  const body = format === 'csv' ? siasnCsv(data) : format === 'json' ? siasnJson(data) : await siasnWorkbook(data);
  await recordAudit(ctx.db, {
    agencyId,
    actorAccountId: p.accountId,
    action: 'evaluation.siasn_export',
    entity: 'agency',
    entityId: agencyId,
    data: { year, format, rows: data.rows.length, periodik: data.periodik?.length ?? 0, missing: data.missing.length },
  });
  return { body, fileName: `siasn-skp-${year}.${format}` };
}

/**
 * JSON: the records under SIASN's names as they would be sent (`skp22`, `kinerjaPeriodik`), who has
 * no annual result (`belumDitetapkan`) and which codes were missing (`kodeBelumDiisi`).
 */
export function siasnJson(d: SiasnExport): string {
  return JSON.stringify({ tahun: d.year, skp22: d.rows, kinerjaPeriodik: d.periodik ?? [], belumDitetapkan: d.missing, kodeBelumDiisi: d.codeGaps ?? [] }, null, 1);
}

// The one rule for text cells of files people open in a spreadsheet lives in core; re-exported for this module's callers.
export { neutraliseFormula };

/**
 * CSV: the header and a row per finalised result; then, after an empty line, the trailer
 * "BELUM DITETAPKAN" with who has no finalised annual result and why.
 */
export function siasnCsv(d: SiasnExport): string {
  const records: (string | number)[][] = [[...SIASN_COLUMNS], ...d.rows.map((r) => SIASN_COLUMNS.map((c) => neutraliseFormula(r[c])))];
  records.push([], [`BELUM DITETAPKAN (${d.missing.length})`], [...MISSING_COLUMNS], ...d.missing.map((m) => MISSING_COLUMNS.map((c) => neutraliseFormula(m[c]))));
  return stringify(records, { bom: true });
}

/**
 * XLSX: sheet "SKP Tahunan" (skp22), "Kinerja Periodik", "Belum Ditetapkan" and, when a code was
 * missing, "Kode Belum Diisi"; NIPs and codes as text (a code like 011 keeps its zero).
 */
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
  const text = (cols: readonly string[], names: string[]) => names.map((n) => cols.indexOf(n) + 1);
  sheet('SKP Tahunan', SIASN_COLUMNS, d.rows.map((r) => SIASN_COLUMNS.map((c) => neutraliseFormula(r[c]))), text(SIASN_COLUMNS, ['nip', 'nipNrpPenilai', 'nipAtasanPenilai', 'hasilKinerjaNilai', 'perilakuKerjaNilai', 'kuadranKinerjaNilai', 'penilaiGolonganId']));
  sheet('Kinerja Periodik', PERIODIK_COLUMNS, (d.periodik ?? []).map((r) => PERIODIK_COLUMNS.map((c) => neutraliseFormula(r[c]))), text(PERIODIK_COLUMNS, ['nip', 'penilaiNipNrp', 'periodikId', 'hasilKinerjaNilai', 'perilakuKerjaNilai', 'kuadranKinerjaNilai', 'koefisienId', 'penilaiGolonganId']));
  sheet('Belum Ditetapkan', MISSING_COLUMNS, d.missing.map((m) => MISSING_COLUMNS.map((c) => neutraliseFormula(m[c]))), [1]);
  if (d.codeGaps?.length) sheet('Kode Belum Diisi', CODE_GAP_COLUMNS, d.codeGaps.map((g) => CODE_GAP_COLUMNS.map((c) => g[c])), []);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
