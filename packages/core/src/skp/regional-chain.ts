/**
 * The pejabat penilai and atasan pejabat penilai for an SKP where one agency's org chart ends.
 *
 * An agency's OrgChart (core/org/supervisor.ts) stops at the head of the OPD: a Kepala Dinas has no
 * supervisor in it. Above that the chain is regional (PermenPANRB 6/2022 and the regional rows of
 * the e-Kinerja role table): a Kepala Perangkat Daerah (JPT pratama) is rated by the Sekretaris
 * Daerah, with the Gubernur / Bupati / Wali Kota as atasan pejabat penilai; the Sekda (JPT madya in
 * a province) is rated by the kepala daerah, who has no atasan in the region. The kepala daerah is a
 * named official, not necessarily an ASN.
 *
 * Acting follows the org chart's rules: an active Plh outranks a Plt or Pj, who outranks the
 * definitive holder; a vacant Sekda post passes to the kepala daerah, as a vacant head post passes
 * up the chart; someone who acts in the post above their own is skipped for themselves.
 */
import { isActiveOn, type OrgChart, type SupervisorLink } from '../org/supervisor.js';

/** Pj (penjabat) stands in for a kepala daerah whose term ended, like a Plt for a vacant post. */
export const REGIONAL_CAPACITIES = ['definitive', 'pj', 'plt', 'plh'] as const;
export type RegionalCapacity = (typeof REGIONAL_CAPACITIES)[number];

export const KEPALA_DAERAH_TITLES = ['Gubernur', 'Bupati', 'Wali Kota'] as const;
export type KepalaDaerahTitle = (typeof KEPALA_DAERAH_TITLES)[number];

interface Term {
  capacity: RegionalCapacity;
  startsOn: string;
  endsOn: string | null;
}

/** The Sekda is an ASN with an employee record (in the Sekretariat Daerah's chart). */
export interface SekdaTerm extends Term {
  employeeId: string;
}

export interface KepalaDaerahTerm extends Term {
  officialId: string;
  title: KepalaDaerahTitle;
  /** Set when the official is also an employee of the region: a Pj who is an ASN, or the Sekda as Plh. */
  employeeId?: string | null;
}

export interface RegionalLeadership {
  sekda: readonly SekdaTerm[];
  kepalaDaerah: readonly KepalaDaerahTerm[];
}

/** What the agency's OrgChart answers for the employee, and where its chain stops. */
export interface ChartAnswer {
  employeeId: string;
  /** OrgChart.supervisorOf(employeeId). */
  supervisor: SupervisorLink | null;
  /** OrgChart.atasanPejabatPenilaiOf(employeeId). */
  atasan: SupervisorLink | null;
  /**
   * The employee occupies (in any capacity) the head post of the OPD's top unit: the chart has
   * nobody above them by design, not by missing data. A Kabid acting as Plt Kepala Dinas counts.
   */
  employeeHeadsAgency: boolean;
  /** The supervisor occupies (in any capacity) the head post of the OPD's top unit (so the chart has no atasan by design). */
  supervisorHeadsAgency: boolean;
}

/** The ChartAnswer for one employee from the agency's OrgChart, whose top unit is `agencyRootUnitId`. */
export function chartAnswerOf(chart: OrgChart, employeeId: string, agencyRootUnitId: string): ChartAnswer {
  const supervisor = chart.supervisorOf(employeeId);
  const rootHead = chart.headPositionOf(agencyRootUnitId);
  const headsRoot = (id: string) => rootHead !== undefined && chart.occupantOf(rootHead)?.employeeId === id;
  return {
    employeeId,
    supervisor,
    atasan: chart.atasanPejabatPenilaiOf(employeeId),
    employeeHeadsAgency: headsRoot(employeeId),
    // By person, not by the link's unit: a Kabid who is also Plt Kepala Dinas supervises their Kasi
    // from the bidang, yet the chart stops above them because they head the OPD.
    supervisorHeadsAgency: supervisor !== null && headsRoot(supervisor.employeeId),
  };
}

export type Rater =
  | { kind: 'employee'; employeeId: string; capacity: SupervisorLink['capacity'] | RegionalCapacity; via: 'org_chart' | 'sekda' }
  | { kind: 'kepala_daerah'; officialId: string; employeeId: string | null; title: KepalaDaerahTitle; capacity: RegionalCapacity };

export interface PenilaiChain {
  pejabatPenilai: Rater | null;
  atasanPejabatPenilai: Rater | null;
}

const PRECEDENCE: Record<RegionalCapacity, number> = { plh: 0, plt: 1, pj: 1, definitive: 2 };

/** Two overlapping terms of the same rank are a data error; the larger id wins so that row order never decides. */
function termId(t: Term & { officialId?: string; employeeId?: string | null }): string {
  return t.officialId ?? t.employeeId ?? '';
}

/** Who holds a regional post on `date`: Plh, then Plt/Pj, then definitive; the latest start on a tie; `exclude` skips a term. */
export function regionalHolderOn<T extends Term>(terms: readonly T[], date: string, exclude?: (t: T) => boolean): T | undefined {
  let best: T | undefined;
  for (const t of terms) {
    if (!isActiveOn(t, date) || exclude?.(t)) continue;
    const rank = PRECEDENCE[t.capacity] - (best ? PRECEDENCE[best.capacity] : 0);
    if (
      !best ||
      rank < 0 ||
      (rank === 0 && (t.startsOn > best.startsOn || (t.startsOn === best.startsOn && termId(t) > termId(best))))
    ) {
      best = t;
    }
  }
  return best;
}

export function penilaiChainOf(answer: ChartAnswer, leadership: RegionalLeadership, date: string): PenilaiChain {
  const sekdaHolder = regionalHolderOn(leadership.sekda, date);
  // The kepala daerah post skipping someone who holds it as Plh/Pj while also being rated under it
  // (a Sekda as Plh Gubernur is not their own penilai nor their own atasan penilai).
  // The employee is never their own rater either.
  const kdFor = (skip: string): Rater | null => {
    const t = regionalHolderOn(leadership.kepalaDaerah, date, (k) => k.employeeId === skip || k.employeeId === answer.employeeId);
    return t ? { kind: 'kepala_daerah', officialId: t.officialId, employeeId: t.employeeId ?? null, title: t.title, capacity: t.capacity } : null;
  };

  // The Sekda (in any capacity) is rated by the kepala daerah, who has no atasan in the region.
  if (sekdaHolder?.employeeId === answer.employeeId) return { pejabatPenilai: kdFor(answer.employeeId), atasanPejabatPenilai: null };

  const sekda: Rater | null = sekdaHolder
    ? { kind: 'employee', employeeId: sekdaHolder.employeeId, capacity: sekdaHolder.capacity, via: 'sekda' }
    : null;

  if (answer.supervisor) {
    const pejabatPenilai: Rater = { kind: 'employee', employeeId: answer.supervisor.employeeId, capacity: answer.supervisor.capacity, via: 'org_chart' };
    if (answer.atasan) {
      return { pejabatPenilai, atasanPejabatPenilai: { kind: 'employee', employeeId: answer.atasan.employeeId, capacity: answer.atasan.capacity, via: 'org_chart' } };
    }
    // The chart ends at the supervisor: continue with the supervisor's own regional penilai.
    if (sekdaHolder?.employeeId === answer.supervisor.employeeId) return { pejabatPenilai, atasanPejabatPenilai: kdFor(answer.supervisor.employeeId) };
    if (answer.supervisorHeadsAgency) return { pejabatPenilai, atasanPejabatPenilai: sekda ?? kdFor(answer.supervisor.employeeId) };
    return { pejabatPenilai, atasanPejabatPenilai: null };
  }

  // An OPD head: the Sekda, or the kepala daerah when the Sekda post is empty.
  if (answer.employeeHeadsAgency) {
    return sekda
      ? { pejabatPenilai: sekda, atasanPejabatPenilai: kdFor(sekdaHolder!.employeeId) }
      : { pejabatPenilai: kdFor(answer.employeeId), atasanPejabatPenilai: null };
  }
  // Nobody above and not an OPD head: missing data, shown as such rather than guessed.
  return { pejabatPenilai: null, atasanPejabatPenilai: null };
}
