/**
 * Pola distribusi predikat kinerja pegawai (SE MenPANRB 3/2023, tahap 2): the organisation's
 * capaian bounds the mix of predikat its penilai may give. The rules are data: a later SE changes
 * this table, not the checker.
 *
 * A rule names a group of predikat and bounds its share of the employees rated in the
 * organisation: `at_most` / `at_least` a percentage, or `some` (at least one employee; the SE's
 * "harus ada"). Shares are compared in whole numbers (count × 100 against percent × total) so
 * that 7 of 10 is exactly 70 %, never 70.00000001 %.
 */
import { CAPAIAN_ORGANISASI_LABEL, type CapaianOrganisasi } from './capaian-organisasi.js';
import { PREDIKAT_LABEL, PREDIKATS, type Predikat } from './ratings.js';

export type DistributionRule =
  | { kind: 'at_most'; predikat: readonly Predikat[]; percent: number }
  | { kind: 'at_least'; predikat: readonly Predikat[]; percent: number }
  | { kind: 'some'; predikat: readonly Predikat[] };

/** SE MenPANRB 3/2023, pola distribusi per capaian kinerja organisasi; predikat not named are free. */
export const DISTRIBUTION_RULES: Readonly<Record<CapaianOrganisasi, readonly DistributionRule[]>> = {
  // "sebagian besar (maksimal 70%) pegawai memiliki predikat Sangat Baik", the rest any.
  istimewa: [{ kind: 'at_most', predikat: ['sangat_baik'], percent: 70 }],
  // "maksimal 70% Baik, harus ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/misconduct".
  baik: [
    { kind: 'at_most', predikat: ['baik'], percent: 70 },
    { kind: 'some', predikat: ['butuh_perbaikan', 'kurang'] },
  ],
  // "minimal 60% Butuh Perbaikan", Sangat Baik "maksimal 10%".
  butuh_perbaikan: [
    { kind: 'at_least', predikat: ['butuh_perbaikan'], percent: 60 },
    { kind: 'at_most', predikat: ['sangat_baik'], percent: 10 },
  ],
  // "minimal 60% Kurang/misconduct, minimal 10% Butuh Perbaikan", Sangat Baik "maksimal 10%".
  kurang: [
    { kind: 'at_least', predikat: ['kurang'], percent: 60 },
    { kind: 'at_least', predikat: ['butuh_perbaikan'], percent: 10 },
    { kind: 'at_most', predikat: ['sangat_baik'], percent: 10 },
  ],
  // "minimal 60% Sangat Kurang, minimal 10% Kurang/misconduct dan/atau Butuh Perbaikan", no Sangat Baik.
  sangat_kurang: [
    { kind: 'at_least', predikat: ['sangat_kurang'], percent: 60 },
    { kind: 'at_least', predikat: ['kurang', 'butuh_perbaikan'], percent: 10 },
    { kind: 'at_most', predikat: ['sangat_baik'], percent: 0 },
  ],
};

export type PredikatCounts = Readonly<Record<Predikat, number>>;

export function countPredikat(predikats: Iterable<Predikat>): Record<Predikat, number> {
  const counts = Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const p of predikats) counts[p] += 1;
  return counts;
}

export interface DistributionBreach {
  rule: DistributionRule;
  /** Employees in the rule's group, and all employees rated. */
  count: number;
  total: number;
  message: string;
}

/**
 * The rules the current mix breaks. An organisation with nobody rated yet breaks nothing: the
 * curve is a bound on ratings given, and "harus ada" cannot be owed before anyone is rated.
 * Whether a breach warns or blocks finalisation is the agency's setting, not this function's.
 */
export function checkDistribution(
  capaian: CapaianOrganisasi,
  counts: PredikatCounts,
  rules: Readonly<Record<CapaianOrganisasi, readonly DistributionRule[]>> = DISTRIBUTION_RULES,
): DistributionBreach[] {
  const total = PREDIKATS.reduce((sum, p) => sum + counts[p], 0);
  if (total === 0) return [];
  const breaches: DistributionBreach[] = [];
  for (const rule of rules[capaian]) {
    const count = rule.predikat.reduce((sum, p) => sum + counts[p], 0);
    if (isBreached(rule, count, total)) {
      breaches.push({ rule, count, total, message: breachMessage(capaian, rule, count, total) });
    }
  }
  return breaches;
}

function isBreached(rule: DistributionRule, count: number, total: number): boolean {
  switch (rule.kind) {
    case 'at_most':
      return count * 100 > rule.percent * total;
    case 'at_least':
      return count * 100 < rule.percent * total;
    case 'some':
      return count === 0;
  }
}

function groupLabel(predikat: readonly Predikat[]): string {
  return predikat.map((p) => `"${PREDIKAT_LABEL[p]}"`).join(' dan/atau ');
}

function share(count: number, total: number): string {
  return `${count} dari ${total} pegawai (${formatPercent((count * 100) / total)}%)`;
}

/** One decimal at most, with the Indonesian decimal comma: 66,7. */
function formatPercent(value: number): string {
  return (Math.round(value * 10) / 10).toString().replace('.', ',');
}

function breachMessage(capaian: CapaianOrganisasi, rule: DistributionRule, count: number, total: number): string {
  const org = `capaian kinerja organisasi "${CAPAIAN_ORGANISASI_LABEL[capaian]}"`;
  const group = groupLabel(rule.predikat);
  switch (rule.kind) {
    case 'at_most':
      return rule.percent === 0
        ? `Dengan ${org}, tidak boleh ada pegawai berpredikat ${group}; saat ini ${share(count, total)}.`
        : `Dengan ${org}, predikat ${group} paling banyak ${rule.percent}%; saat ini ${share(count, total)}.`;
    case 'at_least':
      return `Dengan ${org}, predikat ${group} paling sedikit ${rule.percent}%; saat ini ${share(count, total)}.`;
    case 'some':
      return `Dengan ${org}, harus ada pegawai berpredikat ${group}; saat ini belum ada.`;
  }
}
