/**
 * Gathering a month's TPP inputs for an agency (or some of its employees): one statement per source
 * for the whole agency, then core's TppEmployeeInput per employee. Nothing here computes rupiah.
 *
 * Sources: people and posts (org: today's chart on the month's last day, or today for a month still
 * running), payroll attributes and sanctions (this module), Plt/Plh assignments, journal minutes
 * approved and reported on time and the month's target (journal), the latest finalised predikat
 * (evaluation), an approved SKP covering the month (skp), attendance days and leave (the
 * attendance module's attendanceForTpp), and the team's entries left unvalidated past their window
 * (validation's lapsedEntriesBetween, counted against each one's supervisor). What could still
 * change is listed as "not final".
 */
import { addDays, monthRange, monthTargetOn, type LeaveType, type TppAttendanceDay, type TppEmployeeInput } from '@kinerja/core';
import type { TppNotFinalItem } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { attendanceForTpp, openLeaveForTpp } from '../attendance/index.js';
import { approvedOnTimeMinutes, loadJournalContext, targetFor, undecidedJournalDays } from '../journal/index.js';
import { agencyToday, displayName } from '../org/index.js';
import { lapsedEntriesBetween } from '../validation/index.js';
import { actingAssignments, agencyOfRun, approvedSkpOn, employeesForTpp, hukdisRows, latestPredikat, payrollRows, positionsForTpp } from './queries/inputs.js';
import { positionGroupsOf } from './queries/position-groups.js';

export type BankAccount = { bank: string; number: string; holder: string };

export interface GatheredEmployee {
  employeeId: string;
  nip: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  positionName: string | null;
  kelas: number | null;
  golongan: string | null;
  bankAccount: BankAccount | null;
  /** The TPP position group of the employee's own post (tpp_position_groups), or null. */
  positionGroup: string | null;
  /** Null when the engine cannot be given this employee (problem says why). */
  input: TppEmployeeInput | null;
  problem: string | null;
  notFinal: TppNotFinalItem[];
}

export interface GatheredMonth {
  agency: { id: string; code: string; name: string };
  month: string;
  /** The date people and posts were read on. */
  refDate: string;
  /** The month is not over in the agency's time zone. */
  running: boolean;
  employees: GatheredEmployee[];
  /** About the whole month (a source not gathered). */
  notes: TppNotFinalItem[];
}

export interface GatherOptions {
  employeeIds?: readonly string[];
}

const PREDIKATS = new Set(['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang']);
type Predikat = NonNullable<TppEmployeeInput['predikat']>;

/** The month after `month` (yyyy-mm). */
export function nextMonth(month: string): string {
  return addDays(monthRange(month).to, 1).slice(0, 7);
}

/** Every date from `from` to `to`, inclusive. */
function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The month an agency is in today (yyyy-mm). */
export async function currentMonthOf(ctx: AppContext, agencyId: string): Promise<string> {
  return (await agencyToday(ctx, agencyId)).today.slice(0, 7);
}

/** Attendance and leave for the month (a running one up to today, as of now), or the reason they could not be read. */
async function attendanceOf(ctx: AppContext, agencyId: string, month: string, ids: readonly string[] | null, upTo: { date: string; asOfMs: number } | null) {
  try {
    return { days: await attendanceForTpp(ctx, agencyId, month, { ...(ids ? { employeeIds: ids } : {}), ...(upTo ? { upTo } : {}) }), problem: null };
  } catch (e) {
    return { days: null, problem: e instanceof Error ? e.message : String(e) };
  }
}

export async function gatherMonth(ctx: AppContext, agencyId: string, month: string, options: GatherOptions = {}): Promise<GatheredMonth> {
  const { from, to } = monthRange(month);
  const [agency, today] = await Promise.all([agencyOfRun(ctx.db, agencyId), agencyToday(ctx, agencyId)]);
  if (!agency) throw new Error(`agency ${agencyId} not found`);
  const running = today.today <= to;
  const refDate = running ? today.today : to;
  const ids = options.employeeIds ?? null;
  const chart = await ctx.charts.get(agencyId, refDate);
  const jc = await loadJournalContext(ctx, agencyId);
  const [people, positions, groups, payroll, hukdis, acting, minutes, undecided, predikat, skp] = await Promise.all([
    employeesForTpp(ctx.db, agencyId, ids),
    positionsForTpp(ctx.db, agencyId),
    positionGroupsOf(ctx.db, agencyId),
    payrollRows(ctx.db, agencyId, ids),
    hukdisRows(ctx.db, agencyId, month, ids),
    actingAssignments(ctx.db, agencyId, from, to, ids),
    approvedOnTimeMinutes(ctx.db, agencyId, from, to, ids),
    undecidedJournalDays(ctx.db, agencyId, from, to, ids),
    latestPredikat(ctx.db, agencyId, to, ids),
    approvedSkpOn(ctx.db, agencyId, refDate, ids),
  ]);
  const [attendance, openLeave, lapsed] = await Promise.all([
    attendanceOf(ctx, agencyId, month, ids, running ? { date: today.today, asOfMs: ctx.now().getTime() } : null),
    openLeaveForTpp(ctx, agencyId, month, ids ? { employeeIds: ids } : {}),
    // As of the agency's today: an entry of the month's last days may still be inside its window
    // when the month is first computed, and a lapse once the window has passed. For some employees,
    // only their teams' entries (their direct subordinates on the chart the month is read on).
    lapsedEntriesBetween(ctx, agencyId, from, to, today.today, ids ? { employeeIds: [...new Set(ids.flatMap((id) => chart.subordinatesOf(id)))] } : {}),
  ]);
  // Each lapse counts against the employee's supervisor on the chart the month is read on.
  const lapsesOf = new Map<string, { entryId: string; date: string }[]>();
  for (const l of lapsed) {
    const sup = chart.supervisorOf(l.employeeId)?.employeeId;
    if (sup) lapsesOf.set(sup, [...(lapsesOf.get(sup) ?? []), { entryId: l.entryId, date: l.date }]);
  }

  const notes: TppNotFinalItem[] = [];
  if (attendance.problem !== null) {
    notes.push({
      kind: 'source_missing',
      employeeId: null,
      employeeName: null,
      message: `Data presensi belum dapat dibaca untuk bulan ini (${attendance.problem}); potongan disiplin belum dihitung.`,
    });
  }
  if (running) {
    notes.push({
      kind: 'month_running',
      employeeId: null,
      employeeName: null,
      message: `Bulan ini belum selesai: presensi dihitung sampai ${today.today}; hari sesudahnya belum dinilai.`,
      dates: [today.today],
    });
  }

  const positionById = new Map(positions.map((p) => [p.id, p]));
  const groupOf = new Map(groups.map((g) => [g.position_id, g.group_code]));
  const payrollOf = new Map(payroll.map((r) => [r.employee_id, r]));
  const minutesOf = new Map(minutes.map((r) => [r.employee_id, Number(r.minutes ?? 0)]));
  const predikatOf = new Map(predikat.map((r) => [r.employee_id, r]));
  const skpDone = new Set(skp.map((r) => r.employee_id));
  const group = <T extends { employee_id: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.employee_id, [...(m.get(r.employee_id) ?? []), r]);
    return m;
  };
  const hukdisOf = group(hukdis);
  const actingOf = group(acting);
  const undecidedOf = group(undecided);
  const monthTarget = monthTargetOn(month, jc.rulesOn).targetMinutes;

  const employees: GatheredEmployee[] = [];
  for (const person of people) {
    const name = displayName(person);
    const pay = payrollOf.get(person.id);
    const post = positionById.get(chart.positionOf(person.id) ?? '');
    const kelas = pay?.kelas_override ?? post?.kelas_jabatan ?? null;
    // Nobody without a post or a kelas set by hand is in the month's TPP.
    if (kelas === null && !pay) continue;
    const golongan = pay?.golongan ?? person.rank_code ?? null;
    const notFinal: TppNotFinalItem[] = [];
    const days = undecidedOf.get(person.id);
    if (days) {
      notFinal.push({
        kind: 'journal_pending',
        employeeId: person.id,
        employeeName: name,
        message: `${days.length} hari kegiatan belum diputus atasan (draf atau menunggu validasi).`,
        dates: days.map((d) => d.work_date),
        count: days.length,
      });
    }
    const open = openLeave.get(person.id);
    if (open) {
      const dates = open.flatMap((l) => datesBetween(l.from < from ? from : l.from, l.to > to ? to : l.to));
      notFinal.push({
        kind: 'leave_open',
        employeeId: person.id,
        employeeName: name,
        message: `${open.length} permohonan cuti belum diputus atasan.`,
        dates,
        count: open.length,
      });
    }
    const missing = [kelas === null ? 'kelas jabatan' : null, golongan === null ? 'golongan' : null, pay?.bank_account ? null : 'rekening bank'].filter((x): x is string => x !== null);
    if (missing.length > 0) {
      notFinal.push({ kind: 'payroll_missing', employeeId: person.id, employeeName: name, message: `Data penggajian belum lengkap: ${missing.join(', ')}.` });
    }
    const base = {
      employeeId: person.id,
      nip: person.nip,
      name,
      unitId: post?.unit_id ?? null,
      unitName: post?.unit_name ?? null,
      positionName: post?.name ?? null,
      kelas,
      golongan,
      bankAccount: pay?.bank_account ?? null,
      positionGroup: post ? (groupOf.get(post.id) ?? null) : null,
      notFinal,
    };
    if (kelas === null || golongan === null) {
      employees.push({ ...base, input: null, problem: `Data penggajian belum lengkap: ${missing.filter((m) => m !== 'rekening bank').join(', ')}.` });
      continue;
    }

    const att = attendance.days?.get(person.id);
    const attendanceDays: TppAttendanceDay[] = att?.attendance ?? [];
    // The target leaves out working days on approved leave or dinas luar.
    const excusedTarget = attendanceDays.filter((d) => d.status === 'excused').reduce((a, d) => a + targetFor(jc, d.date), 0);
    const actingPost = (actingOf.get(person.id) ?? []).at(-1);
    const pred = predikatOf.get(person.id);
    const input: TppEmployeeInput = {
      employeeId: person.id,
      nip: person.nip,
      name,
      kind: person.kind,
      golongan,
      kelas,
      cpns: pay?.cpns ?? false,
      acting: actingPost ? { kind: actingPost.role as 'plt' | 'plh', kelas: actingPost.kelas_jabatan, ref: actingPost.decree_number ?? actingPost.position_name } : null,
      journal: { approvedOnTimeMinutes: minutesOf.get(person.id) ?? 0, targetMinutes: Math.max(0, monthTarget - excusedTarget) },
      predikat: pred && PREDIKATS.has(pred.predikat ?? '') ? (pred.predikat as Predikat) : null,
      skpFinished: skpDone.has(person.id),
      attendance: attendanceDays,
      leave: (att?.leave ?? []).map((l) => ({ type: l.type as LeaveType, days: l.days })),
      hukdis: (hukdisOf.get(person.id) ?? []).map((h) => ({ id: h.hukdis_id, ref: h.decree_number })),
      teamLapses: lapsesOf.get(person.id) ?? [],
      objective: pay?.objective ?? null,
      partScores: pay?.part_scores ?? {},
      ...(pay?.salary !== null && pay?.salary !== undefined ? { salary: Number(pay.salary) } : {}),
      // Only when marked: an input without the field is taxed as with an NPWP, like every month before it.
      ...(pay?.without_npwp ? { withoutNpwp: true } : {}),
    };
    employees.push({ ...base, input, problem: null });
  }
  return { agency: { id: agency.id, code: agency.code, name: agency.name }, month, refDate, running, employees, notes };
}
