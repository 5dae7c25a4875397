/** The routes of the attendance screens (core/api/attendance.ts lists them). */
import {
  AgencyLeaveQuery,
  AgencyLeaveTypesAnswer,
  AgencyLeaveTypesBody,
  AttendanceRulesAnswer,
  AttendanceRulesBody,
  AttendanceRulesVersionView,
  RulesMonthParams,
  AgencyParams,
  AlertsAnswer,
  AssignmentBody,
  AssignmentParams,
  AssignmentView,
  AttendanceEvent,
  AttendanceMonthAnswer,
  AttendanceRecapAnswer,
  AttendanceRecapQuery,
  AttendeesBody,
  CreateLeaveRequestBody,
  EmployeeMonthParams,
  EventBody,
  EventParams,
  EventsAnswer,
  EventsQuery,
  LeaveDecisionBody,
  LeaveRequest,
  LeaveRequestParams,
  LeaveRequestsAnswer,
  LeaveRequestsQuery,
  LeaveTypesAnswer,
  MonthQuery,
  ScheduleBody,
  ScheduleParams,
  SchedulesAnswer,
  ScheduleView,
  TeamDayAnswer,
  TeamDayQuery,
} from '@kinerja/core/api';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { XLSX_TYPE } from '../imports/index.js';
import { myAlerts } from './alerts.js';
import { createEvent, listEvents, recordAttendees } from './events.js';
import { agencyLeaveRequests, cancelLeaveRequest, createLeaveRequest, decideLeaveRequest, leaveTypes, myLeaveRequests } from './leave.js';
import { attendanceRecap, recapWorkbook } from './recap.js';
import { attendanceRules, putLeaveTypes, putRulesVersion, removeRulesVersion } from './rules.js';
import { addAssignment, listSchedules, putSchedule, removeAssignment } from './schedules.js';
import { monthOf, myMonth, teamDay } from './views.js';

const TAGS = ['attendance'];

export async function attendanceDayRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get(
    '/attendance/me/month',
    { schema: { tags: TAGS, summary: 'Kehadiran saya sebulan: status per hari, menit terlambat, rekap, dan hitungan TK setahun', querystring: MonthQuery, response: { 200: AttendanceMonthAnswer, ...errorResponses(403, 422) } } },
    async (request) => myMonth(ctx, principalOf(request), request.query.month),
  );

  app.get(
    '/agencies/:agencyId/employees/:employeeId/attendance/month',
    {
      schema: {
        tags: TAGS,
        summary: 'Kehadiran seorang pegawai sebulan (atasan langsung dan atasannya, admin, auditor, BKD)',
        params: EmployeeMonthParams,
        querystring: MonthQuery,
        response: { 200: AttendanceMonthAnswer, ...errorResponses(403, 404, 422) },
      },
    },
    async (request) => monthOf(ctx, principalOf(request), request.params.agencyId, request.params.employeeId, request.query.month),
  );

  app.get(
    '/attendance/team/today',
    { schema: { tags: TAGS, summary: 'Tim saya hari ini: siapa yang hadir, terlambat, cuti, atau belum/tidak absen', querystring: TeamDayQuery, response: { 200: TeamDayAnswer, ...errorResponses(403, 422) } } },
    async (request) => teamDay(ctx, principalOf(request), request.query.date),
  );

  app.get(
    '/attendance/leave-types',
    { schema: { tags: TAGS, summary: 'Jenis cuti dan izin, dan cara harinya dihitung (hadir, tidak hadir sah, di luar TPP)', response: { 200: LeaveTypesAnswer, ...errorResponses() } } },
    async (request) => ({ items: await leaveTypes(ctx, principalOf(request)) }),
  );

  app.get(
    '/attendance/leave-requests',
    { schema: { tags: TAGS, summary: 'Pengajuan cuti/izin saya, atau tim saya (scope=team) untuk diputuskan', querystring: LeaveRequestsQuery, response: { 200: LeaveRequestsAnswer, ...errorResponses(403) } } },
    async (request) => ({ items: await myLeaveRequests(ctx, principalOf(request), request.query.scope ?? 'mine', request.query.status) }),
  );

  app.post(
    '/attendance/leave-requests',
    {
      schema: {
        tags: TAGS,
        summary: 'Ajukan cuti atau izin (dengan lampiran yang sudah diunggah); idempoten per requestId',
        body: CreateLeaveRequestBody,
        response: { 200: LeaveRequest, 201: LeaveRequest, ...errorResponses(403, 409) },
      },
    },
    async (request, reply) => {
      const r = await createLeaveRequest(ctx, principalOf(request), request.body);
      return reply.status(r.created ? 201 : 200).send(r.request);
    },
  );

  app.post(
    '/attendance/leave-requests/:requestId/decision',
    {
      schema: {
        tags: TAGS,
        summary: 'Setujui atau tolak cuti/izin bawahan langsung (atasan langsung, termasuk Plt/Plh)',
        params: LeaveRequestParams,
        body: LeaveDecisionBody,
        response: { 200: LeaveRequest, ...errorResponses(403, 404, 409) },
      },
    },
    async (request) => decideLeaveRequest(ctx, principalOf(request), request.params.requestId, request.body),
  );

  app.post(
    '/attendance/leave-requests/:requestId/cancel',
    { schema: { tags: TAGS, summary: 'Batalkan pengajuan cuti/izin saya yang belum diputuskan', params: LeaveRequestParams, response: { 200: LeaveRequest, ...errorResponses(403, 404, 409) } } },
    async (request) => cancelLeaveRequest(ctx, principalOf(request), request.params.requestId),
  );

  app.get(
    '/agencies/:agencyId/attendance/leave-requests',
    { schema: { tags: TAGS, summary: 'Pengajuan cuti/izin di instansi (admin, auditor, BKD)', params: AgencyParams, querystring: AgencyLeaveQuery, response: { 200: LeaveRequestsAnswer, ...errorResponses(403, 404) } } },
    async (request) => ({ items: await agencyLeaveRequests(ctx, principalOf(request), request.params.agencyId, request.query) }),
  );

  app.get(
    '/agencies/:agencyId/attendance/schedules',
    { schema: { tags: TAGS, summary: 'Jadwal kerja instansi, penetapannya, dan jadwal bawaan (Perpres 21/2023, Ramadan, enam hari, shift)', params: AgencyParams, response: { 200: SchedulesAnswer, ...errorResponses(403, 404) } } },
    async (request) => listSchedules(ctx, principalOf(request), request.params.agencyId),
  );

  app.put(
    '/agencies/:agencyId/attendance/schedules/:scheduleId',
    {
      schema: { tags: TAGS, summary: 'Buat atau ganti jadwal kerja (pola mingguan, rotasi shift, atau roster)', params: ScheduleParams, body: ScheduleBody, response: { 200: ScheduleView, ...errorResponses(403, 404) } },
    },
    async (request) => putSchedule(ctx, principalOf(request), request.params.agencyId, request.params.scheduleId, request.body),
  );

  app.post(
    '/agencies/:agencyId/attendance/schedule-assignments',
    {
      schema: { tags: TAGS, summary: 'Tetapkan jadwal kerja untuk instansi, unit, atau pegawai mulai tanggal tertentu', params: AgencyParams, body: AssignmentBody, response: { 201: AssignmentView, ...errorResponses(403, 404, 409) } },
    },
    async (request, reply) => reply.status(201).send(await addAssignment(ctx, principalOf(request), request.params.agencyId, request.body)),
  );

  app.delete(
    '/agencies/:agencyId/attendance/schedule-assignments/:assignmentId',
    { schema: { tags: TAGS, summary: 'Hapus penetapan jadwal kerja', params: AssignmentParams, response: { 204: Type.Null(), ...errorResponses(403, 404) } } },
    async (request, reply) => {
      await removeAssignment(ctx, principalOf(request), request.params.agencyId, request.params.assignmentId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/agencies/:agencyId/attendance/rules',
    {
      schema: {
        tags: TAGS,
        summary: 'Tabel potongan keterlambatan (TL/PSW) instansi per bulan berlaku, contoh tabel bawaan, dan jenis cuti/izin instansi',
        params: AgencyParams,
        response: { 200: AttendanceRulesAnswer, ...errorResponses(403, 404) },
      },
    },
    async (request) => attendanceRules(ctx, principalOf(request), request.params.agencyId),
  );

  app.put(
    '/agencies/:agencyId/attendance/rules/:month',
    {
      schema: {
        tags: TAGS,
        summary: 'Tetapkan tabel potongan TL/PSW instansi yang berlaku mulai bulan tertentu (batas menit dan persen diperiksa)',
        params: RulesMonthParams,
        body: AttendanceRulesBody,
        response: { 200: AttendanceRulesVersionView, ...errorResponses(403, 404) },
      },
    },
    async (request) => putRulesVersion(ctx, principalOf(request), request.params.agencyId, request.params.month, request.body),
  );

  app.delete(
    '/agencies/:agencyId/attendance/rules/:month',
    { schema: { tags: TAGS, summary: 'Hapus tabel potongan yang berlaku mulai bulan tertentu', params: RulesMonthParams, response: { 204: Type.Null(), ...errorResponses(403, 404) } } },
    async (request, reply) => {
      await removeRulesVersion(ctx, principalOf(request), request.params.agencyId, request.params.month);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/agencies/:agencyId/attendance/leave-types',
    {
      schema: {
        tags: TAGS,
        summary: 'Ganti daftar jenis cuti/izin instansi dan cara harinya dihitung (hadir, tidak hadir sah, di luar TPP)',
        params: AgencyParams,
        body: AgencyLeaveTypesBody,
        response: { 200: AgencyLeaveTypesAnswer, ...errorResponses(403, 404) },
      },
    },
    async (request) => putLeaveTypes(ctx, principalOf(request), request.params.agencyId, request.body),
  );

  app.get(
    '/attendance/alerts',
    { schema: { tags: TAGS, summary: 'Peringatan disiplin PP 94/2021 (hari tidak masuk tanpa keterangan) untuk saya, sebagai pegawai, atasan, atau BKD', response: { 200: AlertsAnswer, ...errorResponses() } } },
    async (request) => ({ items: await myAlerts(ctx, principalOf(request)) }),
  );

  app.get(
    '/agencies/:agencyId/attendance/recap',
    { schema: { tags: TAGS, summary: 'Rekap kehadiran bulanan per unit kerja', params: AgencyParams, querystring: AttendanceRecapQuery, response: { 200: AttendanceRecapAnswer, ...errorResponses(403, 404, 422) } } },
    async (request) => {
      const { agencyCode: _code, ...recap } = await attendanceRecap(ctx, principalOf(request), request.params.agencyId, request.query.month, request.query.unitId);
      return recap;
    },
  );

  app.get(
    '/agencies/:agencyId/attendance/recap.xlsx',
    { schema: { tags: TAGS, summary: 'Rekap kehadiran bulanan per unit kerja sebagai berkas Excel', params: AgencyParams, querystring: AttendanceRecapQuery, response: errorResponses(403, 404, 422) } },
    async (request, reply) => {
      const recap = await attendanceRecap(ctx, principalOf(request), request.params.agencyId, request.query.month, request.query.unitId);
      const code = recap.agencyCode.toLowerCase().replace(/[^a-z0-9-]/g, '');
      return reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename="rekap-kehadiran-${code}-${recap.month}.xlsx"`).send(await recapWorkbook(recap));
    },
  );

  app.get(
    '/agencies/:agencyId/attendance/events',
    { schema: { tags: TAGS, summary: 'Apel dan upacara sebulan beserta kehadirannya', params: AgencyParams, querystring: EventsQuery, response: { 200: EventsAnswer, ...errorResponses(403, 404) } } },
    async (request) => ({ items: await listEvents(ctx, principalOf(request), request.params.agencyId, request.query.month) }),
  );

  app.post(
    '/agencies/:agencyId/attendance/events',
    { schema: { tags: TAGS, summary: 'Catat apel atau upacara (dengan mesin yang ditandai untuknya, bila ada)', params: AgencyParams, body: EventBody, response: { 201: AttendanceEvent, ...errorResponses(403, 404) } } },
    async (request, reply) => reply.status(201).send(await createEvent(ctx, principalOf(request), request.params.agencyId, request.body)),
  );

  app.post(
    '/agencies/:agencyId/attendance/events/:eventId/attendees',
    { schema: { tags: TAGS, summary: 'Catat kehadiran apel/upacara dari daftar pegawai', params: EventParams, body: AttendeesBody, response: { 200: AttendanceEvent, ...errorResponses(403, 404) } } },
    async (request) => recordAttendees(ctx, principalOf(request), request.params.agencyId, request.params.eventId, request.body),
  );
}
