/**
 * Rencana aksi (PermenPANRB 6/2022, lampiran: "rencana aksi … disusun oleh pegawai untuk setiap
 * periode"): the steps an employee plans per RHK per month or per quarter, each with its periodic
 * target; the unit a periodic evaluation measures against. Whether an agency plans per month or per
 * quarter is its own setting (the `skp` section of the effective-dated agency settings); the
 * regulation names both. Chosen: triwulanan by default, as BKN's e-Kinerja does.
 *
 * A period is named by a key ('2026-03' for March, '2026-T1' for Triwulan I) and cut to the SKP's own
 * days: an SKP that starts on 15 March has a March (or Triwulan I) from 15 March.
 */
import { monthRange, type Period } from '../calendar/index.js';

export const RENCANA_AKSI_PERIODE = ['bulanan', 'triwulanan'] as const;
export type RencanaAksiPeriode = (typeof RENCANA_AKSI_PERIODE)[number];

export interface SkpSettings {
  rencanaAksi: RencanaAksiPeriode;
}

export const DEFAULT_SKP_SETTINGS: Readonly<SkpSettings> = { rencanaAksi: 'triwulanan' };

/** The stored `skp` section with defaults filled in; a missing or malformed field reads as its default. */
export function resolveSkpSettings(raw: unknown): SkpSettings {
  const r = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    rencanaAksi: (RENCANA_AKSI_PERIODE as readonly unknown[]).includes(r.rencanaAksi) ? (r.rencanaAksi as RencanaAksiPeriode) : DEFAULT_SKP_SETTINGS.rencanaAksi,
  };
}

const MONTH_NAMES = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAN = ['I', 'II', 'III', 'IV'];

export interface RencanaAksiPeriod {
  /** '2026-03' or '2026-T1'. */
  key: string;
  /** 'Maret 2026', 'Triwulan I 2026'. */
  label: string;
  /** The month's or quarter's days inside the SKP's period. */
  period: Period;
}

const KEY = /^(\d{4})-(?:(0[1-9]|1[0-2])|T([1-4]))$/;

/** The whole month or quarter a key names (not cut to any SKP); undefined for a malformed key. */
export function rencanaAksiKeyRange(key: string): { periode: RencanaAksiPeriode; label: string; period: Period } | undefined {
  const m = KEY.exec(key);
  if (!m) return undefined;
  const year = m[1]!;
  if (m[2] !== undefined) return { periode: 'bulanan', label: `${MONTH_NAMES[Number(m[2]) - 1]} ${year}`, period: monthRange(`${year}-${m[2]}`) };
  const q = Number(m[3]);
  const first = (q - 1) * 3 + 1;
  return {
    periode: 'triwulanan',
    label: `Triwulan ${ROMAN[q - 1]} ${year}`,
    period: { from: monthRange(`${year}-${String(first).padStart(2, '0')}`).from, to: monthRange(`${year}-${String(first + 2).padStart(2, '0')}`).to },
  };
}

/** The months or quarters an SKP's period touches, in order, each cut to the SKP's days. */
export function rencanaAksiPeriodsOf(skp: Period, periode: RencanaAksiPeriode): RencanaAksiPeriod[] {
  if (skp.from > skp.to) return [];
  const result: RencanaAksiPeriod[] = [];
  const firstYear = Number(skp.from.slice(0, 4));
  const lastYear = Number(skp.to.slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++) {
    const year = String(y).padStart(4, '0');
    const keys = periode === 'bulanan' ? Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`) : [1, 2, 3, 4].map((q) => `${year}-T${q}`);
    for (const key of keys) {
      const whole = rencanaAksiKeyRange(key)!;
      const from = whole.period.from > skp.from ? whole.period.from : skp.from;
      const to = whole.period.to < skp.to ? whole.period.to : skp.to;
      if (from <= to) result.push({ key, label: whole.label, period: { from, to } });
    }
  }
  return result;
}

/** The period a key names within an SKP under the agency's setting; undefined when it is not one of them. */
export function rencanaAksiPeriodOf(key: string, skp: Period, periode: RencanaAksiPeriode): RencanaAksiPeriod | undefined {
  const whole = rencanaAksiKeyRange(key);
  if (!whole || whole.periode !== periode) return undefined;
  return rencanaAksiPeriodsOf(skp, periode).find((p) => p.key === key);
}

/** Whether a rencana aksi's period and a (periodic or annual) evaluation's covered days share a day. */
export function rencanaAksiWithin(a: Period, covered: Period): boolean {
  const b = covered;
  return a.from <= b.to && b.from <= a.to;
}
