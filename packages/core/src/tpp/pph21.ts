/**
 * PPh 21 on the month's TPP (DOMAIN.md §3.5, the rule set's `payroll.pph21`): a percent of the gross
 * by golongan (PNS I–IV by the golongan's group, PPPK by golongan I–XVII), and for an employee
 * recorded as having no NPWP a rate a set percent higher where the rule set says so.
 *
 * What is chosen here, and why:
 * - The rate by golongan (15 % IV, 5 % III, 0 % I/II in the shipped sets) is what the issue asks and
 *   what the regional applications DOMAIN.md read deduct on TPP; it stays data, so a region that
 *   withholds by PMK 168/2023's TER (tarif efektif rata-rata) tables on salary + TPP together, or
 *   whose TPP is PPh 21 ditanggung pemerintah, puts its own percents (or zeros) in its rule set.
 *   The TER tables themselves are not modelled: they need the whole month's income (salary and every
 *   allowance) and PTKP status, which this system does not hold.
 * - "Without NPWP": UU PPh Pasal 21 ayat (5a) makes the rate 20 % higher for a recipient with no NPWP.
 *   Since UU HPP the NIK of a resident serves as NPWP (PMK 112/2022 as amended by PMK 136/2023, in
 *   full use from July 2024), so almost every civil servant has one; the surcharge is an opt-in of the rule set
 *   (`withoutNpwp.percentHigher`), applied only to an employee whose payroll data says "tanpa NPWP"
 *   (neither an NPWP nor a NIK validated as NPWP). An employee not so marked is taxed at the plain
 *   rate, which also keeps every month computed before this rule existed reproducible to the rupiah.
 *   Whether the surcharge applies to a final PPh 21 on TPP is for the region's tax office to say; the
 *   shipped sets carry 20 % (the statute's figure) with that caveat in their `source`.
 * - The tax is exact integer arithmetic on basis points: gross × rate × (100 + higher) / 100, rounded
 *   once, as every other line, by the rule set's line rounding.
 */
import { basisPoints, fractionOf, type LineRounding } from './money.js';
import type { TppRuleSet } from './schema.js';

export type Pph21Kind = 'pns' | 'pppk';

export interface Pph21Rate {
  /** The percent by golongan. */
  basePercent: number;
  /** The percent applied: basePercent, or basePercent × (100 + percentHigher) / 100 without NPWP. */
  percent: number;
  /** The rule set's surcharge applied to this employee (0: none). */
  percentHigher: number;
  /** The employee is recorded as having no NPWP (whether or not the rule set surcharges it). */
  withoutNpwp: boolean;
}

/** The PPh 21 percent by golongan alone. */
export function pph21Percent(rs: TppRuleSet, kind: Pph21Kind, golongan: string): number {
  const p = rs.payroll.pph21;
  if (kind === 'pppk') return p.pppk?.[golongan.trim().toUpperCase()] ?? p.pppkDefault;
  const group = /^(IV|III|II|I)\b/i.exec(golongan.trim())?.[1]?.toUpperCase() as 'I' | 'II' | 'III' | 'IV' | undefined;
  if (!group) throw new Error(`golongan PNS tidak dikenal: ${golongan}`);
  return p.pns[group];
}

/** The rate for an employee: by golongan, raised for one without NPWP when the rule set says so. */
export function pph21Rate(rs: TppRuleSet, kind: Pph21Kind, golongan: string, withoutNpwp = false): Pph21Rate {
  const basePercent = pph21Percent(rs, kind, golongan);
  const percentHigher = withoutNpwp ? (rs.payroll.pph21.withoutNpwp?.percentHigher ?? 0) : 0;
  // Percents have at most two decimals; the product is kept to four (6 % from 5 % × 120 %, 0,6 % from 0,5 %).
  const percent = Math.round(basePercent * (100 + percentHigher) * 100) / 10_000;
  return { basePercent, percent, percentHigher, withoutNpwp };
}

/** The tax on a gross at a rate, in whole rupiah: gross × base × (100 + higher) / 100, rounded once. */
export function pph21Amount(gross: number, rate: Pph21Rate, rounding: LineRounding): number {
  return fractionOf(gross, basisPoints(rate.basePercent) * (10_000 + basisPoints(rate.percentHigher)), 100_000_000, rounding);
}
