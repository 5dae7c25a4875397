/**
 * Attendance machines (ZKTeco ADMS / "iclock" push) and their punches: the machines' own text
 * endpoints, the admins' routes, and the import of USB exports. Stores punches only; the daily
 * status rules are core's (packages/core/src/attendance). Other modules import only from this file.
 */
export { attendanceRoutes } from './routes.js';
export { iclockRoutes } from './iclock-routes.js';
export { attendanceAbsences } from './absences.js';
export { attendanceDaysForTpp, attendanceForTpp, openLeaveForTpp, type TppAttendanceOfEmployee, type TppAttendanceOptions, type TppOpenLeave } from './tpp-input.js';
export { raiseAlerts, raiseAttendanceAlerts } from './alerts.js';
export { PRESET_VIEWS } from './schedule-specs.js';
export { applySelfieRetention, type SelfieRetentionResult } from './selfie-retention.js';
