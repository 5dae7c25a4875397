import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../calendar/days.js';
import type { Holiday } from '../calendar/working-days.js';
import { FIRE_SERVICE_ROTATION, HOSPITAL_MALAM, HOSPITAL_ROTATION, PERPRES_21_2023, RAMADAN_HOURS, SHIPPED_SCHEDULES, SIX_DAY_LEGACY } from './presets.js';
import {
  AssignmentIndex,
  assignmentConflicts,
  assignmentProblems,
  assignmentInForce,
  assignmentsFor,
  holidayIndex,
  netMinutes,
  planDays,
  plannedShift,
  scheduleProblems,
  shift,
  shiftProblems,
  weeklyNetMinutes,
  type ScheduleAssignment,
  type ShiftTemplate,
  type WorkSchedule,
} from './schedule.js';

const gross = (t: ShiftTemplate) => t.end - t.start;

describe('shipped schedules', () => {
  it('all pass their own checks', () => {
    for (const s of SHIPPED_SCHEDULES) expect(scheduleProblems(s), s.id).toEqual([]);
  });

  it('Perpres 21/2023: Mon–Thu 07:30–16:00 (510 gross, 450 net), Fri 07:30–16:30 (540, 450), 37.5 h a week', () => {
    for (const d of ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']) {
      const t = plannedShift(PERPRES_21_2023, d)!;
      expect([t.start, t.end, gross(t), netMinutes(t)]).toEqual([450, 960, 510, 450]);
      expect(t.breaks).toEqual([{ start: 720, end: 780 }]);
    }
    const fri = plannedShift(PERPRES_21_2023, '2026-11-06')!;
    expect([fri.start, fri.end, gross(fri), netMinutes(fri)]).toEqual([450, 990, 540, 450]);
    expect(fri.breaks).toEqual([{ start: 690, end: 780 }]);
    expect(plannedShift(PERPRES_21_2023, '2026-11-07')).toBeNull();
    expect(plannedShift(PERPRES_21_2023, '2026-11-08')).toBeNull();
    expect(weeklyNetMinutes(PERPRES_21_2023)).toBe(2250);
  });

  it('Ramadan: start 08:00, 32.5 h a week, breaks 30 min Mon–Thu and 60 min Fri', () => {
    expect(weeklyNetMinutes(RAMADAN_HOURS)).toBe(32.5 * 60);
    const thu = plannedShift(RAMADAN_HOURS, '2026-11-05')!;
    const fri = plannedShift(RAMADAN_HOURS, '2026-11-06')!;
    expect(thu.start).toBe(480);
    expect(fri.start).toBe(480);
    expect(gross(thu) - netMinutes(thu)).toBe(30);
    expect(gross(fri) - netMinutes(fri)).toBe(60);
  });

  it('the six-day legacy week works on Saturday and not on Sunday', () => {
    expect(plannedShift(SIX_DAY_LEGACY, '2026-11-07')?.end).toBe(750);
    expect(plannedShift(SIX_DAY_LEGACY, '2026-11-08')).toBeNull();
    expect(Object.keys((SIX_DAY_LEGACY.pattern as { days: object }).days)).toHaveLength(6);
  });

  it('the hospital night shift starts at 21:00 and ends at 07:00 the next day', () => {
    expect([HOSPITAL_MALAM.start, HOSPITAL_MALAM.end]).toEqual([1260, 1860]);
    expect(netMinutes(HOSPITAL_MALAM)).toBe(600);
    // P P S S M M L L from the anchor, repeating both ways.
    const codes = Array.from({ length: 10 }, (_, i) => plannedShift(HOSPITAL_ROTATION, addDays('2026-01-01', i))?.code ?? 'L');
    expect(codes.join('')).toBe('PPSSMMLLPP');
    expect(plannedShift(HOSPITAL_ROTATION, '2025-12-31')).toBeNull();
    expect(plannedShift(HOSPITAL_ROTATION, '2025-12-29')?.code).toBe('M');
  });

  it('the fire service watches 24 hours then rests 48, through holidays', () => {
    const j = plannedShift(FIRE_SERVICE_ROTATION, '2026-01-01')!;
    expect([j.start, j.end, netMinutes(j)]).toEqual([480, 1920, 1440]);
    expect(plannedShift(FIRE_SERVICE_ROTATION, '2026-01-02')).toBeNull();
    expect(plannedShift(FIRE_SERVICE_ROTATION, '2026-01-04')?.code).toBe('J');
    expect(FIRE_SERVICE_ROTATION.observesHolidays).toBe(false);
  });
});

describe('shift templates', () => {
  it('a night shift keeps its windows on one axis from the start day', () => {
    const t = shift({ code: 'M', name: 'Malam', start: '22:00', end: '06:00', breaks: [['02:00', '02:30']] });
    expect(t.breaks).toEqual([{ start: 1560, end: 1590 }]);
    expect(t.checkPoints.map((c) => [c.kind, c.opens, c.at, c.closes])).toEqual([
      ['masuk', 1200, 1320, 1560],
      ['pulang', 1560, 1800, 2040],
    ]);
  });

  it('a scan after the break adds a check point between masuk and pulang', () => {
    const t = shift({ code: 'K', name: 'TTU', start: '07:30', end: '16:00', breaks: [['12:00', '13:00']], scanAfterBreak: true });
    expect(t.checkPoints.map((c) => [c.kind, c.opens, c.at, c.closes])).toEqual([
      ['masuk', 330, 450, 720],
      ['istirahat_masuk', 720, 780, 840],
      ['pulang', 840, 960, 1200],
    ]);
    expect(() => shift({ code: 'X', name: 'x', start: '07:30', end: '16:00', scanAfterBreak: true })).toThrow(/istirahat/);
  });

  it('refuses what cannot be judged', () => {
    const ok = shift({ code: 'K', name: 'k', start: '07:30', end: '16:00', breaks: [['12:00', '13:00']] });
    expect(shiftProblems(ok)).toEqual([]);
    expect(shiftProblems({ ...ok, end: ok.start })).not.toEqual([]);
    expect(shiftProblems({ ...ok, end: ok.start + 1441 })).not.toEqual([]);
    expect(shiftProblems({ ...ok, start: -10 })).not.toEqual([]);
    expect(shiftProblems({ ...ok, breaks: [{ start: 400, end: 500 }] })).not.toEqual([]);
    expect(shiftProblems({ ...ok, breaks: [{ start: 720, end: 780 }, { start: 750, end: 800 }] })).not.toEqual([]);
    expect(shiftProblems({ ...ok, checkPoints: ok.checkPoints.slice(1) })).not.toEqual([]);
    expect(shiftProblems({ ...ok, checkPoints: [ok.checkPoints[0]!] })).not.toEqual([]);
    expect(shiftProblems({ ...ok, checkPoints: [{ ...ok.checkPoints[0]!, at: 460 }, ok.checkPoints[1]!] })).not.toEqual([]);
    expect(shiftProblems({ ...ok, checkPoints: [{ ...ok.checkPoints[0]!, closes: 800 }, ok.checkPoints[1]!] })).toContain('jendela "pulang" tumpang tindih dengan jendela sebelumnya');
    expect(shiftProblems({ ...ok, checkPoints: [{ ...ok.checkPoints[0]!, opens: 460 }, ok.checkPoints[1]!] })).toContain('jendela "masuk" harus memuat waktunya');
    expect(shiftProblems({ ...ok, start: 450.5 })).toContain('semua waktu harus menit bulat');
    expect(() => shift({ code: 'Z', name: 'z', start: '07:30', end: '16:00', opensBefore: -10 })).toThrow(RangeError);
  });

  it('any start and end give a valid template whose length is under 24 hours (equal: exactly 24)', () => {
    const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(hhmm, hhmm, (start, end) => {
        const t = shift({ code: 'X', name: 'x', start, end });
        expect(shiftProblems(t)).toEqual([]);
        expect(t.end - t.start).toBeGreaterThan(0);
        expect(t.end - t.start).toBeLessThanOrEqual(1440);
        expect(t.end % 1440).toBe(Number(end.slice(0, 2)) * 60 + Number(end.slice(3)));
      }),
    );
  });

  it('weekly totals are for weekly patterns only', () => {
    expect(() => weeklyNetMinutes(HOSPITAL_ROTATION)).toThrow(RangeError);
  });

  it('a roster names its dates; others are off', () => {
    const s: WorkSchedule = { id: 'r', name: 'r', timeZone: 'WITA', observesHolidays: false, pattern: { kind: 'roster', days: { '2026-11-03': HOSPITAL_MALAM, '2026-11-04': null } } };
    expect(scheduleProblems(s)).toEqual([]);
    expect(plannedShift(s, '2026-11-03')?.code).toBe('M');
    expect(plannedShift(s, '2026-11-04')).toBeNull();
    expect(plannedShift(s, '2026-11-05')).toBeNull();
    expect(() => scheduleProblems({ ...s, pattern: { kind: 'roster', days: { '2026-02-30': null } } })).toThrow(RangeError);
    expect(scheduleProblems({ ...s, pattern: { kind: 'rotation', anchor: '2026-01-01', cycle: [] } })).toEqual(['rotasi membutuhkan minimal satu hari']);
    expect(plannedShift({ ...s, pattern: { kind: 'rotation', anchor: '2026-01-01', cycle: [] } }, '2026-01-01')).toBeNull();
  });
});

describe('which schedule applies', () => {
  const subject = { employeeId: 'e1', unitPath: ['seksi', 'bidang', 'dinas'] };
  const a = (scheduleId: string, scope: ScheduleAssignment['scope'], from: string, to?: string): ScheduleAssignment => (to ? { scheduleId, scope, from, to } : { scheduleId, scope, from });
  const inForce = (list: ScheduleAssignment[], date: string) => assignmentInForce(assignmentsFor(list, subject), date)?.scheduleId;

  it('employee beats unit, own unit beats parent, unit beats agency', () => {
    const list = [
      a('agency', { kind: 'agency' }, '2026-01-01'),
      a('dinas-unit', { kind: 'unit', unitId: 'dinas' }, '2026-01-01'),
      a('bidang', { kind: 'unit', unitId: 'bidang' }, '2026-01-01'),
      a('seksi', { kind: 'unit', unitId: 'seksi' }, '2026-01-01'),
      a('me', { kind: 'employee', employeeId: 'e1' }, '2026-01-01'),
    ];
    expect(inForce(list, '2026-06-01')).toBe('me');
    expect(inForce(list.slice(0, 4), '2026-06-01')).toBe('seksi');
    expect(inForce(list.slice(0, 3), '2026-06-01')).toBe('bidang');
    expect(inForce(list.slice(0, 2), '2026-06-01')).toBe('dinas-unit');
    expect(inForce(list.slice(0, 1), '2026-06-01')).toBe('agency');
  });

  it('ignores other employees and units, and days before the start', () => {
    const list = [a('other', { kind: 'employee', employeeId: 'e2' }, '2026-01-01'), a('other-unit', { kind: 'unit', unitId: 'x' }, '2026-01-01'), a('agency', { kind: 'agency' }, '2026-03-01')];
    expect(inForce(list, '2026-02-28')).toBeUndefined();
    expect(inForce(list, '2026-03-01')).toBe('agency');
  });

  it('within a scope, a bounded period (Ramadan) beats the open one, both ends inclusive; then the later start', () => {
    const list = [
      a('perpres', { kind: 'agency' }, '2026-01-01'),
      a('ramadan', { kind: 'agency' }, '2026-02-18', '2026-03-19'),
      a('new-hours', { kind: 'agency' }, '2026-03-01'),
    ];
    expect(inForce(list, '2026-02-17')).toBe('perpres');
    expect(inForce(list, '2026-02-18')).toBe('ramadan');
    expect(inForce(list, '2026-03-05')).toBe('ramadan');
    expect(inForce(list, '2026-03-19')).toBe('ramadan');
    expect(inForce(list, '2026-03-20')).toBe('new-hours');
    expect(inForce(list, '2026-02-28')).toBe('ramadan');
  });

  it('a shift worker keeps their own schedule through the agency-wide Ramadan hours', () => {
    const list = [a('perpres', { kind: 'agency' }, '2026-01-01'), a('ramadan', { kind: 'agency' }, '2026-02-18', '2026-03-19'), a('ward', { kind: 'employee', employeeId: 'e1' }, '2026-01-01')];
    expect(inForce(list, '2026-03-01')).toBe('ward');
  });

  it('two bounded periods at one scope: the later start, then the shorter', () => {
    const list = [a('long', { kind: 'agency' }, '2026-03-01', '2026-03-31'), a('short', { kind: 'agency' }, '2026-03-01', '2026-03-10'), a('later', { kind: 'agency' }, '2026-03-15', '2026-03-20')];
    expect(inForce(list, '2026-03-05')).toBe('short');
    expect(inForce(list, '2026-03-12')).toBe('long');
    expect(inForce(list, '2026-03-16')).toBe('later');
  });

  it('the answer does not depend on the order assignments are listed in', () => {
    const scopes: ScheduleAssignment['scope'][] = [{ kind: 'agency' }, { kind: 'unit', unitId: 'bidang' }, { kind: 'unit', unitId: 'seksi' }, { kind: 'employee', employeeId: 'e1' }];
    const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2026-01-01', n));
    const arb = fc.uniqueArray(
      fc.record({ scope: fc.constantFrom(...scopes), from: day, len: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) }),
      { maxLength: 8, selector: (r) => `${JSON.stringify(r.scope)}|${r.from}|${r.len}` },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const list = rows.map((r, i) => a(`s${i}`, r.scope, r.from, r.len === undefined ? undefined : addDays(r.from, r.len)));
        fc.pre(assignmentConflicts(list).length === 0);
        for (let d = '2026-01-01'; d <= '2026-03-15'; d = addDays(d, 7)) {
          expect(inForce([...list].reverse(), d)).toBe(inForce(list, d));
          const winner = list.find((x) => x.scheduleId === inForce(list, d));
          if (winner) expect(winner.from <= d && (winner.to === undefined || d <= winner.to)).toBe(true);
        }
      }),
    );
  });

  it('refuses an unknown schedule, impossible dates and a period ending before it starts', () => {
    const known = new Map([[PERPRES_21_2023.id, PERPRES_21_2023]]);
    expect(assignmentProblems(a(PERPRES_21_2023.id, { kind: 'agency' }, '2026-01-01', '2026-01-01'), known)).toEqual([]);
    expect(assignmentProblems(a('x', { kind: 'agency' }, '2026-01-01'), known)).toEqual(['jadwal kerja tidak dikenal: x']);
    expect(assignmentProblems(a(PERPRES_21_2023.id, { kind: 'agency' }, '2026-02-30'), known)).toHaveLength(1);
    expect(assignmentProblems(a(PERPRES_21_2023.id, { kind: 'agency' }, '2026-01-02', '2026-01-01'), known)).toEqual(['tanggal selesai sebelum tanggal mulai']);
    expect(assignmentProblems(a(PERPRES_21_2023.id, { kind: 'agency' }, '2026-01-02', '0001-01-01'), known)).toHaveLength(1);
  });

  it('the index gives what a scan of all assignments gives', () => {
    const scopes: ScheduleAssignment['scope'][] = [
      { kind: 'agency' }, { kind: 'unit', unitId: 'seksi' }, { kind: 'unit', unitId: 'bidang' }, { kind: 'unit', unitId: 'other' },
      { kind: 'employee', employeeId: 'e1' }, { kind: 'employee', employeeId: 'e2' },
    ];
    const arb = fc.array(fc.record({ scope: fc.constantFrom(...scopes), from: fc.integer({ min: 0, max: 30 }).map((n) => addDays('2026-01-01', n)) }), { maxLength: 12 });
    const subjects = [subject, { employeeId: 'e2', unitPath: ['other', 'dinas'] }, { employeeId: 'e3', unitPath: [] }, { employeeId: 'e1', unitPath: ['seksi', 'seksi'] }];
    fc.assert(
      fc.property(arb, (rows) => {
        const list = rows.map((r, i) => a(`s${i}`, r.scope, r.from));
        const index = new AssignmentIndex(list);
        for (const sub of subjects) {
          const sort = (xs: { assignment: ScheduleAssignment; rank: number }[]) => [...xs].sort((x, y) => x.assignment.scheduleId.localeCompare(y.assignment.scheduleId));
          expect(sort(index.for(sub))).toEqual(sort(assignmentsFor(list, sub)));
        }
      }),
    );
  });

  it('reports assignments the precedence cannot choose between', () => {
    const x = a('x', { kind: 'unit', unitId: 'seksi' }, '2026-01-01');
    const y = a('y', { kind: 'unit', unitId: 'seksi' }, '2026-01-01');
    expect(assignmentConflicts([x, y, a('z', { kind: 'unit', unitId: 'seksi' }, '2026-01-01', '2026-01-31')])).toEqual([[x, y]]);
    const e1 = a('p', { kind: 'employee', employeeId: 'e1' }, '2026-01-01');
    expect(assignmentConflicts([e1, a('q', { kind: 'employee', employeeId: 'e2' }, '2026-01-01'), a('r', { kind: 'agency' }, '2026-01-01')])).toEqual([]);
    expect(assignmentConflicts([e1, { ...e1, scheduleId: 'p2' }])).toHaveLength(1);
  });
});

describe('planning days', () => {
  const schedules = new Map(SHIPPED_SCHEDULES.map((s) => [s.id, s]));
  const holidays: Holiday[] = [
    { date: '2026-12-25', name: 'Kelahiran Yesus Kristus', kind: 'national' },
    { date: '2026-12-24', name: 'Cuti bersama Natal', kind: 'cuti_bersama' },
    { date: '2026-12-24', name: 'Libur nasional fiktif', kind: 'national' },
  ];
  const idx = holidayIndex(holidays);

  it('the national holiday names a date shared with a cuti bersama, in either order', () => {
    expect(idx.get('2026-12-24')?.kind).toBe('national');
    expect(holidayIndex([...holidays].reverse()).get('2026-12-24')?.kind).toBe('national');
  });

  it('an office stops on holidays, a fire station does not', () => {
    const office = planDays(assignmentsFor([{ scheduleId: PERPRES_21_2023.id, scope: { kind: 'agency' }, from: '2026-01-01' }], { employeeId: 'e', unitPath: [] }), schedules, idx, '2026-12-24', '2026-12-27');
    expect(office.map((d) => [d.date, d.shift?.code ?? null, d.offReason])).toEqual([
      ['2026-12-24', null, 'holiday'],
      ['2026-12-25', null, 'holiday'],
      ['2026-12-26', null, 'pattern'],
      ['2026-12-27', null, 'pattern'],
    ]);
    const fire = planDays(assignmentsFor([{ scheduleId: FIRE_SERVICE_ROTATION.id, scope: { kind: 'agency' }, from: '2026-01-01' }], { employeeId: 'e', unitPath: [] }), schedules, idx, '2026-12-24', '2026-12-27');
    // 2026-12-24 is day 357 after the anchor: a watch day (357 = 3 × 119), on a holiday.
    expect(fire.filter((d) => d.shift).map((d) => d.date)).toEqual(['2026-12-24', '2026-12-27']);
    expect([fire[0]!.holiday?.name, fire[0]!.offReason]).toEqual(['Libur nasional fiktif', null]);
    expect([fire[1]!.holiday?.name, fire[1]!.offReason]).toEqual(['Kelahiran Yesus Kristus', 'pattern']);
  });

  it('without an assignment no day is planned; an unknown schedule is refused', () => {
    const none = planDays([], schedules, idx, '2026-11-02', '2026-11-03');
    expect(none.map((d) => d.offReason)).toEqual(['no_schedule', 'no_schedule']);
    expect(() => planDays(assignmentsFor([{ scheduleId: 'nope', scope: { kind: 'agency' }, from: '2026-01-01' }], { employeeId: 'e', unitPath: [] }), schedules, idx, '2026-11-02', '2026-11-02')).toThrow(/nope/);
    expect(() => planDays([], schedules, idx, '2026-11-31', '2026-12-01')).toThrow(RangeError);
  });

  it('a weekly plan follows the weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (n) => {
        const date = addDays('2020-01-01', n);
        const t = plannedShift(PERPRES_21_2023, date);
        const wd = weekdayOf(date);
        expect(t === null).toBe(wd === 'sat' || wd === 'sun');
        if (t) expect(t.end).toBe(wd === 'fri' ? 990 : 960);
      }),
    );
  });
});
