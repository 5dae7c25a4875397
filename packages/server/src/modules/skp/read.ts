import { diffRows, type Principal, type RowDiff } from '@kinerja/core';
import type { SkpContent, SkpDetail, SkpDiffAnswer, SkpPerson, SkpSummary, SkpVersionsAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordReads } from '../data-reads/index.js';
import { employeesOfAccounts } from '../org/index.js';
import { capacitiesOn } from './capacity.js';
import { cascadeIssues } from './cascade.js';
import { contentOf } from './content.js';
import { approvedJournalByRhk, skpEvents, skpPeople, skpRow, versionContent, versionStatuses, type PersonSnapshotRow, type SkpRow } from './queries.js';

export const SKP_NOT_FOUND = 'SKP tidak ditemukan.';

export function summaryOf(s: Omit<SkpRow, 'agency_id'> & { agency_id: string }): SkpSummary {
  return {
    id: s.id,
    agencyId: s.agency_id,
    employeeId: s.employee_id,
    employeeName: s.employee_name,
    positionId: s.position_id,
    periodFrom: s.period_from,
    periodTo: s.period_to,
    form: s.form as SkpSummary['form'],
    pendekatan: s.pendekatan as SkpSummary['pendekatan'],
    status: s.status as SkpSummary['status'],
    currentVersion: s.current_version,
    versionInForce: s.version_in_force,
    updatedAt: s.updated_at.toISOString(),
  };
}

/** The SKP after `skp.read`: 404 for an SKP not in the agency, the permission's refusal otherwise. */
export async function readableSkp(ctx: AppContext, p: Principal, agencyId: string, skpId: string): Promise<SkpRow> {
  await requireAccess(ctx, p, 'skp.read', { agencyId, ids: [skpId] });
  const skp = await skpRow(ctx.db, agencyId, skpId, false);
  if (!skp) throw new AppError('NOT_FOUND', SKP_NOT_FOUND);
  await recordReads(ctx, p, agencyId, [skp.employee_id], 'skp');
  return skp;
}

export async function peopleOf(db: Db, agencyId: string, skpId: string): Promise<PersonSnapshotRow[]> {
  return (await skpPeople(db, agencyId, skpId)).map((x) => ({
    role: x.role,
    personAgencyId: x.person_agency_id,
    employeeId: x.employee_id,
    officialId: x.official_id,
    capacity: x.capacity,
    status: x.status,
    name: x.name,
    nip: x.nip,
    rank: x.rank,
    positionName: x.position_name,
    unitName: x.unit_name,
  }));
}

const ROLE_ORDER = ['pegawai', 'pejabat_penilai', 'atasan_pejabat_penilai'];

/** What the SKP screen shows: the summary, the people as they were, the last version and its cascade check. */
export async function skpDetail(ctx: AppContext, p: Principal, skp: SkpRow): Promise<SkpDetail> {
  const [people, content, capacities, events, journal] = await Promise.all([
    peopleOf(ctx.db, skp.agency_id, skp.id),
    versionContent(ctx.db, skp.agency_id, skp.id, skp.current_version),
    capacitiesOn(ctx, p, skp),
    skpEvents(ctx.db, skp.agency_id, skp.id),
    // Entries may name only an RHK of an approved SKP (journal/rhk-link.ts): nothing to add up before.
    skp.version_in_force !== null ? approvedJournalByRhk(ctx.db, skp.agency_id, skp.employee_id, skp.period_from, skp.period_to) : Promise.resolve([]),
  ]);
  const body: SkpContent = content ? contentOf(content) : { rhk: [], perilaku: [], lampiran: [] };
  const lastReturn = events.filter((e) => e.version === skp.current_version && e.action === 'return').at(-1);
  return {
    skp: summaryOf(skp),
    people: people
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
      .map((x): SkpPerson => ({
        role: x.role,
        status: x.status,
        name: x.name,
        nip: x.nip,
        rank: x.rank,
        positionName: x.positionName,
        unitName: x.unitName,
        agencyId: x.personAgencyId,
        employeeId: x.employeeId,
        officialId: x.officialId,
      })),
    content: body,
    capacities,
    cascade: skp.status === 'disetujui' ? [] : await cascadeIssues(ctx.db, skp, body, people),
    returnNote: skp.status === 'dikembalikan' ? (lastReturn?.note ?? null) : null,
    journal: journal.map((j) => ({ rhkId: j.rhk_id!, approvedEntries: Number(j.entries), approvedMinutes: Number(j.minutes ?? 0) })),
  };
}

export async function skpVersions(ctx: AppContext, skp: SkpRow): Promise<SkpVersionsAnswer> {
  const [versions, events] = await Promise.all([versionStatuses(ctx.db, skp.agency_id, skp.id), skpEvents(ctx.db, skp.agency_id, skp.id)]);
  const actorOf = await employeesOfAccounts(ctx.db, events);
  return {
    items: versions.map((v) => ({
      version: v.version,
      status: v.status as SkpSummary['status'],
      updatedAt: v.updated_at.toISOString(),
      events: events
        .filter((e) => e.version === v.version)
        .map((e) => ({
          action: e.action,
          from: e.from_status as SkpSummary['status'] | null,
          to: e.to_status as SkpSummary['status'],
          capacity: e.capacity as 'pegawai' | 'pejabat_penilai' | 'pengelola_kinerja',
          onBehalf: e.on_behalf,
          actorName: actorOf(e)?.name ?? e.display_name,
          note: e.note,
          at: e.at.toISOString(),
        })),
    })),
  };
}

const RHK_FIELDS = ['jenis', 'text', 'parentRhkId', 'cascadingType', 'perspektif', 'penugasanDari', 'iki'] as const;

/** What changed from one version to another, rows matched by their stable ids (core's diffRows). */
export async function skpDiff(ctx: AppContext, skp: SkpRow, from: number, to: number): Promise<SkpDiffAnswer> {
  const [before, after] = await Promise.all([versionContent(ctx.db, skp.agency_id, skp.id, from), versionContent(ctx.db, skp.agency_id, skp.id, to)]);
  if (!before || !after) throw new AppError('NOT_FOUND', `Versi SKP ${!before ? from : to} tidak ditemukan.`);
  const a = contentOf(before);
  const b = contentOf(after);
  return {
    from,
    to,
    rhk: answerOf(diffRows(a.rhk, b.rhk, [...RHK_FIELDS])),
    perilaku: answerOf(diffRows(a.perilaku, b.perilaku, ['ekspektasi'])),
    lampiran: answerOf(diffRows(a.lampiran, b.lampiran, ['jenis', 'text'])),
  };
}

function answerOf<T extends { id: string }>(d: RowDiff<T>) {
  return { added: [...d.added], removed: [...d.removed], changed: d.changed.map((c) => ({ id: c.id, changes: [...c.changes] })), reordered: d.reordered };
}
