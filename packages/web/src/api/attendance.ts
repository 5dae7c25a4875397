/**
 * Attendance API (e-Presensi; the routes are listed in @kinerja/core/api's attendance.ts): my month,
 * my team today, leave requests and their approval, the agency's machines and waiting serials,
 * schedules and the monthly recap.
 */
import type {
  AcceptSerialBody,
  AgencyLeaveTypesAnswer,
  AgencyLeaveTypesBody,
  AttendanceRulesAnswer,
  AttendanceRulesBody,
  AttendanceRulesVersionView,
  AlertsAnswer,
  AttendanceMachinesAnswer,
  AttendanceMonthAnswer,
  CreateLeaveRequestBody,
  LeaveDecisionBody,
  LeaveRequest,
  LeaveRequestsAnswer,
  LeaveTypesAnswer,
  AttendanceRecapAnswer,
  SchedulesAnswer,
  TeamDayAnswer,
  UndecidedSerialsAnswer,
  AssignmentBody,
  AssignmentView as AssignmentAnswer,
  ScheduleBody,
  ScheduleView as ScheduleAnswer,
} from '@kinerja/core/api';
import { API_BASE, request } from './client';

export type {
  AgencyLeaveType,
  AgencyLeaveTypesAnswer,
  AttendanceRulesAnswer,
  AttendanceRulesSchema,
  AttendanceAlert,
  AttendanceDayView,
  AttendanceMachine,
  AttendanceMonthAnswer,
  AttendanceMonthSummary,
  LeaveRequest,
  LeaveTypeView,
  PatternSpec,
  AttendanceRecapAnswer,
  AttendanceRecapRow,
  ScheduleView,
  ScheduleBody,
  ShiftSpecBody,
  AssignmentView,
  AssignmentBody,
  SchedulesAnswer,
  TeamDayAnswer,
  UndecidedSerial,
} from '@kinerja/core/api';

const enc = encodeURIComponent;
const recapQuery = (month: string, unitId: string | null): Record<string, string> => (unitId ? { month, unitId } : { month });

export const attendanceApi = {
  myMonth(month: string, signal?: AbortSignal): Promise<AttendanceMonthAnswer> {
    return request('GET', '/attendance/me/month', { query: { month }, signal });
  },
  myAlerts(signal?: AbortSignal): Promise<AlertsAnswer> {
    return request('GET', '/attendance/alerts', { signal });
  },
  teamToday(signal?: AbortSignal): Promise<TeamDayAnswer> {
    return request('GET', '/attendance/team/today', { signal });
  },
  leaveTypes(signal?: AbortSignal): Promise<LeaveTypesAnswer> {
    return request('GET', '/attendance/leave-types', { signal });
  },
  /** Mine, or (scope 'team') those my decision waits on or I decided. */
  leaveRequests(scope: 'mine' | 'team', status: LeaveRequest['status'] | null, signal?: AbortSignal): Promise<LeaveRequestsAnswer> {
    return request('GET', '/attendance/leave-requests', { query: { scope, status }, signal });
  },
  askLeave(body: CreateLeaveRequestBody): Promise<LeaveRequest> {
    return request('POST', '/attendance/leave-requests', { json: body });
  },
  decideLeave(requestId: string, body: LeaveDecisionBody): Promise<LeaveRequest> {
    return request('POST', `/attendance/leave-requests/${enc(requestId)}/decision`, { json: body });
  },
  cancelLeave(requestId: string): Promise<LeaveRequest> {
    return request('POST', `/attendance/leave-requests/${enc(requestId)}/cancel`, { json: {} });
  },
  machines(agencyId: string, signal?: AbortSignal): Promise<AttendanceMachinesAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/attendance/machines`, { signal });
  },
  pendingSerials(signal?: AbortSignal): Promise<UndecidedSerialsAnswer> {
    return request('GET', '/attendance/pending-serials', { signal });
  },
  acceptSerial(serialNumber: string, body: AcceptSerialBody): Promise<unknown> {
    return request('POST', `/attendance/pending-serials/${enc(serialNumber)}/accept`, { json: body });
  },
  refuseSerial(serialNumber: string): Promise<void> {
    return request('POST', `/attendance/pending-serials/${enc(serialNumber)}/refuse`);
  },
  schedules(agencyId: string, signal?: AbortSignal): Promise<SchedulesAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/attendance/schedules`, { signal });
  },
  putSchedule(agencyId: string, scheduleId: string, body: ScheduleBody): Promise<ScheduleAnswer> {
    return request('PUT', `/agencies/${enc(agencyId)}/attendance/schedules/${enc(scheduleId)}`, { json: body });
  },
  addAssignment(agencyId: string, body: AssignmentBody): Promise<AssignmentAnswer> {
    return request('POST', `/agencies/${enc(agencyId)}/attendance/schedule-assignments`, { json: body });
  },
  removeAssignment(agencyId: string, assignmentId: string): Promise<void> {
    return request('DELETE', `/agencies/${enc(agencyId)}/attendance/schedule-assignments/${enc(assignmentId)}`);
  },
  rules(agencyId: string, signal?: AbortSignal): Promise<AttendanceRulesAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/attendance/rules`, { signal });
  },
  putRules(agencyId: string, month: string, body: AttendanceRulesBody): Promise<AttendanceRulesVersionView> {
    return request('PUT', `/agencies/${enc(agencyId)}/attendance/rules/${enc(month)}`, { json: body });
  },
  removeRules(agencyId: string, month: string): Promise<void> {
    return request('DELETE', `/agencies/${enc(agencyId)}/attendance/rules/${enc(month)}`);
  },
  putLeaveTypes(agencyId: string, body: AgencyLeaveTypesBody): Promise<AgencyLeaveTypesAnswer> {
    return request('PUT', `/agencies/${enc(agencyId)}/attendance/leave-types`, { json: body });
  },
  recap(agencyId: string, month: string, unitId: string | null, signal?: AbortSignal): Promise<AttendanceRecapAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/attendance/recap`, { query: recapQuery(month, unitId), signal, kind: 'bulk' });
  },
  recapXlsxUrl(agencyId: string, month: string, unitId: string | null): string {
    return `${API_BASE}/agencies/${enc(agencyId)}/attendance/recap.xlsx?${new URLSearchParams(recapQuery(month, unitId)).toString()}`;
  },
};
