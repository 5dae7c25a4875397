/**
 * The daftar nominatif TPP (issue 19 item 6): who is paid what in a run's month, per OPD, with the
 * province's recapitulation. Pure: built from the run's rows (each employee's identity and the
 * engine's result); the XLSX and the PDF are drawn from this one model, so both show the same figures.
 */
import { compareText, formatPercent, type TppEmployeeResult } from '@kinerja/core';

export interface NominatifPerson {
  employeeId: string;
  nip: string | null;
  name: string;
  golongan: string | null;
  kelas: number | null;
  positionName?: string | null;
  unitName?: string | null;
  /** Where the TPP is paid: bank and account number; null = not recorded (the column shows "-"). */
  bankAccount?: { bank: string; number: string } | null;
}

export interface NominatifSigner {
  name: string;
  nip: string | null;
  /** The post, e.g. "Kepala Dinas Kesehatan". */
  title?: string | null;
}

export interface NominatifAgencyInput {
  agencyId: string;
  agencyName: string;
  /** Pengguna Anggaran / Kuasa Pengguna Anggaran; null leaves the line to be written in. */
  pa?: NominatifSigner | null;
  bendahara?: NominatifSigner | null;
  /** A row whose result is null could not be computed (missing payroll data): listed with 0 and its error. */
  rows: readonly { person: NominatifPerson; result: TppEmployeeResult | null; error?: string | null }[];
}

export interface NominatifRunInput {
  runId: string;
  month: string;
  /** The province (or region) named in the title and the recap; null for a one-agency run. */
  regionName?: string | null;
  status: 'draft' | 'checked' | 'locked';
  /** When the run was locked (ISO instant), printed on the form; null before. */
  lockedAt?: string | null;
  agencies: readonly NominatifAgencyInput[];
}

/** The engine's figures finance prints as they are (the employer's BPJS is paid on top, not deducted; payable is 0 when held or outside TPP). */
const PLAIN = ['gross', 'pph21', 'bpjsEmployee', 'bpjsEmployer', 'net', 'payable'] as const;

/** The money columns of one row, and of a total: whole rupiah. */
export interface NominatifAmounts extends Pick<TppEmployeeResult, (typeof PLAIN)[number]> {
  /** The ceiling after Plt/Plh, CPNS, leave: what could be paid before cuts. */
  pagu: number;
  /** Gross per component id, in the order of `components`. */
  components: number[];
  /** Pagu − gross: productivity, discipline and hukdis cuts together. */
  deductions: number;
}

export type NominatifStatus = TppEmployeeResult['status'] | 'failed';

export interface NominatifRow extends NominatifAmounts {
  no: number;
  person: NominatifPerson;
  status: NominatifStatus;
  /** What the row's note says (held, outside TPP, why it could not be computed, PPh 21 without NPWP). */
  note: string;
  ruleSet: string | null;
  /** The PPh 21 rate its line applied ("5 %", "6 % (tanpa NPWP: 5 % + 20 %)"); '' when not computed. */
  pph21Rate: string;
}

/** The PPh 21 rate as the employee's tax line applied it, and whether it was an employee without NPWP. */
export function pph21RateOf(r: TppEmployeeResult): { percent: string; text: string; withoutNpwp: boolean } {
  const input = r.lines.find((l) => l.key === 'tax.pph21')?.input;
  if (!input) return { percent: '', text: '', withoutNpwp: false };
  const percent = formatPercent(Number(input.percent ?? 0));
  if (input.withoutNpwp !== true) return { percent, text: percent, withoutNpwp: false };
  const higher = Number(input.percentHigher ?? 0);
  return { percent, text: higher > 0 ? `${percent} (tanpa NPWP: ${formatPercent(Number(input.basePercent ?? 0))} + ${formatPercent(higher)})` : `${percent} (tanpa NPWP)`, withoutNpwp: true };
}

export interface NominatifAgency {
  agencyId: string;
  agencyName: string;
  pa: NominatifSigner | null;
  bendahara: NominatifSigner | null;
  rows: NominatifRow[];
  total: NominatifAmounts;
  counts: { employees: number; paid: number; held: number; nonTpp: number; failed: number };
}

export interface NominatifModel {
  runId: string;
  month: string;
  regionName: string | null;
  status: NominatifRunInput['status'];
  lockedAt: string | null;
  /** Every component with a share in some row of the run, in the order first met (a column no one has is left out). */
  components: { id: string; name: string }[];
  agencies: NominatifAgency[];
  total: NominatifAmounts;
  counts: NominatifAgency['counts'];
}

export const STATUS_NOTE: Record<NominatifStatus, string> = {
  paid: '',
  held: 'Ditunda: SKP belum selesai',
  non_tpp: 'Tidak menerima TPP bulan ini',
  failed: 'Belum dapat dihitung',
};

const zero = (n: number): NominatifAmounts => ({ pagu: 0, components: Array(n).fill(0), deductions: 0, gross: 0, pph21: 0, bpjsEmployee: 0, bpjsEmployer: 0, net: 0, payable: 0 });

function add(into: NominatifAmounts, a: NominatifAmounts): void {
  into.pagu += a.pagu;
  a.components.forEach((v, i) => (into.components[i] = (into.components[i] ?? 0) + v));
  into.deductions += a.deductions;
  for (const k of PLAIN) into[k] += a[k];
}

const byNipThenName = (a: { person: NominatifPerson }, b: { person: NominatifPerson }) =>
  (a.person.nip ?? '~').localeCompare(b.person.nip ?? '~') || compareText(a.person.name, b.person.name);

/** The nominatif of a run: agencies by name, people by NIP, totals per agency and for the whole run. */
export function nominatifModel(run: NominatifRunInput): NominatifModel {
  const components: { id: string; name: string }[] = [];
  for (const a of run.agencies)
    for (const r of a.rows)
      for (const c of r.result?.components ?? []) if (c.share > 0 && !components.some((k) => k.id === c.id)) components.push({ id: c.id, name: c.name });
  const n = components.length;
  const total = zero(n);
  const counts = { employees: 0, paid: 0, held: 0, nonTpp: 0, failed: 0 };
  const agencies = [...run.agencies]
    .sort((a, b) => compareText(a.agencyName, b.agencyName))
    .map((a): NominatifAgency => {
      const t = zero(n);
      const c = { employees: 0, paid: 0, held: 0, nonTpp: 0, failed: 0 };
      const rows = [...a.rows].sort(byNipThenName).map(({ person, result: r, error }, i): NominatifRow => {
        if (!r) {
          c.employees++;
          c.failed++;
          return { no: i + 1, person, status: 'failed', note: `${STATUS_NOTE.failed}${error ? `: ${error}` : ''}`, ruleSet: null, pph21Rate: '', ...zero(n) };
        }
        const byId = new Map(r.components.map((x) => [x.id, x.gross]));
        const rate = pph21RateOf(r);
        const row: NominatifRow = {
          no: i + 1,
          person,
          status: r.status,
          note: [STATUS_NOTE[r.status], rate.withoutNpwp ? `PPh 21 tanpa NPWP: ${rate.percent}` : ''].filter(Boolean).join('; '),
          ruleSet: `${r.ruleSet.id} v${r.ruleSet.version}`,
          pph21Rate: rate.text,
          pagu: r.ceiling,
          components: components.map((k) => byId.get(k.id) ?? 0),
          deductions: r.ceiling - r.gross,
          ...(Object.fromEntries(PLAIN.map((k) => [k, r[k]])) as Pick<TppEmployeeResult, (typeof PLAIN)[number]>),
        };
        add(t, row);
        c.employees++;
        if (r.status === 'paid') c.paid++;
        else if (r.status === 'held') c.held++;
        else c.nonTpp++;
        return row;
      });
      add(total, t);
      counts.employees += c.employees;
      counts.paid += c.paid;
      counts.held += c.held;
      counts.nonTpp += c.nonTpp;
      counts.failed += c.failed;
      return { agencyId: a.agencyId, agencyName: a.agencyName, pa: a.pa ?? null, bendahara: a.bendahara ?? null, rows, total: t, counts: c };
    });
  return { runId: run.runId, month: run.month, regionName: run.regionName ?? null, status: run.status, lockedAt: run.lockedAt ?? null, components, agencies, total, counts };
}

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2026-11" → "November 2026". */
export function bulanTahun(month: string): string {
  return `${BULAN[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

/** The file name of an export: ASCII only, safe in Content-Disposition as it is. */
export function nominatifFileName(m: NominatifModel, ext: 'xlsx' | 'pdf'): string {
  const scope = m.agencies.length === 1 ? m.agencies[0]!.agencyName : (m.regionName ?? 'provinsi');
  const slug = scope.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'instansi';
  return `nominatif-TPP-${m.month}-${slug}${m.status === 'locked' ? '' : '-draf'}.${ext}`;
}

/** The account column as printed. */
export const accountText = (p: NominatifPerson): string => (p.bankAccount ? `${p.bankAccount.bank} ${p.bankAccount.number}` : '-');
