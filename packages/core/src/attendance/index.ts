/**
 * Attendance (e-Presensi) rules, pure: schedules and their precedence, the daily status from
 * punches, leave and holidays, the PP 94/2021 yearly count and alerts, and the month the TPP
 * engine reads. No I/O: the server loads punches, leave, holidays and settings and calls these.
 */
export * from './clock.js';
export * from './schedule.js';
export * from './presets.js';
export * from './rules.js';
export * from './tables/tulang-bawang.js';
export * from './tables/ttu.js';
export * from './tables/kementan.js';
export * from './leave.js';
export * from './daily.js';
export * from './accumulation.js';
export * from './month.js';
export * from './agency-rules.js';
export * from './geofence.js';
export * from './selfie.js';
export * from './face-dispute.js';
