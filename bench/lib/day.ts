/** A working day as the benches log it: eight slots from 07:30 to 16:00, each with its activity code. */
export const SLOTS = [
  ['07:30', '08:30', 'UMM-0001'], ['08:30', '09:30', 'UMM-0002'], ['09:30', '10:30', 'UMM-0003'], ['10:30', '11:30', 'UMM-0004'],
  ['12:30', '13:30', 'UMM-0008'], ['13:30', '14:30', 'UMM-0009'], ['14:30', '15:30', 'UMM-0010'], ['15:30', '16:00', 'UMM-0011'],
] as const;

export function entryBody(date: string, slot: number, tag: string) {
  const [start, end, code] = SLOTS[slot]!;
  return { workDate: date, startTime: start, endTime: end, activityCode: code, volume: 1, description: `Kegiatan ${slot + 1} ${tag} ${date}` };
}
