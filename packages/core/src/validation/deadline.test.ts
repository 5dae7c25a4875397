import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, HOLIDAYS_ID, localDateOf, startOfLocalDay, WorkCalendar } from '../calendar/index.js';
import { DEFAULT_JOURNAL_SETTINGS } from '../journal/settings.js';
import { arbDate, arbHolidays, arbTargets, arbZone } from '../journal/test-support.js';
import { firstOpenSubmissionDate, isOverdue, overdueSubmissionSpans, validationDeadline, validationDeadlineOn, workingDaysLeft, type DateSpan, type WindowRulesOn } from './deadline.js';

const TZ = 'Asia/Pontianak';
const cal = new WorkCalendar(HOLIDAYS_ID, DEFAULT_JOURNAL_SETTINGS);

describe('validation deadline', () => {
  it('five working days after a Monday submission is the next Monday, end of day WIB', () => {
    const d = validationDeadline(new Date('2026-11-23T03:00:00Z'), { validationWindowWorkingDays: 5 }, cal, TZ);
    expect(d).toEqual({ dueOn: '2026-11-30', dueAt: new Date('2026-11-30T16:59:59.999Z') });
  });

  it('counts from the local day of submission: 23:30 WIB on Friday is still Friday', () => {
    expect(validationDeadline(new Date('2026-11-20T16:30:00Z'), { validationWindowWorkingDays: 1 }, cal, TZ).dueOn).toBe('2026-11-23');
    expect(validationDeadline(new Date('2026-11-20T17:30:00Z'), { validationWindowWorkingDays: 1 }, cal, TZ).dueOn).toBe('2026-11-23'); // Saturday 00:30
  });

  it('skips Christmas and its cuti bersama', () => {
    expect(validationDeadline(new Date('2026-12-23T03:00:00Z'), { validationWindowWorkingDays: 1 }, cal, TZ).dueOn).toBe('2026-12-28');
  });

  it('a window of 0 is the day of submission', () => {
    expect(validationDeadline(new Date('2026-11-22T03:00:00Z'), { validationWindowWorkingDays: 0 }, cal, TZ).dueOn).toBe('2026-11-22');
  });

  it('days left: positive before, 0 on the due day, negative after', () => {
    expect(workingDaysLeft('2026-11-30', '2026-11-23', cal)).toBe(5);
    expect(workingDaysLeft('2026-11-30', '2026-11-30', cal)).toBe(0);
    expect(workingDaysLeft('2026-11-30', '2026-12-02', cal)).toBe(-2);
    expect(isOverdue('2026-11-30', '2026-11-30')).toBe(false);
    expect(isOverdue('2026-11-30', '2026-12-01')).toBe(true);
  });

  it('property: the window is exactly N working days of the calendar, and due at the end of the due day', () => {
    fc.assert(
      fc.property(arbDate(), fc.integer({ min: 0, max: 30 }), arbHolidays, arbTargets, arbZone, fc.integer({ min: 0, max: 86_399 }), (date, n, holidays, targets, zone, second) => {
        const calendar = new WorkCalendar(holidays, { dailyTargetMinutes: targets });
        const submittedAt = new Date(startOfLocalDay(date, zone).getTime() + second * 1000);
        const { dueOn, dueAt } = validationDeadline(submittedAt, { validationWindowWorkingDays: n }, calendar, zone);
        expect(workingDaysLeft(dueOn, date, calendar)).toBe(n);
        expect(dueOn >= date).toBe(true);
        if (n > 0) expect(calendar.isWorkingDay(dueOn)).toBe(true);
        expect(localDateOf(dueAt, zone)).toBe(dueOn);
        expect(localDateOf(new Date(dueAt.getTime() + 1), zone) > dueOn).toBe(true);
      }),
    );
  });

  it('the first open submission date: Monday 30 Nov with 5 days is Monday 23 Nov', () => {
    expect(firstOpenSubmissionDate('2026-11-30', { validationWindowWorkingDays: 5 }, cal)).toBe('2026-11-23');
    expect(firstOpenSubmissionDate('2026-12-01', { validationWindowWorkingDays: 5 }, cal)).toBe('2026-11-24');
  });

  it('property: a submission date is overdue exactly when it lies before the first open date', () => {
    fc.assert(
      fc.property(arbDate(), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 40 }), arbHolidays, arbTargets, (today, n, back, holidays, targets) => {
        const calendar = new WorkCalendar(holidays, { dailyTargetMinutes: targets });
        const first = firstOpenSubmissionDate(today, { validationWindowWorkingDays: n }, calendar);
        const submitted = addDays(today, -back);
        const dueOn = calendar.addWorkingDays(submitted, n);
        expect(isOverdue(dueOn, today)).toBe(submitted < first);
      }),
    );
  });
});

describe('validation windows that change over time (each submission date under the rules in force on it)', () => {
  // The window is shortened from 7 to 3 working days from Monday 16 November 2026.
  const rulesOn: WindowRulesOn = (date) => ({ settings: { validationWindowWorkingDays: date < '2026-11-16' ? 7 : 3 }, calendar: cal });
  const inSpans = (spans: readonly DateSpan[], d: string) => spans.some((s) => (s.from === null || d >= s.from) && d < s.to);

  it('a submission keeps the window in force on its day: 7 days from the 10th, 3 from the 16th', () => {
    expect(validationDeadlineOn(new Date('2026-11-10T03:00:00Z'), rulesOn, TZ).dueOn).toBe('2026-11-19');
    expect(validationDeadlineOn(new Date('2026-11-16T03:00:00Z'), rulesOn, TZ).dueOn).toBe('2026-11-19');
    expect(validationDeadlineOn(new Date('2026-11-18T03:00:00Z'), rulesOn, TZ).dueOn).toBe('2026-11-23');
  });

  it('on Friday 20 November: sent up to the 10th (7 days) and on the 16th (3 days) are overdue, the 11th to 13th are not', () => {
    const spans = overdueSubmissionSpans('2026-11-20', rulesOn, ['2026-11-16']);
    expect(spans).toEqual([
      { from: null, to: '2026-11-11' },
      { from: '2026-11-16', to: '2026-11-17' },
    ]);
    // One cut-off from today's window (3 days) would have called the 11th to 13th overdue.
    expect(firstOpenSubmissionDate('2026-11-20', { validationWindowWorkingDays: 3 }, cal)).toBe('2026-11-17');
  });

  it('adjacent overdue stretches are one span, and changes after today do not count', () => {
    expect(overdueSubmissionSpans('2026-12-01', rulesOn, ['2026-11-16', '2026-12-20'])).toEqual([{ from: null, to: '2026-11-26' }]);
    expect(overdueSubmissionSpans('2026-11-30', () => ({ settings: { validationWindowWorkingDays: 5 }, calendar: cal }), [])).toEqual([{ from: null, to: '2026-11-23' }]);
  });

  it('property: a submission date is in the spans exactly when its deadline under its own rules has passed', () => {
    fc.assert(
      fc.property(
        arbDate(),
        fc.array(fc.record({ back: fc.integer({ min: -5, max: 60 }), n: fc.integer({ min: 0, max: 20 }), targets: arbTargets }), { maxLength: 3 }),
        fc.integer({ min: 0, max: 20 }),
        arbTargets,
        arbHolidays,
        fc.integer({ min: 0, max: 80 }),
        (today, changes, n0, targets0, holidays, back) => {
          const versions = changes.map((c) => ({ from: addDays(today, -c.back), n: c.n, calendar: new WorkCalendar(holidays, { dailyTargetMinutes: c.targets }) }));
          const base = { from: '', n: n0, calendar: new WorkCalendar(holidays, { dailyTargetMinutes: targets0 }) };
          const rules: WindowRulesOn = (date) => {
            const v = versions.filter((x) => x.from <= date).sort((a, b) => (a.from < b.from ? 1 : -1))[0] ?? base;
            return { settings: { validationWindowWorkingDays: v.n }, calendar: v.calendar };
          };
          const spans = overdueSubmissionSpans(today, rules, versions.map((v) => v.from));
          const submitted = addDays(today, -back);
          const { settings, calendar } = rules(submitted);
          expect(inSpans(spans, submitted)).toBe(isOverdue(calendar.addWorkingDays(submitted, settings.validationWindowWorkingDays), today));
        },
      ),
    );
  });
});
