import { skpFormOf, type PositionKind, type SkpStatus, compareText } from '@kinerja/core';
import type { SkpOverviewAnswer, SkpOverviewCounts, SkpOverviewState } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { displayName, todayChart } from '../org/index.js';
import { overviewAgency, overviewEmployees, overviewOutsidePenilaiSkps, overviewPositions, overviewSkps, overviewUnits } from './queries/overview.js';

interface PenilaiSkp {
  period_from: string;
  period_to: string;
  status: string;
  version_in_force: number | null;
}

const zero = (): SkpOverviewCounts => ({ employees: 0, belum: 0, draft: 0, diajukan: 0, dikembalikan: 0, disetujui: 0 });

/** An SKP's place in the overview: a cancelled revision leaves the approved version in force. */
function stateOf(s: { status: string; version_in_force: number | null }): SkpOverviewState {
  if (s.status === 'dibatalkan') return s.version_in_force !== null ? 'disetujui' : 'draft';
  return s.status as SkpOverviewState;
}

const overlaps = (s: { period_from: string; period_to: string }, from: string, to: string) => s.period_from <= to && s.period_to >= from;

/**
 * The agency's SKP overview for a year. People are placed by their definitive post on today's org
 * chart (someone without one today is not counted); each counts once, by their latest SKP
 * overlapping the year (a mid-year move leaves two; the later one is the post they hold). Blocked:
 * a JA/JF employee whose SKP has no approved version and whose pejabat penilai has no approved SKP
 * overlapping its period (the cascade check would refuse their submission). The penilai is the one
 * on the SKP's snapshot, or for someone not started, today's chart's supervisor for the year; a
 * kepala daerah keeps no SKP here, and a not-started agency head (rated regionally) is not judged.
 * Reminders: everyone counted whose SKP is not approved, with the same penilai (name and NIP).
 * Five statements besides the agency's clock whatever the agency's size (today's chart cached), one
 * more when a penilai of someone not yet approved sits in another agency.
 */
export async function skpOverview(ctx: AppContext, agencyId: string, year: number): Promise<SkpOverviewAnswer> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [{ chart, today }, agency, units, positions, employees, skps] = await Promise.all([
    todayChart(ctx, agencyId),
    overviewAgency(ctx.db, agencyId),
    overviewUnits(ctx.db, agencyId),
    overviewPositions(ctx.db, agencyId),
    overviewEmployees(ctx.db, agencyId),
    overviewSkps(ctx.db, agencyId, from, to),
  ]);
  if (!agency) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');

  const skpsOf = new Map<string, (typeof skps)[number][]>();
  for (const s of skps) skpsOf.set(s.employee_id, [...(skpsOf.get(s.employee_id) ?? []), s]);
  const positionById = new Map(positions.map((p) => [p.id, p]));
  const employeeById = new Map(employees.map((e) => [e.id, e]));
  const unitById = new Map(units.map((u) => [u.id, u]));

  // Who the penilai of each placed employee is, and the period their SKP is judged on.
  interface Placed {
    employeeId: string;
    unitId: string;
    state: SkpOverviewState;
    form: string;
    period: { from: string; to: string };
    penilai: { agencyId: string; employeeId: string; name: string; nip: string | null } | null;
  }
  const placed: Placed[] = [];
  for (const e of employees) {
    const positionId = chart.positionOf(e.id);
    const position = positionId ? positionById.get(positionId) : undefined;
    if (!position) continue;
    const own = skpsOf.get(e.id);
    const latest = own?.[own.length - 1];
    if (latest) {
      placed.push({
        employeeId: e.id,
        unitId: position.unit_id,
        state: stateOf(latest),
        form: latest.form,
        period: { from: latest.period_from, to: latest.period_to },
        penilai:
          latest.penilai_agency_id && latest.penilai_id
            ? { agencyId: latest.penilai_agency_id, employeeId: latest.penilai_id, name: latest.penilai_name ?? '-', nip: latest.penilai_nip }
            : null,
      });
    } else {
      const sup = chart.supervisorOf(e.id);
      const supRow = sup ? employeeById.get(sup.employeeId) : undefined;
      placed.push({
        employeeId: e.id,
        unitId: position.unit_id,
        state: 'belum',
        form: skpFormOf(position.kind as PositionKind),
        period: { from, to },
        penilai: sup && supRow ? { agencyId, employeeId: sup.employeeId, name: displayName(supRow), nip: supRow.nip } : null,
      });
    }
  }

  // The penilai's SKP: this agency's are already read; those in other agencies in one more statement.
  const penilaiSkps = new Map<string, PenilaiSkp[]>();
  const key = (a: string, e: string) => `${a}/${e}`;
  for (const [employeeId, list] of skpsOf) penilaiSkps.set(key(agencyId, employeeId), list);
  const outside = placed.flatMap((p) => (p.penilai && p.penilai.agencyId !== agencyId && p.state !== 'disetujui' ? [p.penilai] : []));
  if (outside.length > 0) {
    const rows = await overviewOutsidePenilaiSkps(ctx.db, [...new Set(outside.map((o) => o.agencyId))], [...new Set(outside.map((o) => o.employeeId))], from, to);
    for (const r of rows) penilaiSkps.set(key(r.agency_id, r.employee_id), [...(penilaiSkps.get(key(r.agency_id, r.employee_id)) ?? []), r]);
  }

  const countsOf = new Map<string, SkpOverviewCounts>();
  const totals = zero();
  const blocked: SkpOverviewAnswer['blocked'] = [];
  const reminders: SkpOverviewAnswer['reminders'] = [];
  for (const p of placed) {
    const c = countsOf.get(p.unitId) ?? zero();
    countsOf.set(p.unitId, c);
    for (const into of [c, totals]) {
      into.employees += 1;
      into[p.state] += 1;
    }
    if (p.state === 'disetujui') continue;
    const person = employeeById.get(p.employeeId)!;
    reminders.push({
      employeeId: p.employeeId,
      name: displayName(person),
      nip: person.nip,
      unitId: p.unitId,
      unitName: unitById.get(p.unitId)?.name ?? '-',
      state: p.state,
      penilaiName: p.penilai?.name ?? null,
      penilaiNip: p.penilai?.nip ?? null,
    });
    if (p.form === 'jpt' || !p.penilai) continue;
    const theirs = (penilaiSkps.get(key(p.penilai.agencyId, p.penilai.employeeId)) ?? []).filter((s) => overlaps(s, p.period.from, p.period.to));
    if (theirs.some((s) => s.version_in_force !== null)) continue;
    const last = theirs[theirs.length - 1];
    const r = reminders[reminders.length - 1]!;
    blocked.push({
      employeeId: r.employeeId,
      name: r.name,
      nip: r.nip,
      unitId: r.unitId,
      unitName: r.unitName,
      state: p.state,
      penilaiEmployeeId: p.penilai.employeeId,
      penilaiName: p.penilai.name,
      penilaiSkpStatus: last ? (last.status as SkpStatus) : null,
    });
  }

  // Units in tree order (parents before children, siblings by code), with their depth.
  const children = new Map<string | null, typeof units>();
  for (const u of units) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u]);
  const tree: SkpOverviewAnswer['units'] = [];
  const order = new Map<string, number>();
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      order.set(u.id, tree.length);
      tree.push({ unitId: u.id, parentId: u.parent_id, name: u.name, depth, counts: countsOf.get(u.id) ?? zero() });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  const byUnitThenName = (a: { unitId: string; name: string }, b: { unitId: string; name: string }) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0) || compareText(a.name, b.name);
  blocked.sort(byUnitThenName);
  reminders.sort(byUnitThenName);
  return { year, asOf: today, agency: { id: agency.id, code: agency.code, name: agency.name }, units: tree, totals, blocked, reminders };
}
