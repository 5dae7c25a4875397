import { describe, expect, it } from 'vitest';
import { cellCode, clockOf, dayLine, fillMonth, leaveShort, localToday, monthLead, toneOf, type JudgedDay } from './dayStatus';
import { attendanceText } from './text';

const id = attendanceText('id');
const en = attendanceText('en');

function day(patch: Partial<JudgedDay>): JudgedDay {
  return {
    date: '2026-11-23',
    kind: 'present',
    arrival: '07:28',
    departure: '16:05',
    minutesLate: 0,
    minutesEarly: 0,
    late: null,
    early: null,
    missingCheckPoints: [],
    leave: null,
    holiday: null,
    ...patch,
  };
}

describe('a judged day in words', () => {
  it('says present with the scan times, on the Indonesian or English clock', () => {
    expect(dayLine(day({}), id, 'id-ID')).toBe('Hadir 07.28–16.05');
    expect(dayLine(day({}), en, 'en')).toBe('Present 07:28–16:05');
    expect(dayLine(day({ kind: 'pending', departure: null }), id, 'id-ID')).toBe('Hadir, masuk 07.28');
  });

  it('says the lateness band with its minutes, and early leaving after it', () => {
    expect(dayLine(day({ arrival: '08:15', late: 'TL2', minutesLate: 45 }), id, 'id-ID')).toBe('TL2, terlambat 45 menit');
    expect(dayLine(day({ arrival: '08:15', late: 'TL2', minutesLate: 45, departure: '15:30', early: 'PSW1', minutesEarly: 30 }), id, 'id-ID')).toBe(
      'TL2, terlambat 45 menit; PSW1, pulang 30 menit lebih awal',
    );
  });

  it('says a band without its scan as the missing scan, not as zero minutes', () => {
    expect(dayLine(day({ arrival: null, late: 'TL4' }), id, 'id-ID')).toBe('TL4, tidak absen masuk');
    expect(dayLine(day({ departure: null, early: 'PSW4' }), id, 'id-ID')).toBe('PSW4, tidak absen pulang');
  });

  it('names the leave, the holiday, TK and a day off', () => {
    expect(dayLine(day({ kind: 'leave', arrival: null, departure: null, leave: { code: 'cuti_tahunan', name: 'Cuti tahunan' } }), id, 'id-ID')).toBe('Cuti tahunan');
    expect(dayLine(day({ kind: 'holiday', holiday: { name: 'Natal' } }), id, 'id-ID')).toBe('Libur: Natal');
    expect(dayLine(day({ kind: 'tk', arrival: null, departure: null }), id, 'id-ID')).toBe('TK, tidak hadir tanpa keterangan');
    expect(dayLine(day({ kind: 'off' }), id, 'id-ID')).toBe('Bukan hari kerja');
  });
});

describe('a calendar cell', () => {
  it('shows one code: the lateness band first, then early leaving, nothing when on time', () => {
    expect(cellCode(day({ late: 'TL2', early: 'PSW1' }))).toBe('TL2');
    expect(cellCode(day({ early: 'PSW3' }))).toBe('PSW3');
    expect(cellCode(day({}))).toBe('');
    expect(cellCode(day({ kind: 'tk' }))).toBe('TK');
    expect(cellCode(day({ kind: 'holiday' }))).toBe('LIBUR');
    expect(cellCode(day({ kind: 'off' }))).toBe('');
  });

  it('shortens leave codes to what fits 50 px', () => {
    expect(leaveShort('cuti_tahunan')).toBe('CUTI');
    expect(leaveShort('cltn')).toBe('CUTI');
    expect(leaveShort('dinas_luar')).toBe('DL');
    expect(leaveShort('izin')).toBe('IZIN');
    expect(leaveShort('diklat')).toBe('DIKLAT');
    expect(leaveShort(undefined)).toBe('CUTI');
  });

  it('colours by what the day needs: late, TK, leave, rest, on time', () => {
    expect(toneOf(day({}))).toBe('ok');
    expect(toneOf(day({ late: 'TL1' }))).toBe('late');
    expect(toneOf(day({ missingCheckPoints: ['istirahat_masuk'] }))).toBe('late');
    expect(toneOf(day({ kind: 'tk' }))).toBe('tk');
    expect(toneOf(day({ kind: 'leave' }))).toBe('leave');
    expect(toneOf(day({ kind: 'holiday' }))).toBe('rest');
    expect(toneOf(day({ kind: 'pending' }))).toBe('open');
    expect(toneOf(day({ kind: 'pending', late: 'TL3' }))).toBe('late');
  });
});

describe('dates and clocks', () => {
  it('lays a month out Monday first', () => {
    expect(monthLead('2026-11')).toBe(6); // 1 November 2026 is a Sunday
    expect(monthLead('2026-12')).toBe(1); // a Tuesday
    expect(monthLead('2026-06')).toBe(0); // a Monday
  });

  it('reads the time of a scan stamp with or without its date', () => {
    expect(clockOf('2026-11-23 07:28', 'id-ID')).toBe('07.28');
    expect(clockOf('07:28', 'en')).toBe('07:28');
    expect(clockOf(null, 'id-ID')).toBe('');
  });

  it('takes today from the phone’s own clock', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the whole month', () => {
  it('keeps the judged days and fills the days ahead, with approved whole-day leave where known', () => {
    const judged = [day({ date: '2026-12-01' }), day({ date: '2026-12-02', kind: 'pending', departure: null })];
    const leave = [
      { typeCode: 'cuti_tahunan', typeName: 'Cuti tahunan', counts: 'absent_excused' as const, part: 'day' as const, from: '2026-12-03', to: '2026-12-04' },
      { typeCode: 'izin', typeName: 'Izin', counts: 'absent_excused' as const, part: 'arrival' as const, from: '2026-12-05', to: '2026-12-05' },
    ];
    const all = fillMonth('2026-12', judged, leave, 31);
    expect(all.map((d) => d.date)).toEqual(Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`));
    expect(all[0]).toBe(judged[0]);
    expect(all[1]).toBe(judged[1]);
    expect(all.slice(2, 5).map((d) => [d.kind, cellCode(d)])).toEqual([['leave', 'CUTI'], ['leave', 'CUTI'], ['pending', '']]);
    expect(dayLine(all[2]!, id, 'id-ID')).toBe('Cuti tahunan');
  });
});
