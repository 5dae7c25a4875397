/**
 * A working day as the benches log it: eight slots from 07:30 to 16:00, each with an activity whose
 * norma waktu × volume 1 equals the slot's span (60 minutes, the last 30), so the entries draw no
 * MINUTES_MISMATCH flag and approve-all decides them all (450 minutes, under the 510-minute target).
 * Before 2026-12-06 the slots used apel pagi (15 min) for an hour and similar: most entries were
 * flagged and no team reached 1,000 approvable entries.
 */
export const SLOTS = [
  ['07:30', '08:30', 'UMM-0003'], ['08:30', '09:30', 'UMM-0004'], ['09:30', '10:30', 'UMM-0005'], ['10:30', '11:30', 'UMM-0009'],
  ['12:30', '13:30', 'UMM-0011'], ['13:30', '14:30', 'UMM-0003'], ['14:30', '15:30', 'UMM-0009'], ['15:30', '16:00', 'UMM-0016'],
] as const;

export function entryBody(date: string, slot: number, tag: string) {
  const [start, end, code] = SLOTS[slot]!;
  return { workDate: date, startTime: start, endTime: end, activityCode: code, volume: 1, description: `Kegiatan ${slot + 1} ${tag} ${date}` };
}
