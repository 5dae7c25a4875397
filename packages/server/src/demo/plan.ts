import { addDays, type AssignmentRole, type Role } from '@kinerja/core';
import { AGENCIES } from './agencies.js';
import type { AgencySpec } from './chart-builders.js';
import type { ProfileKey } from './jabatan.js';
import { addYears, dateBetween, makePerson, NipRegistry, type PlannedPerson } from './people.js';
import { apportion, Random } from './random.js';
import { allocateStaff, buildUnits, headPosition, minimumStaff, staffPosition, type PlannedPosition, type PlannedUnit } from './structure.js';
import type { Field } from './titles.js';

/**
 * The whole demo province in memory, keyed by codes and NIPs rather than database ids, so the same
 * seed always yields the same plan (the ids are drawn only when it is written). Only the acting
 * (Plt/Plh) dates depend on `today`: they must cover it.
 */
export interface PlannedEmployee extends PlannedPerson {
  positionCode: string;
  accountRole: Role;
}

export interface PlannedAssignment {
  nip: string;
  positionCode: string;
  role: AssignmentRole;
  startsOn: string;
  endsOn: string | null;
  decreeNumber: string | null;
}

export interface PlannedAgency {
  spec: AgencySpec;
  units: PlannedUnit[];
  positions: PlannedPosition[];
  employees: PlannedEmployee[];
  assignments: PlannedAssignment[];
}

export interface DemoPlan {
  seed: number;
  today: string;
  agencies: PlannedAgency[];
  /** The province-wide auditor signs in with a NIP of their own and has no employee record here. */
  auditor: PlannedPerson;
}

export interface PlanOptions {
  employees: number;
  seed: number;
  today: string;
}

/** The fewest employees a chart can hold: every head post (bar the vacant ones) and one staff per staffed unit. */
function agencyMinimum(units: readonly PlannedUnit[]): number {
  return units.filter((u) => !u.spec.vacancy).length + minimumStaff(units);
}

export function buildDemoPlan(options: PlanOptions): DemoPlan {
  const { seed, today } = options;
  const root = new Random(seed, 'province');
  const structures = AGENCIES.map((spec) => ({ spec, units: buildUnits(spec) }));
  const minima = structures.map((s) => agencyMinimum(s.units));
  const floor = minima.reduce((a, b) => a + b, 0);
  if (!Number.isInteger(options.employees) || options.employees < floor) {
    throw new Error(`Provinsi demo membutuhkan sedikitnya ${floor} pegawai (diminta ${options.employees}).`);
  }
  // Share the requested total by agency size, on top of what each chart needs at the least.
  const sizeTotal = AGENCIES.reduce((n, a) => n + a.size, 0);
  const wants = AGENCIES.map((a, i) => Math.max(0, (a.size * options.employees) / sizeTotal - minima[i]!));
  const extra = apportion(options.employees - floor, wants.some((x) => x > 0) ? wants : AGENCIES.map((a) => a.size));

  const nips = new NipRegistry();
  const decrees = { n: 0 };
  const agencies = structures.map(({ spec, units }, i) =>
    planAgency(root.fork(spec.code), nips, decrees, spec, units, minima[i]! + extra[i]!, today),
  );
  const auditorRng = root.fork('auditor');
  const auditor = makePerson(auditorRng, nips, {
    post: { kind: 'fungsional', jfLevel: 'ahli_madya', kelas: 11, tier: null, jabatan: 'AUDITOR' },
    agencyFields: ['ekonomi'],
    pppkAllowed: false,
  });
  return { seed, today, agencies, auditor };
}

const SUPPORT_PROFILES: ReadonlySet<ProfileKey> = new Set(['umpeg', 'keuangan', 'program', 'tu', 'rumahtangga']);

/** Support units (Sekretariat, Tata Usaha) are run by generalists; technical units by the agency's own professions. */
function headFields(unit: PlannedUnit, spec: AgencySpec): readonly Field[] {
  if (unit.profile && SUPPORT_PROFILES.has(unit.profile)) return ['umum', 'ekonomi', 'pemerintahan'];
  if (unit.spec.code === 'SEK') return ['umum', 'pemerintahan', ...spec.fields];
  return spec.fields;
}

function planAgency(
  rng: Random,
  nips: NipRegistry,
  decrees: { n: number },
  spec: AgencySpec,
  units: PlannedUnit[],
  total: number,
  today: string,
): PlannedAgency {
  const positions: PlannedPosition[] = [];
  const employees: PlannedEmployee[] = [];
  const assignments: PlannedAssignment[] = [];
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const headOf = new Map<string, PlannedEmployee>();
  const nextDecree = () => String(++decrees.n).padStart(4, '0');

  const place = (position: PlannedPosition, person: PlannedPerson, accountRole: Role = 'employee') => {
    const employee: PlannedEmployee = { ...person, positionCode: position.code, accountRole };
    employees.push(employee);
    assignments.push({
      nip: person.nip,
      positionCode: position.code,
      role: 'definitive',
      startsOn: person.startsOn,
      endsOn: null,
      decreeNumber: position.isHead ? `821.2/${nextDecree()}/BKD-B/${person.startsOn.slice(0, 4)}` : null,
    });
    return employee;
  };

  for (const unit of units) {
    const position = headPosition(unit);
    positions.push(position);
    if (unit.spec.vacancy) continue;
    const person = makePerson(rng, nips, { post: position, agencyFields: headFields(unit, spec), pppkAllowed: false });
    headOf.set(unit.code, place(position, person));
  }

  const slots = allocateStaff(rng, units, total - headOf.size);
  const staffPositions = new Map<string, PlannedPosition>();
  const adminTaken = new Set<string>();
  for (const slot of slots) {
    const position = staffPosition(slot.unitCode, slot.jabatan, slot.level);
    if (!staffPositions.has(position.code)) {
      staffPositions.set(position.code, position);
      positions.push(position);
    }
    const person = makePerson(rng, nips, { post: position, agencyFields: spec.fields, pppkAllowed: true });
    const admin = unitByCode.get(slot.unitCode)!.spec.admin;
    const role: Role = admin && !adminTaken.has(slot.unitCode) ? admin : 'employee';
    if (admin) adminTaken.add(slot.unitCode);
    place(position, person, role);
  }

  addHistory(rng, positions, employees, assignments, nextDecree);
  addActing(units, positions, headOf, assignments, today, spec.code, nextDecree);
  return { spec, units, positions, employees, assignments };
}

/**
 * Earlier posts for some people, so position history is not empty: heads were often the head of a
 * unit one tier down; some staff were promoted from a lower jenjang or another post.
 */
function addHistory(
  rng: Random,
  positions: readonly PlannedPosition[],
  employees: readonly PlannedEmployee[],
  assignments: PlannedAssignment[],
  nextDecree: () => string,
): void {
  const byCode = new Map(positions.map((p) => [p.code, p]));
  const currentStart = new Map<string, string>();
  for (const a of assignments) currentStart.set(a.positionCode, a.startsOn);
  const usedHeadPosts = new Set<string>();
  const staff = positions.filter((p) => !p.isHead);
  const lowerTier = { jpt_madya: 'jpt_pratama', jpt_pratama: 'administrator', administrator: 'pengawas' } as const;

  for (const e of employees) {
    const post = byCode.get(e.positionCode)!;
    const chance = post.isHead ? (post.tier === 'pengawas' ? 0.3 : 0.45) : 0.05;
    if (!rng.chance(chance)) continue;
    const endsOn = addDays(e.startsOn, -1);
    const from = addYears(e.appointedOn, 1);
    const latestStart = addYears(e.startsOn, -1);
    if (latestStart < from) continue;
    const startsOn = dateBetween(rng, addYears(e.startsOn, -6) > from ? addYears(e.startsOn, -6) : from, latestStart);

    let previous: PlannedPosition | undefined;
    const tier = post.tier;
    if (tier && tier in lowerTier) {
      // A head post one tier down whose present holder came after this person left it.
      const want = lowerTier[tier as keyof typeof lowerTier];
      const free = positions.filter(
        (p) => p.isHead && p.tier === want && !usedHeadPosts.has(p.code) && (currentStart.get(p.code) ?? '9999') > endsOn,
      );
      if (free.length > 0) previous = rng.pick(free);
    }
    if (!previous) {
      const sameJob = post.jabatan ? staff.filter((p) => p.jabatan === post.jabatan && p.kelas < post.kelas) : [];
      const lower = staff.filter((p) => p.kelas < post.kelas && (post.isHead || p.kind === post.kind || post.kind === 'fungsional'));
      const pool = sameJob.length > 0 ? sameJob : lower;
      if (pool.length === 0) continue;
      previous = rng.pick(pool);
    }
    if (previous.isHead) usedHeadPosts.add(previous.code);
    assignments.push({
      nip: e.nip,
      positionCode: previous.code,
      role: 'definitive',
      startsOn,
      endsOn,
      decreeNumber: previous.isHead ? `821.2/${nextDecree()}/BKD-B/${startsOn.slice(0, 4)}` : null,
    });
  }
}

/**
 * Acting officials: a Plt in each vacant head post marked so (a sibling unit's head, or for an agency
 * head the Sekretaris), and a Plh for a head marked away (the head of their first sub-unit).
 */
function addActing(
  units: readonly PlannedUnit[],
  positions: readonly PlannedPosition[],
  headOf: ReadonlyMap<string, PlannedEmployee>,
  assignments: PlannedAssignment[],
  today: string,
  agencyCode: string,
  nextDecree: () => string,
): void {
  const headPost = new Map(positions.filter((p) => p.isHead).map((p) => [p.unitCode, p]));
  const childrenOf = (code: string | null) => units.filter((u) => u.parentCode === code);
  const year = today.slice(0, 4);
  for (const unit of units) {
    if (unit.spec.vacancy === 'plt') {
      const candidates = unit.parentCode === null ? childrenOf(unit.code) : childrenOf(unit.parentCode).filter((u) => u.code !== unit.code);
      const actor = candidates.map((u) => headOf.get(u.code)).find((e) => e !== undefined);
      if (!actor) throw new Error(`Tidak ada pejabat untuk Plt ${unit.code}`);
      assignments.push({
        nip: actor.nip,
        positionCode: headPost.get(unit.code)!.code,
        role: 'plt',
        // A Plt is appointed for three months at a time.
        startsOn: addDays(today, -40),
        endsOn: addDays(today, 50),
        decreeNumber: `800.1.3.3/${nextDecree()}/BKD-B/${year}`,
      });
    }
    if (unit.spec.plh) {
      if (!headOf.has(unit.code)) throw new Error(`Plh untuk jabatan kosong ${unit.code}`);
      const actor = childrenOf(unit.code).map((u) => headOf.get(u.code)).find((e) => e !== undefined);
      if (!actor) throw new Error(`Tidak ada pejabat untuk Plh ${unit.code}`);
      assignments.push({
        nip: actor.nip,
        positionCode: headPost.get(unit.code)!.code,
        role: 'plh',
        // A Plh covers a short absence (leave, official travel).
        startsOn: addDays(today, -2),
        endsOn: addDays(today, 4),
        decreeNumber: `800.1.11.1/${nextDecree()}/${agencyCode}/${year}`,
      });
    }
  }
}

