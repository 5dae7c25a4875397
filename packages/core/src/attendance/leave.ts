/**
 * Leave and permissions as the daily status sees them (DOMAIN.md §3.5, §5.3; the TTU catalogue).
 * Each type says how a day of it counts: as present (dinas luar, diklat: working elsewhere), as
 * absent but excused (cuti tahunan, sakit: no deduction, not TK), or as non-TPP (cuti besar, CLTN,
 * tugas belajar: outside the TPP month altogether). The catalogue is data; agencies adjust it.
 *
 * A permission can cover a whole day, or only the arrival (izin datang terlambat) or the
 * departure (izin pulang cepat): then that end of the day is not judged.
 */
import { addDays, assertIsoDate } from '../calendar/days.js';

export type LeaveCounting = 'present' | 'absent_excused' | 'non_tpp';

export interface AttendanceLeaveType {
  code: string;
  name: string;
  counts: LeaveCounting;
}

export const DEFAULT_LEAVE_TYPES: readonly AttendanceLeaveType[] = [
  { code: 'cuti_tahunan', name: 'Cuti tahunan', counts: 'absent_excused' },
  { code: 'cuti_sakit', name: 'Cuti sakit', counts: 'absent_excused' },
  { code: 'cuti_melahirkan', name: 'Cuti melahirkan', counts: 'absent_excused' },
  { code: 'cuti_alasan_penting', name: 'Cuti karena alasan penting', counts: 'absent_excused' },
  { code: 'cuti_besar', name: 'Cuti besar', counts: 'non_tpp' },
  { code: 'cltn', name: 'Cuti di luar tanggungan negara', counts: 'non_tpp' },
  { code: 'tugas_belajar', name: 'Tugas belajar', counts: 'non_tpp' },
  { code: 'izin', name: 'Izin', counts: 'absent_excused' },
  { code: 'dinas_luar', name: 'Dinas luar', counts: 'present' },
  { code: 'tugas_kedinasan', name: 'Tugas kedinasan', counts: 'present' },
  { code: 'diklat', name: 'Pendidikan dan pelatihan', counts: 'present' },
];

/** Which part of the day an approved leave or permission covers. */
export type LeavePart = 'day' | 'arrival' | 'departure';

/** An approved leave or permission, from `from` to `to` inclusive. */
export interface ApprovedLeave {
  typeCode: string;
  from: string;
  to: string;
  part: LeavePart;
}

/** What one day is covered by: a whole-day leave, and/or an excused arrival or departure. */
export interface LeaveCover {
  day: AttendanceLeaveType | null;
  arrival: AttendanceLeaveType | null;
  departure: AttendanceLeaveType | null;
}

/**
 * Leave per date between `from` and `to`. A whole-day leave wins over a part-day one; of two
 * whole-day leaves on one date (which approval should prevent) the first listed stays. An unknown
 * type throws: the catalogue and the requests come from the same agency.
 */
export function leaveByDate(
  leaves: readonly ApprovedLeave[],
  types: readonly AttendanceLeaveType[],
  from: string,
  to: string,
): Map<string, LeaveCover> {
  const byCode = new Map(types.map((t) => [t.code, t]));
  const out = new Map<string, LeaveCover>();
  for (const l of leaves) {
    assertIsoDate(l.from, 'Tanggal mulai cuti');
    assertIsoDate(l.to, 'Tanggal selesai cuti');
    const type = byCode.get(l.typeCode);
    if (!type) throw new RangeError(`Jenis cuti/izin tidak dikenal: ${l.typeCode}`);
    const start = l.from > from ? l.from : from;
    const end = l.to < to ? l.to : to;
    for (let d = start; d <= end; d = addDays(d, 1)) {
      let cover = out.get(d);
      if (!cover) out.set(d, (cover = { day: null, arrival: null, departure: null }));
      if (l.part === 'day') cover.day ??= type;
      else if (l.part === 'arrival') cover.arrival ??= type;
      else cover.departure ??= type;
    }
  }
  return out;
}
