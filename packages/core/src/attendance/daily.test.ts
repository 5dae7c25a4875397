import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/days.js';
import { formatLocalMinute, localFromAbsolute, punchMinute, type IndonesianZone, type Punch } from './clock.js';
import { attendanceCodes, judgePlannedDays, type AttendanceDay } from './daily.js';
import { FIRE_SERVICE_ROTATION, HOSPITAL_MALAM, HOSPITAL_PAGI, HOSPITAL_ROTATION } from './presets.js';
import { shift, type WorkSchedule } from './schedule.js';
import { TTU_RULES } from './tables/ttu.js';
import { TULANG_BAWANG_RULES } from './tables/tulang-bawang.js';
import { day, run, toPunch } from './test-support.js';

// Monday 2 November 2026 (Mon–Thu 07:30–16:00, Fri 07:30–16:30 under Perpres 21/2023).
const MON = '2026-11-02';
const FRI = '2026-11-06';
const at = (date: string, hhmm: string) => `${date} ${hhmm}:00`;
const pair = (date: string, inAt: string, outAt: string) => [at(date, inAt), at(date, outAt)];

describe('an office day (Kementan table)', () => {
  it('on time: present, no band, nothing deducted', () => {
    const d = day({ from: MON, punches: pair(MON, '07:25', '16:02') });
    expect(d).toMatchObject({ kind: 'present', late: null, early: null, minutesLate: 0, minutesEarly: 0, deductionPercent: 0, accumulatedMinutes: 0, arrival: `${MON} 07:25`, departure: `${MON} 16:02` });
    expect(attendanceCodes(d)).toEqual([]);
  });

  it.each([
    ['07:30:59', 0, null, 0],
    ['07:31:00', 1, 'TL1', 0.5],
    ['08:00:00', 30, 'TL1', 0.5],
    ['08:01:00', 31, 'TL2', 1],
    ['08:30:00', 60, 'TL2', 1],
    ['08:31:00', 61, 'TL3', 1.5],
    ['09:00:00', 90, 'TL3', 1.5],
    ['09:01:00', 91, 'TL4', 2],
    ['11:44:00', 254, 'TL4', 2],
  ] as const)('arrival %s: %i minutes late, %s, %f %%', (time, minutes, code, pct) => {
    const d = day({ from: MON, punches: [`${MON} ${time}`, at(MON, '16:00')] });
    expect([d.kind, d.minutesLate, d.late, d.deductionPercent, d.accumulatedMinutes]).toEqual(['present', minutes, code, pct, minutes]);
  });

  it.each([
    ['16:00:00', 0, null, 0],
    ['15:59:59', 1, 'PSW1', 0.5],
    ['15:30:00', 30, 'PSW1', 0.5],
    ['15:29:00', 31, 'PSW2', 1],
    ['14:59:00', 61, 'PSW3', 1.5],
    ['14:29:00', 91, 'PSW4', 2],
    ['11:45:00', 255, 'PSW4', 2],
  ] as const)('departure %s: %i minutes early, %s', (time, minutes, code, pct) => {
    const d = day({ from: MON, punches: [at(MON, '07:30'), `${MON} ${time}`] });
    expect([d.kind, d.minutesEarly, d.early, d.deductionPercent]).toEqual(['present', minutes, code, pct]);
  });

  it('Friday ends at 16:30', () => {
    expect(day({ from: FRI, punches: pair(FRI, '07:30', '16:00') })).toMatchObject({ minutesEarly: 30, early: 'PSW1' });
    expect(day({ from: FRI, punches: pair(FRI, '07:30', '16:30') })).toMatchObject({ minutesEarly: 0, early: null });
  });

  it('late and early on one day add up', () => {
    const d = day({ from: MON, punches: pair(MON, '08:10', '15:00') });
    expect([d.late, d.early, d.minutesLate, d.minutesEarly, d.deductionPercent, d.accumulatedMinutes]).toEqual(['TL2', 'PSW2', 40, 60, 2, 100]);
    expect(attendanceCodes(d)).toEqual(['TL2', 'PSW2']);
  });

  it('the first punch is the arrival and the last the departure; extra scans change nothing', () => {
    const d = day({ from: MON, punches: [at(MON, '09:00'), at(MON, '07:40'), at(MON, '07:41'), at(MON, '12:30'), at(MON, '16:10'), at(MON, '15:00')] });
    expect([d.arrival, d.departure, d.minutesLate, d.minutesEarly]).toEqual([`${MON} 07:40`, `${MON} 16:10`, 10, 0]);
  });

  it('no arrival scan: TL4 (no record); no departure scan: PSW4 (no record)', () => {
    const noIn = day({ from: MON, punches: [at(MON, '16:05')] });
    expect([noIn.kind, noIn.late, noIn.noArrivalRecord, noIn.minutesLate, noIn.early, noIn.deductionPercent]).toEqual(['present', 'TL4', true, 0, null, 2]);
    const noOut = day({ from: MON, punches: [at(MON, '07:20')] });
    expect([noOut.kind, noOut.early, noOut.noDepartureRecord, noOut.late, noOut.deductionPercent]).toEqual(['present', 'PSW4', true, null, 2]);
  });

  it('an arrival after the masuk window closes (the middle of the shift) is not an arrival', () => {
    const d = day({ from: MON, punches: [at(MON, '11:45'), at(MON, '16:00')] });
    expect([d.late, d.noArrivalRecord, d.arrival, d.departure]).toEqual(['TL4', true, null, `${MON} 16:00`]);
  });

  it('punches outside every window (too early, too late) are ignored', () => {
    expect(day({ from: MON, punches: [at(MON, '05:29'), at(MON, '20:00')] }).kind).toBe('tk');
    expect(day({ from: MON, punches: [at(MON, '05:30'), at(MON, '19:59')] })).toMatchObject({ kind: 'present', arrival: `${MON} 05:30`, departure: `${MON} 19:59` });
  });

  it('no punch at all on a working day: TK, with the rules\' day amount (TTU 8 %; Kementan open = 0)', () => {
    const d = day({ from: MON, rules: TTU_RULES });
    expect([d.kind, d.deductionPercent, d.accumulatedMinutes]).toEqual(['tk', 8, 0]);
    expect(attendanceCodes(d)).toEqual(['TK']);
    expect(day({ from: MON }).deductionPercent).toBe(0);
  });

  it('the Tulang Bawang table: 45 minutes late is TL2, 1 % of disiplin', () => {
    const d = day({ from: MON, rules: TULANG_BAWANG_RULES, punches: pair(MON, '08:15', '16:00') });
    expect([d.late, d.deductionPercent]).toEqual(['TL2', 1]);
  });

  it('weekends are off and punches on them are ignored', () => {
    const d = day({ from: '2026-11-07', punches: pair('2026-11-07', '08:00', '12:00') });
    expect([d.kind, d.shiftCode, d.arrival, d.deductionPercent]).toEqual(['off', null, null, 0]);
    expect(attendanceCodes(d)).toEqual(['OFF']);
  });

  it('a holiday the office observes is a holiday, with its name', () => {
    const d = day({ from: MON, holidays: [{ date: MON, name: 'Libur', kind: 'cuti_bersama' }] });
    expect([d.kind, d.holiday?.name, d.deductionPercent]).toEqual(['holiday', 'Libur', 0]);
    expect(attendanceCodes(d)).toEqual(['LIBUR']);
  });

  it('without a schedule a day is off', () => {
    const none = judgePlannedDays([{ date: MON, schedule: null, shift: null, holiday: null, offReason: 'no_schedule' }], [toPunch(at(MON, '07:30'))], new Map(), TTU_RULES);
    expect(none.map((d) => [d.kind, d.scheduleId])).toEqual([['off', null]]);
  });
});

describe('leave and permissions', () => {
  it('a whole-day leave wins over punches and counts as its type says', () => {
    const cuti = day({ from: MON, leaves: [{ typeCode: 'cuti_tahunan', from: MON, to: MON, part: 'day' }], punches: pair(MON, '09:00', '10:00') });
    expect([cuti.kind, cuti.leave?.counts, cuti.late, cuti.deductionPercent]).toEqual(['leave', 'absent_excused', null, 0]);
    expect(attendanceCodes(cuti)).toEqual(['CUTI_TAHUNAN']);
    const dl = day({ from: MON, leaves: [{ typeCode: 'dinas_luar', from: MON, to: MON, part: 'day' }] });
    expect(dl.leave?.counts).toBe('present');
    const tb = day({ from: MON, leaves: [{ typeCode: 'tugas_belajar', from: '2026-01-01', to: '2027-12-31', part: 'day' }] });
    expect(tb.leave?.counts).toBe('non_tpp');
  });

  it('a holiday inside a leave stays a holiday (leave is not spent on it)', () => {
    const days = run({ from: MON, to: '2026-11-04', holidays: [{ date: '2026-11-03', name: 'Libur', kind: 'national' }], leaves: [{ typeCode: 'cuti_tahunan', from: MON, to: '2026-11-04', part: 'day' }] });
    expect(days.map((d) => d.kind)).toEqual(['leave', 'holiday', 'leave']);
  });

  it('izin datang terlambat excuses the arrival only; izin pulang cepat the departure only', () => {
    const late = day({ from: MON, leaves: [{ typeCode: 'izin', from: MON, to: MON, part: 'arrival' }], punches: pair(MON, '10:00', '15:00') });
    expect([late.kind, late.late, late.minutesLate, late.early, late.excusedArrival?.code, late.deductionPercent]).toEqual(['present', null, 0, 'PSW2', 'izin', 1]);
    const early = day({ from: MON, leaves: [{ typeCode: 'izin', from: MON, to: MON, part: 'departure' }], punches: [at(MON, '07:45')] });
    expect([early.late, early.early, early.noDepartureRecord, early.deductionPercent]).toEqual(['TL1', null, false, 0.5]);
  });

  it('an excused arrival with no punch at all is still TK unless both ends are excused', () => {
    expect(day({ from: MON, leaves: [{ typeCode: 'izin', from: MON, to: MON, part: 'arrival' }] }).kind).toBe('tk');
    const both = day({ from: MON, leaves: [{ typeCode: 'izin', from: MON, to: MON, part: 'arrival' }, { typeCode: 'izin', from: MON, to: MON, part: 'departure' }] });
    expect([both.kind, both.leave?.code]).toEqual(['leave', 'izin']);
  });

  it('a whole-day leave beats a part-day one whichever comes first; an unknown type is refused', () => {
    const d = day({ from: MON, leaves: [{ typeCode: 'izin', from: MON, to: MON, part: 'arrival' }, { typeCode: 'cuti_sakit', from: MON, to: MON, part: 'day' }] });
    expect([d.kind, d.leave?.code]).toEqual(['leave', 'cuti_sakit']);
    expect(() => day({ from: MON, leaves: [{ typeCode: 'cuti_liburan', from: MON, to: MON, part: 'day' }] })).toThrow(/cuti_liburan/);
    expect(() => day({ from: MON, leaves: [{ typeCode: 'izin', from: '2026-11-31', to: MON, part: 'day' }] })).toThrow(RangeError);
  });
});

describe('check points (TTU: masuk, masuk istirahat, pulang)', () => {
  const ttuShift = shift({ code: 'K', name: 'TTU', start: '07:30', end: '16:00', breaks: [['12:00', '13:00']], scanAfterBreak: true });
  const ttu: WorkSchedule = { id: 'ttu', name: 'TTU', timeZone: 'WITA', observesHolidays: true, pattern: { kind: 'weekly', days: { mon: ttuShift, tue: ttuShift, wed: ttuShift, thu: ttuShift, fri: ttuShift } } };
  const wita = (s: string): Punch => ({ local: s, zone: 'WITA' });

  it('all three scanned: on time', () => {
    const d = day({ from: MON, schedule: ttu, rules: TTU_RULES, punches: [wita(at(MON, '07:20')), wita(at(MON, '12:55')), wita(at(MON, '16:01'))] });
    expect([d.kind, d.missingCheckPoints, d.scannedCheckPoints, d.deductionPercent]).toEqual(['present', [], ['istirahat_masuk'], 0]);
  });

  it('the break scan missing costs 4 %', () => {
    const d = day({ from: MON, schedule: ttu, rules: TTU_RULES, punches: [wita(at(MON, '07:20')), wita(at(MON, '16:01'))] });
    expect([d.missingCheckPoints, d.deductionPercent]).toEqual([['istirahat_masuk'], 4]);
    expect(attendanceCodes(d)).toEqual(['TPT']);
  });

  it('20 minutes late (TTU 16–30: 2 %) plus a missing break scan (4 %)', () => {
    const d = day({ from: MON, schedule: ttu, rules: TTU_RULES, punches: [wita(at(MON, '07:50')), wita(at(MON, '16:30'))] });
    expect([d.late, d.minutesLate, d.deductionPercent]).toEqual(['TL2', 20, 6]);
  });

  it('only the break scanned: present, with no-record bands at both ends', () => {
    const d = day({ from: MON, schedule: ttu, rules: TTU_RULES, punches: [wita(at(MON, '13:10'))] });
    expect([d.kind, d.late, d.early, d.deductionPercent]).toEqual(['present', 'TL4', 'PSW4', 8]);
  });
});

describe('time zones', () => {
  it('a WITA machine punching 08:45 is 07:45 WIB: 15 minutes late on a WIB schedule', () => {
    const d = day({ from: MON, punches: [{ local: at(MON, '08:45'), zone: 'WITA' }, { local: at(MON, '17:00'), zone: 'WITA' }] });
    expect([d.minutesLate, d.late, d.arrival, d.departure]).toEqual([15, 'TL1', `${MON} 07:45`, `${MON} 16:00`]);
  });

  it('a WIT schedule reads its own wall clock', () => {
    const wit: WorkSchedule = { ...HOSPITAL_ROTATION, id: 'w', timeZone: 'WIT', pattern: { kind: 'weekly', days: { mon: HOSPITAL_PAGI } } };
    const d = day({ from: MON, schedule: wit, punches: [{ local: at(MON, '07:05'), zone: 'WIT' }, { instantMs: Date.parse(`${MON}T05:00:00Z`) }] });
    expect([d.minutesLate, d.minutesEarly, d.arrival, d.departure]).toEqual([5, 0, `${MON} 07:05`, `${MON} 14:00`]);
  });

  it('the same moments in any zone give the same day', () => {
    const zones: IndonesianZone[] = ['WIB', 'WITA', 'WIT'];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 5 * 60, max: 21 * 60 }), { maxLength: 6 }), fc.array(fc.constantFrom(...zones), { minLength: 6, maxLength: 6 }), (minutes, zs) => {
        const wib = minutes.map((m) => `${MON} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`);
        const moved = wib.map((s, i): Punch => {
          const abs = punchMinute({ local: s, zone: 'WIB' });
          const z = zs[i]!;
          return i % 2 ? { local: `${formatLocalMinute(localFromAbsolute(abs, z))}:17`, zone: z } : { instantMs: abs * 60_000 + 42_000 };
        });
        expect(day({ from: MON, punches: moved })).toEqual(day({ from: MON, punches: wib }));
      }),
    );
  });
});

describe('shifts across midnight', () => {
  // 2026-01-05 and 06 are M (night) in the P P S S M M L L rotation anchored 2026-01-01.
  const N1 = '2026-01-05';
  const N2 = '2026-01-06';
  const N3 = '2026-01-07';

  it('the night shift 21:00–07:00 keeps its morning departure', () => {
    const days = run({ schedule: HOSPITAL_ROTATION, from: N1, to: N3, punches: [at(N1, '21:10'), at(N2, '06:50'), at(N2, '20:55'), at(N3, '07:02')] });
    expect(days.map((d) => [d.date, d.kind, d.shiftCode, d.minutesLate, d.minutesEarly, d.arrival, d.departure])).toEqual([
      [N1, 'present', 'M', 10, 10, `${N1} 21:10`, `${N2} 06:50`],
      [N2, 'present', 'M', 0, 0, `${N2} 20:55`, `${N3} 07:02`],
      [N3, 'off', null, 0, 0, null, null],
    ]);
  });

  it('the last night of a month keeps its departure on the 1st of the next (each month judged alone)', () => {
    const roster: WorkSchedule = { id: 'r', name: 'r', timeZone: 'WIB', observesHolidays: false, pattern: { kind: 'roster', days: { '2026-03-31': HOSPITAL_MALAM, '2026-04-01': HOSPITAL_PAGI } } };
    const punches = [at('2026-03-31', '21:00'), at('2026-04-01', '07:00'), at('2026-04-01', '14:00')];
    const march = run({ schedule: roster, from: '2026-03-31', to: '2026-03-31', punches });
    expect(march.map((d) => [d.minutesLate, d.minutesEarly, d.departure])).toEqual([[0, 0, '2026-04-01 07:00']]);
    // 07:00 is as near the night's end as the morning's start: the earlier day keeps it, so the
    // morning shift has no arrival record, whether April is judged alone or with March.
    const april = run({ schedule: roster, from: '2026-04-01', to: '2026-04-01', punches });
    expect(april.map((d) => [d.arrival, d.departure, d.late])).toEqual([[null, '2026-04-01 14:00', 'TL4']]);
    expect(run({ schedule: roster, from: '2026-03-31', to: '2026-04-01', punches })).toEqual([...march, ...april]);
  });

  it('a punch in two days\' windows goes to the nearer check point, the earlier on a tie', () => {
    const office = shift({ code: 'K', name: 'Kantor', start: '07:30', end: '16:00' });
    const roster: WorkSchedule = { id: 'r', name: 'r', timeZone: 'WIB', observesHolidays: false, pattern: { kind: 'roster', days: { [N1]: HOSPITAL_MALAM, [N2]: office } } };
    const judge = (...times: string[]) => run({ schedule: roster, from: N1, to: N2, punches: [at(N1, '21:00'), ...times.map((t) => at(N2, t)), at(N2, '16:00')] }).map((d) => [d.departure, d.arrival]);
    // 07:10 is 10 minutes from the night's end (07:00) and 20 from the office start (07:30).
    expect(judge('07:10')).toEqual([[`${N2} 07:10`, `${N1} 21:00`], [`${N2} 16:00`, null]]);
    // 07:20 is 20 from the night's end and 10 from the start: the office arrival.
    expect(judge('07:20')).toEqual([[null, `${N1} 21:00`], [`${N2} 16:00`, `${N2} 07:20`]]);
    // 07:15 is 15 from both: the earlier check point, the night's end.
    expect(judge('07:15')).toEqual([[`${N2} 07:15`, `${N1} 21:00`], [`${N2} 16:00`, null]]);
    expect(judge('06:55', '07:25')).toEqual([[`${N2} 06:55`, `${N1} 21:00`], [`${N2} 16:00`, `${N2} 07:25`]]);
  });

  it('the fire service watch of 24 hours, 08:00 to 08:00', () => {
    const W = '2026-01-01';
    const d = run({ schedule: FIRE_SERVICE_ROTATION, from: W, to: addDays(W, 2), punches: [at(W, '07:55'), at(addDays(W, 1), '07:40')] });
    expect(d.map((x) => [x.kind, x.minutesLate, x.minutesEarly, x.early])).toEqual([
      ['present', 0, 20, 'PSW1'],
      ['off', 0, 0, null],
      ['off', 0, 0, null],
    ]);
    // A fire station works through a holiday.
    expect(day({ schedule: FIRE_SERVICE_ROTATION, from: W, holidays: [{ date: W, name: 'Tahun Baru', kind: 'national' }] }).kind).toBe('tk');
  });
});

describe('today, before the day is over (asOfMs)', () => {
  const now = (hhmm: string) => Date.parse(`${MON}T${hhmm}:00+07:00`);

  it('before anyone could scan: pending, no band, nothing deducted', () => {
    const d = day({ from: MON, asOfMs: now('06:00') });
    expect([d.kind, d.late, d.deductionPercent]).toEqual(['pending', null, 0]);
    expect(attendanceCodes(d)).toEqual(['PROSES']);
  });

  it('a late arrival shows its band at once', () => {
    const d = day({ from: MON, asOfMs: now('08:20'), punches: [at(MON, '08:10')] });
    expect([d.kind, d.late, d.minutesLate, d.early, d.deductionPercent]).toEqual(['pending', 'TL2', 40, null, 0]);
    expect(attendanceCodes(d)).toEqual(['TL2', 'PROSES']);
  });

  it('no arrival once the masuk window has closed: TL4, still pending', () => {
    expect(day({ from: MON, asOfMs: now('11:44') }).late).toBeNull();
    expect(day({ from: MON, asOfMs: now('11:45') })).toMatchObject({ kind: 'pending', late: 'TL4', noArrivalRecord: true });
  });

  it('a break scan missing shows once its window has closed', () => {
    const t = shift({ code: 'K', name: 'TTU', start: '07:30', end: '16:00', breaks: [['12:00', '13:00']], scanAfterBreak: true });
    const s: WorkSchedule = { id: 't', name: 't', timeZone: 'WIB', observesHolidays: true, pattern: { kind: 'weekly', days: { mon: t } } };
    expect(day({ from: MON, schedule: s, asOfMs: now('13:59'), punches: [at(MON, '07:00')] }).missingCheckPoints).toEqual([]);
    expect(day({ from: MON, schedule: s, asOfMs: now('14:00'), punches: [at(MON, '07:00')] }).missingCheckPoints).toEqual(['istirahat_masuk']);
    expect(day({ from: MON, schedule: s, asOfMs: now('14:00'), punches: [at(MON, '07:00'), at(MON, '12:50')] }).scannedCheckPoints).toEqual(['istirahat_masuk']);
  });

  it('final once the pulang window has closed (20:00)', () => {
    expect(day({ from: MON, asOfMs: now('19:59') }).kind).toBe('pending');
    expect(day({ from: MON, asOfMs: now('20:00') }).kind).toBe('tk');
  });

  it('leave, holidays and days off are final at once', () => {
    expect(day({ from: '2026-11-08', asOfMs: now('06:00') }).kind).toBe('off');
    expect(day({ from: MON, asOfMs: now('06:00'), leaves: [{ typeCode: 'cuti_tahunan', from: MON, to: MON, part: 'day' }] }).kind).toBe('leave');
  });
});

describe('properties of the daily status', () => {
  const WEEK = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08'];
  const arbPunch = fc.record({ d: fc.integer({ min: 0, max: 6 }), m: fc.integer({ min: 0, max: 1439 }), s: fc.integer({ min: 0, max: 59 }) }).map(({ d, m, s }) => `${WEEK[d]} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:${String(s).padStart(2, '0')}`);
  const arbPunches = fc.array(arbPunch, { maxLength: 20 });
  const schedules = [undefined, HOSPITAL_ROTATION, FIRE_SERVICE_ROTATION];
  const arbSchedule = fc.constantFrom(...schedules);
  const week = (punches: readonly string[], schedule?: WorkSchedule): AttendanceDay[] => run({ from: WEEK[0]!, to: WEEK[6]!, punches, schedule: schedule ?? undefined, rules: TTU_RULES });

  it('order and duplicates of punches do not matter', () => {
    fc.assert(
      fc.property(
        arbPunches.chain((p) => fc.tuple(fc.constant(p), fc.shuffledSubarray([...p, ...p.slice(0, 3)], { minLength: p.length + Math.min(3, p.length) }))),
        arbSchedule,
        ([punches, shuffled], schedule) => {
          expect(week(shuffled, schedule)).toEqual(week(punches, schedule));
        },
      ),
    );
  });

  it('deductions are the sum of the day\'s bands; accumulation is late + early minutes', () => {
    fc.assert(
      fc.property(arbPunches, arbSchedule, (punches, schedule) => {
        for (const d of week(punches, schedule)) {
          if (d.kind === 'present') {
            const late = d.noArrivalRecord ? TTU_RULES.late.noRecord.percent : (TTU_RULES.late.bands.find((b) => b.code === d.late)?.percent ?? 0);
            const early = d.noDepartureRecord ? TTU_RULES.early.noRecord.percent : (TTU_RULES.early.bands.find((b) => b.code === d.early)?.percent ?? 0);
            expect(d.deductionPercent).toBeCloseTo(late + early + 4 * d.missingCheckPoints.length, 6);
            expect(d.accumulatedMinutes).toBe(d.minutesLate + d.minutesEarly);
            expect(d.late === null).toBe(d.minutesLate === 0 && !d.noArrivalRecord);
            expect(d.early === null).toBe(d.minutesEarly === 0 && !d.noDepartureRecord);
            expect(d.arrival !== null || d.departure !== null || d.scannedCheckPoints.length > 0).toBe(true);
          } else {
            expect(d.accumulatedMinutes).toBe(0);
            expect(d.deductionPercent).toBe(d.kind === 'tk' ? 8 : 0);
          }
          expect(d.kind === 'off' || d.kind === 'holiday').toBe(d.shiftCode === null);
        }
      }),
    );
  });

  it('an extra punch never turns a present day into TK, and an earlier arrival is never later', () => {
    fc.assert(
      fc.property(arbPunches, arbPunch, arbSchedule, (punches, extra, schedule) => {
        const before = week(punches, schedule);
        const after = week([...punches, extra], schedule);
        before.forEach((b, i) => {
          const a = after[i]!;
          if (b.kind === 'present') expect(a.kind).toBe('present');
          if (b.arrival && a.arrival) expect(a.arrival <= b.arrival).toBe(true);
          if (b.departure && a.departure) expect(a.departure >= b.departure).toBe(true);
        });
      }),
    );
  });

  it('every punch counts for at most one check point', () => {
    fc.assert(
      fc.property(arbPunches, arbSchedule, (punches, schedule) => {
        const used = week(punches, schedule).flatMap((d) => [d.arrival, d.departure].filter((x): x is string => x !== null));
        const distinct = new Set(punches.map((p) => p.slice(0, 16)));
        const perMinute = new Map<string, number>();
        for (const u of used) perMinute.set(u, (perMinute.get(u) ?? 0) + 1);
        for (const [minute, n] of perMinute) {
          expect(distinct.has(minute)).toBe(true);
          expect(n).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('a range judged alone is the same range judged inside a longer one', () => {
  // Few distinct times, so that windows of days two or three apart often meet: a 24-hour watch from
  // 23:45 with a long departure window reaches the morning after next.
  const hhmm = fc.oneof(fc.constantFrom('00:00', '07:00', '12:00', '21:00', '23:45'), fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`));
  const arbShift = fc.record({ start: hhmm, end: hhmm, opensBefore: fc.constantFrom(0, 120, 700), closesAfter: fc.constantFrom(0, 240, 700) }).map((r) => shift({ code: 'X', name: 'x', ...r }));
  const D0 = '2026-11-01';
  const arbCase = fc.record({
    days: fc.array(fc.option(arbShift, { freq: 3 }), { minLength: 16, maxLength: 16 }),
    punches: fc.array(fc.record({ d: fc.integer({ min: -2, max: 17 }), m: fc.integer({ min: 0, max: 95 }).map((q) => q * 15) }), { maxLength: 80 }),
    leaveDay: fc.option(fc.integer({ min: 0, max: 15 })),
    a: fc.integer({ min: 0, max: 15 }),
    len: fc.integer({ min: 0, max: 6 }),
  });

  it('for any roster of shifts with any windows (nights, 24-hour watches, early-opening windows)', () => {
    fc.assert(
      fc.property(arbCase, ({ days, punches, leaveDay, a, len }) => {
        const rosterDays: Record<string, ReturnType<typeof shift> | null> = {};
        days.forEach((t, i) => (rosterDays[addDays(D0, i)] = t));
        const schedule: WorkSchedule = { id: 'r', name: 'r', timeZone: 'WIB', observesHolidays: false, pattern: { kind: 'roster', days: rosterDays } };
        const ps = punches.map(({ d, m }) => `${addDays(D0, d)} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`);
        const leaves = leaveDay === null ? [] : [{ typeCode: 'cuti_tahunan', from: addDays(D0, leaveDay), to: addDays(D0, leaveDay), part: 'day' as const }];
        const whole = run({ schedule, from: D0, to: addDays(D0, 15), punches: ps, leaves });
        const from = addDays(D0, a);
        const to = addDays(D0, Math.min(15, a + len));
        expect(run({ schedule, from, to, punches: ps, leaves })).toEqual(whole.filter((d) => d.date >= from && d.date <= to));
      }),
      { numRuns: 300 },
    );
  });

  it('a watch two days before still claims its departure from a window opening the evening before', () => {
    const D = '2026-11-10';
    const watch = shift({ code: 'J', name: 'Jaga', start: '23:45', end: '23:45', closesAfter: 700 });
    const late = shift({ code: 'S', name: 'Siang', start: '11:00', end: '15:00', opensBefore: 700 });
    const schedule: WorkSchedule = { id: 'r', name: 'r', timeZone: 'WIB', observesHolidays: false, pattern: { kind: 'roster', days: { [addDays(D, -2)]: watch, [D]: late } } };
    // 23:45 on the 9th is the watch's end (0 min away) and inside the 10th's arrival window (11:15 away).
    const punches = [`${addDays(D, -2)} 23:40:00`, `${addDays(D, -1)} 23:45:00`, `${D} 15:00:00`];
    const whole = run({ schedule, from: addDays(D, -2), to: D, punches });
    expect(whole.map((d) => [d.date, d.arrival, d.departure])).toEqual([
      [addDays(D, -2), `${addDays(D, -2)} 23:40`, `${addDays(D, -1)} 23:45`],
      [addDays(D, -1), null, null],
      [D, null, `${D} 15:00`],
    ]);
    expect(run({ schedule, from: D, to: D, punches })).toEqual(whole.slice(2));
  });

  it('windows reaching further than a day before or two after are refused', () => {
    expect(() => shift({ code: 'X', name: 'x', start: '00:30', end: '08:00', opensBefore: 1500 })).toThrow(/hari sebelum shift/);
    expect(() => shift({ code: 'X', name: 'x', start: '23:30', end: '23:30', closesAfter: 1441 })).toThrow(RangeError);
  });
});
