/**
 * Apel and upacara as events (issue 18 item 5): an event has a window on the agency's clock and,
 * optionally, the machine tagged for it; whoever scans on that machine within the window attended,
 * and an admin can record attendance from a list as well. A missed apel is the TPP engine's
 * `apelMissed`, set by tpp-input.ts on a present day of someone not among an event's attendees.
 */
import { randomUUID } from 'node:crypto';
import { formatClock, monthRange, parseClock, startOfLocalDay, ZONE_IANA, type Principal, compareText } from '@kinerja/core';
import type { AttendanceEvent, AttendeesBody, EventBody } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { zoneOf } from './judge.js';
import { employeesOfAgency, eventsBetween, insertAttendees, insertEvent, listedAttendees, machineAttendees, machineOfAgency } from './queries/events.js';
import { agencyZone } from './queries/zone.js';

async function zoneOfAgency(ctx: AppContext, agencyId: string) {
  const row = await agencyZone(ctx.db, agencyId);
  if (!row) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  return ZONE_IANA[zoneOf(row.time_zone)];
}

/** The agency's events dated in [from, to] (or the one with `id`), each with who attended (machine scans in its window, or the list). */
export async function eventsOf(ctx: AppContext, agencyId: string, from: string, to: string, id: string | null): Promise<AttendanceEvent[]> {
  const iana = await zoneOfAgency(ctx, agencyId);
  const rows = await eventsBetween(ctx.db, agencyId, from, to, id);
  const listed = await listedAttendees(ctx.db, agencyId, rows.map((r) => r.id));
  const out: AttendanceEvent[] = [];
  for (const r of rows) {
    const attendees = new Map<string, AttendanceEvent['attendees'][number]>();
    if (r.machine_id) {
      const midnight = startOfLocalDay(r.date, iana).getTime();
      for (const e of await machineAttendees(ctx.db, agencyId, r.machine_id, new Date(midnight + r.start_minute * 60_000), new Date(midnight + r.end_minute * 60_000))) {
        attendees.set(e.id, { employee: { id: e.id, nip: e.nip, name: e.name }, source: 'machine' });
      }
    }
    for (const e of listed.filter((l) => l.event_id === r.id)) if (!attendees.has(e.id)) attendees.set(e.id, { employee: { id: e.id, nip: e.nip, name: e.name }, source: 'list' });
    out.push({
      id: r.id,
      agencyId,
      kind: r.kind as AttendanceEvent['kind'],
      name: r.name,
      date: r.date,
      start: formatClock(r.start_minute),
      end: r.end_minute === 1440 ? '24:00' : formatClock(r.end_minute),
      machineId: r.machine_id,
      attendees: [...attendees.values()].sort((a, b) => compareText(a.employee.name, b.employee.name)),
    });
  }
  return out;
}

export async function listEvents(ctx: AppContext, p: Principal, agencyId: string, month: string): Promise<AttendanceEvent[]> {
  await requireAccess(ctx, p, 'agency.read', { agencyId });
  const range = monthRange(month);
  return eventsOf(ctx, agencyId, range.from, range.to, null);
}

export async function createEvent(ctx: AppContext, p: Principal, agencyId: string, body: EventBody): Promise<AttendanceEvent> {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  await zoneOfAgency(ctx, agencyId);
  const start = parseClock(body.start);
  const end = parseClock(body.end);
  if (end <= start) throw new AppError('VALIDATION', 'Jam selesai harus setelah jam mulai.', [{ field: 'end', message: 'Jam selesai harus setelah jam mulai.' }]);
  if (body.machineId && !(await machineOfAgency(ctx.db, agencyId, body.machineId))) {
    throw new AppError('VALIDATION', 'Mesin presensi tidak terdaftar di instansi ini.', [{ field: 'machineId', message: 'Mesin presensi tidak terdaftar di instansi ini.' }]);
  }
  const id = randomUUID();
  await ctx.db.transaction().execute(async (tx) => {
    await insertEvent(tx, { agency_id: agencyId, id, kind: body.kind, name: body.name, date: body.date, start_minute: start, end_minute: end, machine_id: body.machineId ?? null, created_at: ctx.now(), created_by_account_id: p.accountId });
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: 'attendance.event.create', entity: 'attendance_event', entityId: id, data: { ...body } });
  });
  return (await eventsOf(ctx, agencyId, body.date, body.date, id))[0]!;
}

export async function recordAttendees(ctx: AppContext, p: Principal, agencyId: string, eventId: string, body: AttendeesBody): Promise<AttendanceEvent> {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  const [event] = await eventsOf(ctx, agencyId, '1900-01-01', '2200-12-31', eventId);
  if (!event) throw new AppError('NOT_FOUND', 'Kegiatan apel atau upacara tidak ditemukan.');
  const ids = [...new Set(body.employeeIds)];
  const known = new Set((await employeesOfAgency(ctx.db, agencyId, ids)).map((r) => r.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) throw new AppError('VALIDATION', 'Ada pegawai yang bukan pegawai instansi ini.', unknown.map(() => ({ field: 'employeeIds', message: 'Pegawai tidak ada di instansi ini.' })));
  await ctx.db.transaction().execute(async (tx) => {
    const now = ctx.now();
    const added = await insertAttendees(tx, ids.map((employee_id) => ({ agency_id: agencyId, event_id: eventId, employee_id, recorded_at: now, recorded_by_account_id: p.accountId })));
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: 'attendance.event.attendees', entity: 'attendance_event', entityId: eventId, data: { employees: ids.length, added } });
  });
  return (await eventsOf(ctx, agencyId, event.date, event.date, eventId))[0]!;
}
