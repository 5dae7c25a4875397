import { createSkpWorkflow, skpFormOf, skpPeriodsOf, type Principal } from '@kinerja/core';
import type { SkpContent, SkpCreateBody, SkpPeriodsAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/query.js';
import { AppError } from '../../http/errors.js';
import { actingEmployee, may, requireAccess } from '../access/index.js';
import { agencyToday } from '../org/index.js';
import { EMPTY_CONTENT, contentOf, withNewIds } from './content.js';
import { peopleOnSkp } from './people.js';
import {
  employeeAssignments,
  employeeSkps,
  ikiOfRhk,
  insertEvent,
  insertSkp,
  insertVersion,
  previousSkp,
  replaceSkpPeople,
  rhkInForceOf,
  skpRow,
  versionContent,
  writeVersionContent,
  type PersonSnapshotRow,
  type SkpRow,
} from './queries.js';
import { summaryOf } from './read.js';

/** The day whose org chart names the penilai: today, kept inside the SKP's period. */
export function chainDate(today: string, from: string, to: string): string {
  return today < from ? from : today > to ? to : today;
}

async function periodsOf(db: Db, agencyId: string, employeeId: string, year: number) {
  const assignments = await employeeAssignments(db, agencyId, employeeId);
  const periods = skpPeriodsOf(
    employeeId,
    assignments.map((a) => ({ employeeId: a.employee_id, positionId: a.position_id, role: a.role, startsOn: a.starts_on, endsOn: a.ends_on })),
    year,
  );
  return periods.map((p) => {
    const post = assignments.find((a) => a.position_id === p.positionId)!;
    return { ...p, positionName: post.position_name, form: skpFormOf(post.position_kind) };
  });
}

/** The caller's SKP periods of a year (one per definitive post held in it), each with its SKP if made. */
export async function myPeriods(ctx: AppContext, p: Principal, year: number): Promise<SkpPeriodsAnswer> {
  const me = actingEmployee(p);
  return periodsAnswer(ctx.db, me.agencyId, me.employeeId, year);
}

/**
 * Another employee's periods, for whoever may read their record (supervisor, atasan, the agency's
 * readers) or draft for them: the pengelola kinerja picks the period to draft on their behalf.
 */
export async function employeePeriods(ctx: AppContext, p: Principal, agencyId: string, employeeId: string, year: number): Promise<SkpPeriodsAnswer> {
  if (!(await may(ctx, p, 'skp.draft', { agencyId, ids: [employeeId] }))) await requireAccess(ctx, p, 'employee.read', { agencyId, ids: [employeeId] });
  return periodsAnswer(ctx.db, agencyId, employeeId, year);
}

async function periodsAnswer(db: Db, agencyId: string, employeeId: string, year: number): Promise<SkpPeriodsAnswer> {
  const [periods, skps] = await Promise.all([periodsOf(db, agencyId, employeeId, year), employeeSkps(db, agencyId, employeeId, `${year}-01-01`, `${year}-12-31`)]);
  return {
    year,
    items: periods.map((x) => {
      const skp = skps.find((s) => s.position_id === x.positionId && s.period_from === x.period.from);
      return { positionId: x.positionId, positionName: x.positionName, periodFrom: x.period.from, periodTo: x.period.to, form: x.form, skp: skp ? summaryOf(skp) : null };
    }),
  };
}

/** "Start from my supervisor's RHK": each RHK utama of the penilai's approved SKP, passed down directly. */
async function fromPenilaiRhk(db: Db, people: readonly PersonSnapshotRow[], from: string, to: string): Promise<SkpContent> {
  const penilai = people.find((x) => x.role === 'pejabat_penilai');
  const rows = penilai?.employeeId && penilai.personAgencyId ? await rhkInForceOf(db, penilai.personAgencyId, penilai.employeeId, from, to) : [];
  const utama = rows.filter((r) => r.jenis === 'utama');
  if (utama.length === 0) {
    throw new AppError('CONFLICT', 'SKP pejabat penilai untuk periode ini belum disetujui, sehingga RHK atasan belum dapat dipakai. Mulai dari SKP kosong atau tunggu persetujuan SKP atasan.');
  }
  const iki = new Map<string, { aspek: string | null; text: string; target: string }[]>();
  for (const skpId of new Set(utama.map((r) => r.skp_id))) {
    const source = await skpRow(db, penilai!.personAgencyId!, skpId, false);
    const ids = utama.filter((r) => r.skp_id === skpId).map((r) => r.id);
    for (const k of await ikiOfRhk(db, penilai!.personAgencyId!, skpId, source!.version_in_force!, ids)) iki.set(k.rhk_id, [...(iki.get(k.rhk_id) ?? []), k]);
  }
  const content = {
    rhk: utama.map((r) => ({
      id: newId(),
      jenis: 'utama',
      text: r.text,
      parentRhkId: r.id,
      cascadingType: 'langsung',
      perspektif: null,
      penugasanDari: null,
      iki: (iki.get(r.id) ?? []).map((k) => ({ id: newId(), aspek: k.aspek, text: k.text, target: k.target, mik: null })),
    })),
    perilaku: [],
    lampiran: [],
  };
  return contentOf(content);
}

/** "Copy last year's": the last SKP before this one (its version in force, else its last), with new ids and the old links kept to be checked. */
async function fromPreviousSkp(db: Db, agencyId: string, employeeId: string, before: string, form: string): Promise<SkpContent> {
  const previous = await previousSkp(db, agencyId, employeeId, before);
  const content = previous && (await versionContent(db, agencyId, previous.id, previous.version_in_force ?? previous.current_version));
  if (!content) throw new AppError('CONFLICT', 'Belum ada SKP sebelumnya yang dapat disalin.');
  return withNewIds(contentOf(content), form);
}

/** A first draft (version 1) of an SKP for one of the employee's periods; by the employee or a pengelola kinerja on their behalf. */
export async function createSkp(ctx: AppContext, p: Principal, agencyId: string, employeeId: string, body: SkpCreateBody): Promise<SkpRow> {
  await requireAccess(ctx, p, 'skp.draft', { agencyId, ids: [employeeId] });
  const own = p.agencyId === agencyId && p.employeeId === employeeId;
  const { today, orgVersion } = await agencyToday(ctx, agencyId);
  const year = Number(body.periodFrom.slice(0, 4));
  const period = (await periodsOf(ctx.db, agencyId, employeeId, year)).find((x) => x.positionId === body.positionId && x.period.from === body.periodFrom);
  if (!period) {
    throw new AppError('VALIDATION', 'Periode SKP tidak ditemukan untuk jabatan ini.', [{ field: 'periodFrom', message: 'Pilih salah satu periode SKP pegawai (GET /skp/periods).' }]);
  }
  const from = period.period.from;
  const to = period.period.to;
  const id = newId();
  const created = createSkpWorkflow({ accountId: p.accountId, capacity: own ? 'pegawai' : 'pengelola_kinerja' }, '1', ctx.now().toISOString());
  if (!created.ok) throw new AppError(created.code, created.message);

  // Read before the transaction: the org chart loads through its cache on its own connection, which
  // PGlite's single connection could not give while the transaction holds it.
  const people = await peopleOnSkp(ctx, ctx.db, agencyId, employeeId, chainDate(today, from, to), orgVersion);
  const content =
    body.start === 'rhk_atasan' ? await fromPenilaiRhk(ctx.db, people, from, to) : body.start === 'salin_tahun_lalu' ? await fromPreviousSkp(ctx.db, agencyId, employeeId, from, period.form) : EMPTY_CONTENT;
  await ctx.db.transaction().execute(async (trx) => {
    const inserted = await insertSkp(trx, { agencyId, id, employeeId, positionId: period.positionId, periodFrom: from, periodTo: to, form: period.form, pendekatan: body.pendekatan });
    if (!inserted) throw new AppError('CONFLICT', 'SKP untuk jabatan dan periode ini sudah ada.');
    await insertVersion(trx, agencyId, id, 1);
    await writeVersionContent(trx, agencyId, id, 1, content);
    await replaceSkpPeople(trx, agencyId, id, people);
    const e = created.event;
    await insertEvent(trx, agencyId, id, {
      id: newId(),
      version: 1,
      action: 'create',
      from: null,
      to: 'draft',
      actorAccountId: p.accountId,
      capacity: e.actor.capacity,
      onBehalf: e.onBehalf,
      note: null,
      requestId: null,
    });
  });
  return (await skpRow(ctx.db, agencyId, id, false))!;
}
