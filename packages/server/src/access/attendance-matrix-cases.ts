/**
 * The attendance screens' rows of the access matrix (access-matrix.test.ts), with their setup: a
 * stored schedule, assignments and table versions to delete (one per caller), an apel event, and two pending leave
 * requests of the employee (one to decide, one to cancel). Callers as in the matrix.
 */
import { DEFAULT_AGENCY_LEAVE_TYPES, KEMENTAN_RULES } from '@kinerja/core';
import type { Client, TestApp } from '../testing/index.js';
import type { tppMatrixCases } from './tpp-matrix-cases.js';

// The matrix's callers and rows, as the TPP rows name them.
type Case = Awaited<ReturnType<typeof tppMatrixCases>>[number];
type Caller = Parameters<Case['url']>[0];

export async function attendanceMatrixCases(t: TestApp, clients: Map<Caller, Client>): Promise<Case[]> {
  const A = t.fixture.agencyIds.A;
  const own = t.fixture.people.staff1!.id;
  const admin = clients.get('admin')!;
  const ownClient = clients.get('own')!;
  const ok = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(`attendance matrix setup: ${r.statusCode} ${r.body.slice(0, 300)}`);
    return r.json() as Record<string, unknown>;
  };
  const uuid = (i: number, salt: number) => `0190b7a0-${String(salt).padStart(4, '0')}-7000-8000-${String(i).padStart(12, '0')}`;
  const base = `/api/v1/agencies/${A}/attendance`;
  const week = { code: 'K', name: 'Jam kantor', start: '07:30', end: '16:00', breaks: [['12:00', '13:00']] };
  const schedule = { name: 'Jam kantor matriks', timeZone: 'WIB', observesHolidays: true, pattern: { kind: 'weekly', days: { mon: week, tue: week, wed: week, thu: week, fri: week } } };
  await ok(admin.send('PUT', `${base}/schedules/matriks`, schedule));
  const assignments: string[] = [];
  for (let i = 0; i < 9; i++) assignments.push((await ok(admin.send('POST', `${base}/schedule-assignments`, { scheduleId: 'matriks', scope: { kind: 'employee', employeeId: own }, from: `2030-01-${String(i + 1).padStart(2, '0')}`, to: `2030-01-${String(i + 1).padStart(2, '0')}` }))).id as string);
  // Table versions to delete, one per caller (2032-01 … 2032-09).
  for (let i = 0; i < 9; i++) await ok(admin.send('PUT', `${base}/rules/2032-${String(i + 1).padStart(2, '0')}`, { rules: KEMENTAN_RULES }));
  const event = (await ok(admin.send('POST', `${base}/events`, { kind: 'apel', name: 'Apel pagi', date: '2026-11-23', start: '07:00', end: '07:45' }))).id as string;
  const leave = (day: string, salt: number) => ok(ownClient.send('POST', '/api/v1/attendance/leave-requests', { requestId: uuid(1, salt), typeCode: 'cuti_tahunan', from: day, to: day, reason: 'Keperluan keluarga' }));
  const toDecide = (await leave('2026-11-25', 31)).id as string;
  const toCancel = (await leave('2026-11-26', 32)).id as string;

  const all = (status: number): Record<Caller, number> => ({ own: status, peer: status, boss: status, outsider: status, admin: status, otherAdmin: status, bkd: status, auditor: status, none: 401 });
  const personal = (status: number) => ({ ...all(status), auditor: 403 });
  const adminRead = { own: 403, peer: 403, boss: 403, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 };
  const manage = (status: number) => ({ own: 403, peer: 403, boss: 403, outsider: 403, admin: status, otherAdmin: 403, bkd: status, auditor: 403, none: 401 });

  return [
    { method: 'GET', path: '/api/v1/attendance/me/month', url: () => '/api/v1/attendance/me/month?month=2026-11', expect: personal(200) },
    {
      method: 'GET',
      path: '/api/v1/agencies/{agencyId}/employees/{employeeId}/attendance/month',
      url: () => `/api/v1/agencies/${A}/employees/${own}/attendance/month?month=2026-11`,
      expect: { own: 200, peer: 403, boss: 200, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 },
    },
    { method: 'GET', path: '/api/v1/attendance/team/today', url: () => '/api/v1/attendance/team/today', expect: personal(200) },
    { method: 'GET', path: '/api/v1/attendance/leave-types', url: () => '/api/v1/attendance/leave-types', expect: all(200) },
    { method: 'GET', path: '/api/v1/attendance/leave-requests', url: () => '/api/v1/attendance/leave-requests?scope=team', expect: personal(200) },
    {
      method: 'POST',
      path: '/api/v1/attendance/leave-requests',
      url: () => '/api/v1/attendance/leave-requests',
      body: (_c, i) => ({ requestId: uuid(i, 33), typeCode: 'izin', part: 'arrival', from: '2026-11-27', to: '2026-11-27', reason: 'Mengantar anak berobat' }),
      expect: personal(201),
    },
    {
      method: 'POST',
      path: '/api/v1/attendance/leave-requests/{requestId}/decision',
      url: () => `/api/v1/attendance/leave-requests/${toDecide}/decision`,
      body: () => ({ decision: 'approve' }),
      expect: { own: 403, peer: 403, boss: 200, outsider: 404, admin: 403, otherAdmin: 404, bkd: 404, auditor: 403, none: 401 },
    },
    {
      method: 'POST',
      path: '/api/v1/attendance/leave-requests/{requestId}/cancel',
      url: () => `/api/v1/attendance/leave-requests/${toCancel}/cancel`,
      expect: { own: 200, peer: 404, boss: 404, outsider: 404, admin: 404, otherAdmin: 404, bkd: 404, auditor: 403, none: 401 },
    },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/attendance/leave-requests', url: () => `${base}/leave-requests?month=2026-11`, expect: adminRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/attendance/schedules', url: () => `${base}/schedules`, expect: adminRead },
    { method: 'PUT', path: '/api/v1/agencies/{agencyId}/attendance/schedules/{scheduleId}', url: () => `${base}/schedules/matriks`, body: () => schedule, expect: manage(200) },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/attendance/schedule-assignments',
      url: () => `${base}/schedule-assignments`,
      body: (_c, i) => ({ scheduleId: 'matriks', scope: { kind: 'agency' }, from: `2031-01-${String(i + 1).padStart(2, '0')}` }),
      expect: manage(201),
    },
    { method: 'DELETE', path: '/api/v1/agencies/{agencyId}/attendance/schedule-assignments/{assignmentId}', url: (_c, i) => `${base}/schedule-assignments/${assignments[i]}`, expect: manage(204) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/attendance/rules', url: () => `${base}/rules`, expect: adminRead },
    { method: 'PUT', path: '/api/v1/agencies/{agencyId}/attendance/rules/{month}', url: () => `${base}/rules/2031-01`, body: () => ({ rules: KEMENTAN_RULES }), expect: manage(200) },
    { method: 'DELETE', path: '/api/v1/agencies/{agencyId}/attendance/rules/{month}', url: (_c, i) => `${base}/rules/2032-${String(i + 1).padStart(2, '0')}`, expect: manage(204) },
    { method: 'PUT', path: '/api/v1/agencies/{agencyId}/attendance/leave-types', url: () => `${base}/leave-types`, body: () => ({ items: DEFAULT_AGENCY_LEAVE_TYPES }), expect: manage(200) },
    { method: 'GET', path: '/api/v1/attendance/alerts', url: () => '/api/v1/attendance/alerts', expect: all(200) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/attendance/recap', url: () => `${base}/recap?month=2026-11`, expect: adminRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/attendance/recap.xlsx', url: () => `${base}/recap.xlsx?month=2026-11`, expect: adminRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/attendance/events', url: () => `${base}/events?month=2026-11`, expect: adminRead },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/attendance/events',
      url: () => `${base}/events`,
      body: () => ({ kind: 'upacara', name: 'Upacara bendera', date: '2026-11-17', start: '07:00', end: '08:00' }),
      expect: manage(201),
    },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/attendance/events/{eventId}/attendees',
      url: () => `${base}/events/${event}/attendees`,
      body: () => ({ employeeIds: [own] }),
      expect: manage(200),
    },
  ];
}
