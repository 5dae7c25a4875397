import {
  chartAnswerOf,
  penilaiChainOf,
  type KepalaDaerahTerm,
  type Rater,
  type RegionalLeadership,
  type SekdaTerm,
  type SupervisorLink,
} from '@kinerja/core';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import { displayName } from '../org/index.js';
import { agencyRootUnit, employeeOnDate, headPostOfUnit, regionalTerms, type PersonSnapshotRow } from './queries.js';

const ACTING_PREFIX: Record<string, string> = { plt: 'Plt. ', plh: 'Plh. ', pj: 'Pj. ' };

/** The province's Sekda and kepala daerah terms, with the agency of each Sekda (not in core's shape). */
async function regionalLeadership(db: Db): Promise<{ leadership: RegionalLeadership; sekdaAgency: Map<string, string>; officialName: Map<string, string> }> {
  const sekda: SekdaTerm[] = [];
  const kepalaDaerah: KepalaDaerahTerm[] = [];
  const sekdaAgency = new Map<string, string>();
  const officialName = new Map<string, string>();
  for (const t of await regionalTerms(db)) {
    const term = { capacity: t.capacity, startsOn: t.starts_on, endsOn: t.ends_on };
    if (t.post === 'sekda' && t.employee_id && t.employee_agency_id) {
      sekda.push({ ...term, employeeId: t.employee_id });
      sekdaAgency.set(t.employee_id, t.employee_agency_id);
    } else if (t.post === 'kepala_daerah' && t.official_id && t.title) {
      kepalaDaerah.push({ ...term, officialId: t.official_id, title: t.title, employeeId: t.employee_id });
      officialName.set(t.official_id, t.official_name ?? t.title);
    }
  }
  return { leadership: { sekda, kepalaDaerah }, sekdaAgency, officialName };
}

async function employeeSnapshot(
  db: Db,
  role: PersonSnapshotRow['role'],
  agencyId: string,
  employeeId: string,
  date: string,
  capacity: string,
  actedUnitId: string | null,
): Promise<PersonSnapshotRow | null> {
  const e = await employeeOnDate(db, agencyId, employeeId, date);
  if (!e) return null;
  let positionName = e.position_name ?? '-';
  let unitName = e.unit_name ?? '-';
  // A Plt/Plh rates through the post they act in, and the form prints it so.
  if (actedUnitId && ACTING_PREFIX[capacity]) {
    const head = await headPostOfUnit(db, agencyId, actedUnitId);
    if (head) {
      positionName = `${ACTING_PREFIX[capacity]}${head.position_name}`;
      unitName = head.unit_name;
    }
  } else if (ACTING_PREFIX[capacity]) {
    positionName = `${ACTING_PREFIX[capacity]}${positionName}`;
  }
  return {
    role,
    personAgencyId: agencyId,
    employeeId,
    officialId: null,
    capacity,
    status: e.kind === 'pppk' ? 'pppk' : 'pns',
    name: displayName(e),
    nip: e.nip,
    rank: e.rank_code,
    positionName,
    unitName,
  };
}

/**
 * The three people of an SKP as they are on `date`: the employee, and the pejabat penilai and atasan
 * pejabat penilai from the agency's chart, continued above the OPD head by the regional chain
 * (core's penilaiChainOf). A Plt/Plh and a vacant post resolve exactly as on the validation chart.
 */
export async function peopleOnSkp(ctx: AppContext, db: Db, agencyId: string, employeeId: string, date: string, orgVersion: number): Promise<PersonSnapshotRow[]> {
  const chart = await ctx.charts.get(agencyId, date, orgVersion);
  const root = await agencyRootUnit(db, agencyId);
  const answer = root
    ? chartAnswerOf(chart, employeeId, root.id)
    : { employeeId, supervisor: chart.supervisorOf(employeeId), atasan: chart.atasanPejabatPenilaiOf(employeeId), employeeHeadsAgency: false, supervisorHeadsAgency: false };
  const { leadership, sekdaAgency, officialName } = await regionalLeadership(db);
  const chain = penilaiChainOf(answer, leadership, date);

  const rater = async (role: PersonSnapshotRow['role'], r: Rater | null, link: SupervisorLink | null): Promise<PersonSnapshotRow | null> => {
    if (r === null) return null;
    if (r.kind === 'kepala_daerah') {
      return {
        role,
        personAgencyId: null,
        employeeId: null,
        officialId: r.officialId,
        capacity: r.capacity,
        status: 'non_asn',
        name: officialName.get(r.officialId) ?? r.title,
        nip: null,
        rank: null,
        positionName: `${ACTING_PREFIX[r.capacity] ?? ''}${r.title}`,
        unitName: 'Pemerintah Daerah',
      };
    }
    const inAgency = r.via === 'sekda' ? sekdaAgency.get(r.employeeId) : agencyId;
    if (!inAgency) return null;
    return employeeSnapshot(db, role, inAgency, r.employeeId, date, r.capacity, r.via === 'org_chart' ? (link?.unitId ?? null) : null);
  };

  const people: PersonSnapshotRow[] = [];
  const self = await employeeSnapshot(db, 'pegawai', agencyId, employeeId, date, 'definitive', null);
  if (self) people.push(self);
  const penilai = await rater('pejabat_penilai', chain.pejabatPenilai, answer.supervisor);
  if (penilai) people.push(penilai);
  const atasan = await rater('atasan_pejabat_penilai', chain.atasanPejabatPenilai, answer.atasan);
  if (atasan) people.push(atasan);
  return people;
}
