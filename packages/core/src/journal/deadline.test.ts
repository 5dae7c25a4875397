import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, endOfLocalDay, HOLIDAYS_ID, localDateOf, startOfLocalDay, WorkCalendar } from '../calendar/index.js';
import { canLogEntry, MAX_OUTAGE_EXTENSION_WORKING_DAYS, reportingDeadline, type Outage } from './deadline.js';
import { DEFAULT_JOURNAL_SETTINGS } from './settings.js';
import { arbDate, arbHolidays, arbTargets, arbZone } from './test-support.js';

const TZ = 'Asia/Pontianak'; // Kalbar, WIB
const N3 = { reportingWindowWorkingDays: 3 };
const N0 = { reportingWindowWorkingDays: 0 };
const cal = new WorkCalendar(HOLIDAYS_ID, DEFAULT_JOURNAL_SETTINGS);
const THU = '2026-11-19';

/** An instant on the WIB wall clock. */
const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);
const outage = (id: string, from: Date, to: Date): Outage => ({ id, startsAt: from, endsAt: to, reason: `gangguan ${id}` });

describe('reportingDeadline: counting working days', () => {
  it('Thursday with N = 3 closes at the end of the next Tuesday, 23:59:59.999 WIB', () => {
    const d = reportingDeadline(THU, N3, cal, [], TZ);
    expect(d).toEqual({
      workDate: THU,
      closesOn: '2026-11-24',
      closesAt: new Date('2026-11-24T16:59:59.999Z'),
      extendedBy: [],
      extensionWorkingDays: 0,
    });
  });

  it('an overtime Saturday uses the same rule: three working days after it', () => {
    expect(reportingDeadline('2026-11-21', N3, cal, [], TZ).closesOn).toBe('2026-11-25');
    expect(reportingDeadline('2026-11-22', N3, cal, [], TZ).closesOn).toBe('2026-11-25');
  });

  it('skips Nyepi, Idulfitri and all their cuti bersama (March 2026)', () => {
    // Tue 17 Mar 2026: 18–24 Mar are all off, then Wed 25, Thu 26, Fri 27.
    expect(reportingDeadline('2026-03-17', N3, cal, [], TZ).closesOn).toBe('2026-03-27');
    // Logging on a cuti bersama day (someone on duty) is counted from that day.
    expect(reportingDeadline('2026-03-20', N3, cal, [], TZ).closesOn).toBe('2026-03-27');
  });

  it('crosses the year boundary', () => {
    // Tue 30 Dec 2025 → Wed 31, (Thu 1 Jan holiday), Fri 2, Mon 5 Jan 2026.
    const d = reportingDeadline('2025-12-30', N3, cal, [], TZ);
    expect(d.closesOn).toBe('2026-01-05');
    expect(d.closesAt.toISOString()).toBe('2026-01-05T16:59:59.999Z');
    // Christmas 2025: Thu 25 holiday, Fri 26 cuti bersama.
    expect(reportingDeadline('2025-12-24', N3, cal, [], TZ).closesOn).toBe('2025-12-31');
  });

  it('N = 0 means the same day only, working day or not', () => {
    expect(reportingDeadline(THU, N0, cal, [], TZ).closesOn).toBe(THU);
    expect(reportingDeadline('2026-11-21', N0, cal, [], TZ).closesOn).toBe('2026-11-21');
    expect(reportingDeadline(THU, N0, cal, [], TZ).closesAt.toISOString()).toBe('2026-11-19T16:59:59.999Z');
  });

  it('ends the day on the agency wall clock: WITA and WIT close earlier in UTC', () => {
    expect(reportingDeadline(THU, N3, cal, [], 'Asia/Makassar').closesAt.toISOString()).toBe('2026-11-24T15:59:59.999Z');
    expect(reportingDeadline(THU, N3, cal, [], 'Asia/Jayapura').closesAt.toISOString()).toBe('2026-11-24T14:59:59.999Z');
  });

  it('rejects a malformed date or window', () => {
    expect(() => reportingDeadline('2026-11-31', N3, cal, [], TZ)).toThrow(RangeError);
    expect(() => reportingDeadline(THU, { reportingWindowWorkingDays: -1 }, cal, [], TZ)).toThrow(RangeError);
    expect(() => reportingDeadline(THU, { reportingWindowWorkingDays: 1.5 }, cal, [], TZ)).toThrow(RangeError);
  });
});

describe('reportingDeadline: outages', () => {
  it('an outage in the middle of the window adds the working days it touched', () => {
    const o = outage('mon', wib('2026-11-23', '10:00'), wib('2026-11-23', '12:00'));
    const d = reportingDeadline(THU, N3, cal, [o], TZ);
    expect(d.closesOn).toBe('2026-11-25');
    expect(d.extendedBy).toEqual([o]);
    expect(d.extensionWorkingDays).toBe(1);
  });

  it('an outage over a weekend counts only the working days it touched', () => {
    const o = outage('fri-mon', wib('2026-11-20', '08:00'), wib('2026-11-23', '08:00'));
    const d = reportingDeadline(THU, N3, cal, [o], TZ);
    expect(d.extensionWorkingDays).toBe(2); // Fri and Mon
    expect(d.closesOn).toBe('2026-11-26');
  });

  it('an outage touching no working day still extends by one', () => {
    const o = outage('sat', wib('2026-11-21', '10:00'), wib('2026-11-21', '12:00'));
    expect(reportingDeadline(THU, N3, cal, [o], TZ).closesOn).toBe('2026-11-25');
  });

  it('an outage touching the last day extends the window (the Bengkulu case)', () => {
    const o = outage('last-hour', wib('2026-11-24', '23:00'), wib('2026-11-24', '23:30'));
    expect(reportingDeadline(THU, N3, cal, [o], TZ).closesOn).toBe('2026-11-25');
  });

  it('an outage across the closing midnight counts both days it touched', () => {
    const o = outage('midnight', wib('2026-11-24', '22:00'), wib('2026-11-25', '02:00'));
    const d = reportingDeadline(THU, N3, cal, [o], TZ);
    expect(d.extensionWorkingDays).toBe(2); // Tue and Wed
    expect(d.closesOn).toBe('2026-11-26');
  });

  it('an outage starting right after the deadline does not extend it', () => {
    const o = outage('after', wib('2026-11-25', '00:00'), wib('2026-11-25', '01:00'));
    expect(reportingDeadline(THU, N3, cal, [o], TZ)).toMatchObject({ closesOn: '2026-11-24', extendedBy: [] });
  });

  it('an outage starting at the very last millisecond does extend it', () => {
    const o = outage('edge', new Date('2026-11-24T16:59:59.999Z'), wib('2026-11-25', '01:00'));
    expect(reportingDeadline(THU, N3, cal, [o], TZ).extendedBy).toEqual([o]);
  });

  it('an outage ending exactly when the work date starts does not touch it (half-open)', () => {
    const o = outage('before', wib('2026-11-18', '20:00'), wib(THU, '00:00'));
    expect(reportingDeadline(THU, N3, cal, [o], TZ).extendedBy).toEqual([]);
  });

  it('a long outage that began before the work date only counts the days inside the window', () => {
    const o = outage('long', wib('2026-11-01', '00:00'), wib(THU, '09:00'));
    const d = reportingDeadline(THU, N3, cal, [o], TZ);
    expect(d.extensionWorkingDays).toBe(1);
    expect(d.closesOn).toBe('2026-11-25');
  });

  it('a week-long outage leaves N working days after it ends', () => {
    // Down from Fri 20 00:00 until Fri 27 00:00: Fri, Mon, Tue, Wed, Thu lost.
    const o = outage('week', wib('2026-11-20', '00:00'), wib('2026-11-27', '00:00'));
    const d = reportingDeadline(THU, N3, cal, [o], TZ);
    expect(d.extensionWorkingDays).toBe(5);
    expect(d.closesOn).toBe('2026-12-01'); // Fri 27, Mon 30, Tue 1 Dec
  });

  it('two chained outages: the extension reaches the second, which extends again', () => {
    const a = outage('a', wib('2026-11-24', '10:00'), wib('2026-11-24', '11:00'));
    const b = outage('b', wib('2026-11-25', '10:00'), wib('2026-11-25', '11:00'));
    const d = reportingDeadline(THU, N3, cal, [b, a], TZ);
    expect(d.closesOn).toBe('2026-11-26');
    expect(d.extendedBy.map((o) => o.id)).toEqual(['a', 'b']); // in time order
    // Without the first outage the second is outside the window and changes nothing.
    expect(reportingDeadline(THU, N3, cal, [b], TZ).closesOn).toBe('2026-11-24');
  });

  it('an outage over holidays extends by at least one and then skips the holidays', () => {
    // Window of Tue 17 Mar 2026 closes Fri 27; an outage on Nyepi (a holiday) still adds one day.
    const o = outage('nyepi', wib('2026-03-19', '08:00'), wib('2026-03-19', '09:00'));
    expect(reportingDeadline('2026-03-17', N3, cal, [o], TZ).closesOn).toBe('2026-03-30');
  });

  it('with N = 0 an outage on the work date moves the deadline to the next working day', () => {
    const o = outage('eve', wib(THU, '20:00'), wib(THU, '23:00'));
    expect(reportingDeadline(THU, N0, cal, [o], TZ).closesOn).toBe('2026-11-20');
    const fri = outage('fri', wib('2026-11-20', '20:00'), wib('2026-11-20', '23:00'));
    expect(reportingDeadline('2026-11-20', N0, cal, [fri], TZ).closesOn).toBe('2026-11-23');
  });

  it('the work date counts as a day touched even when it is not a working day (overtime Saturday)', () => {
    const sat = outage('sat', wib('2026-11-21', '10:00'), wib('2026-11-21', '12:00'));
    // N = 3 from Saturday closes Wednesday; the outage on the Saturday itself adds one day.
    expect(reportingDeadline('2026-11-21', N3, cal, [sat], TZ).closesOn).toBe('2026-11-26');
    // N = 0, down from Saturday morning until Tuesday 00:00: Saturday and Monday were lost, so
    // the employee still gets the whole of Tuesday.
    const long = outage('sat-mon', wib('2026-11-21', '06:00'), wib('2026-11-24', '00:00'));
    const d = reportingDeadline('2026-11-21', N0, cal, [long], TZ);
    expect(d.closesOn).toBe('2026-11-24');
    expect(d.extensionWorkingDays).toBe(2);
  });

  it('an open-ended outage record is capped instead of extending for decades', () => {
    const open = outage('open', wib('2026-11-20', '08:00'), new Date('2099-12-31T00:00:00Z'));
    const d = reportingDeadline(THU, N3, cal, [open], TZ);
    expect(d.extensionWorkingDays).toBe(MAX_OUTAGE_EXTENSION_WORKING_DAYS);
    expect(cal.workingDaysBetween(THU, d.closesOn)).toBe(3 + MAX_OUTAGE_EXTENSION_WORKING_DAYS);
  });

  it('ignores empty, reversed and invalid outages', () => {
    const t = wib('2026-11-23', '10:00');
    const bad = [
      outage('empty', t, t),
      outage('reversed', wib('2026-11-23', '12:00'), t),
      outage('nan', new Date(Number.NaN), t),
    ];
    expect(reportingDeadline(THU, N3, cal, bad, TZ)).toMatchObject({ closesOn: '2026-11-24', extendedBy: [] });
  });

  it('local days decide what an outage touched: 23:30 WIT on Monday is Monday in Jayapura', () => {
    const o: Outage = outage('wit', new Date('2026-11-23T14:30:00Z'), new Date('2026-11-23T14:45:00Z'));
    expect(reportingDeadline(THU, N3, cal, [o], 'Asia/Jayapura').extensionWorkingDays).toBe(1);
    // 16:30Z is Tuesday 01:30 WIT but still Monday 23:30 WIB: it hits Tuesday's same-day window only in WIT.
    const late: Outage = outage('late', new Date('2026-11-23T16:30:00Z'), new Date('2026-11-23T16:45:00Z'));
    expect(reportingDeadline('2026-11-24', N0, cal, [late], 'Asia/Jayapura').extendedBy).toEqual([late]);
    expect(reportingDeadline('2026-11-24', N0, cal, [late], 'Asia/Jakarta').extendedBy).toEqual([]);
  });
});

describe('canLogEntry', () => {
  it('allows logging until 23:59:59.999 local on the closing day, inclusive', () => {
    const r = canLogEntry(THU, new Date('2026-11-24T16:59:59.999Z'), N3, cal, [], TZ);
    expect(r).toMatchObject({ ok: true, closesAt: new Date('2026-11-24T16:59:59.999Z') });
  });

  it('refuses one millisecond later, saying which date closed when', () => {
    const r = canLogEntry(THU, new Date('2026-11-24T17:00:00.000Z'), N3, cal, [], TZ);
    expect(r).toEqual({
      ok: false,
      code: 'WINDOW_CLOSED',
      message: 'Batas pengisian untuk Kamis, 19 November 2026 sudah lewat (ditutup Selasa, 24 November 2026 pukul 23.59 WIB).',
    });
  });

  it('uses the agency zone name in the message', () => {
    const late = new Date('2026-11-25T03:00:00Z');
    expect(canLogEntry(THU, late, N3, cal, [], 'Asia/Makassar')).toMatchObject({
      message: 'Batas pengisian untuk Kamis, 19 November 2026 sudah lewat (ditutup Selasa, 24 November 2026 pukul 23.59 WITA).',
    });
    expect(canLogEntry(THU, late, N3, cal, [], 'Asia/Jayapura')).toMatchObject({
      message: 'Batas pengisian untuk Kamis, 19 November 2026 sudah lewat (ditutup Selasa, 24 November 2026 pukul 23.59 WIT).',
    });
  });

  it('23:59 local, not UTC: at 15:30Z on the closing day WIB is still open and WIT already closed', () => {
    const t = new Date('2026-11-24T15:30:00Z'); // 22:30 WIB, 00:30 WIT on the 25th
    expect(canLogEntry(THU, t, N3, cal, [], 'Asia/Jakarta').ok).toBe(true);
    expect(canLogEntry(THU, t, N3, cal, [], 'Asia/Jayapura').ok).toBe(false);
  });

  it('mentions an outage extension in the closed message', () => {
    const o = outage('mon', wib('2026-11-23', '10:00'), wib('2026-11-23', '12:00'));
    expect(canLogEntry(THU, wib('2026-11-24', '23:00'), N3, cal, [o], TZ).ok).toBe(true);
    expect(canLogEntry(THU, wib('2026-11-26', '08:00'), N3, cal, [o], TZ)).toEqual({
      ok: false,
      code: 'WINDOW_CLOSED',
      message:
        'Batas pengisian untuk Kamis, 19 November 2026 sudah lewat (ditutup Rabu, 25 November 2026 pukul 23.59 WIB, sudah termasuk perpanjangan 1 hari kerja karena gangguan layanan).',
    });
  });

  it('allows today and refuses tomorrow (agency-local today)', () => {
    const now = wib(THU, '08:00');
    expect(canLogEntry(THU, now, N3, cal, [], TZ).ok).toBe(true);
    expect(canLogEntry('2026-11-20', now, N3, cal, [], TZ)).toEqual({
      ok: false,
      code: 'FUTURE_DATE',
      message: 'Kegiatan untuk Jumat, 20 November 2026 belum dapat diisi karena tanggal tersebut belum tiba (hari ini Kamis, 19 November 2026).',
    });
  });

  it('"today" is local: at 00:30 WIB the new day may be logged although UTC is still on the old one', () => {
    const now = new Date('2026-11-19T17:30:00Z'); // 00:30 WIB Friday 20th
    expect(canLogEntry('2026-11-20', now, N3, cal, [], TZ).ok).toBe(true);
    expect(canLogEntry('2026-11-20', now, N3, cal, [], 'UTC')).toMatchObject({ ok: false, code: 'FUTURE_DATE' });
    expect(canLogEntry('2026-11-21', now, N3, cal, [], TZ)).toMatchObject({ ok: false, code: 'FUTURE_DATE' });
  });

  it('N = 0: only until the end of the work date itself', () => {
    expect(canLogEntry(THU, wib(THU, '23:59'), N0, cal, [], TZ).ok).toBe(true);
    expect(canLogEntry(THU, wib('2026-11-20', '00:00'), N0, cal, [], TZ)).toMatchObject({
      ok: false,
      message: 'Batas pengisian untuk Kamis, 19 November 2026 sudah lewat (ditutup Kamis, 19 November 2026 pukul 23.59 WIB).',
    });
  });

  it('an old date (last year) is closed, not future', () => {
    expect(canLogEntry('2025-11-19', wib(THU, '08:00'), N3, cal, [], TZ)).toMatchObject({ ok: false, code: 'WINDOW_CLOSED' });
  });

  it('rejects a malformed work date', () => {
    expect(() => canLogEntry('19/11/2026', wib(THU, '08:00'), N3, cal, [], TZ)).toThrow(RangeError);
  });
});

describe('deadline properties', () => {
  const arbCalendar = fc.tuple(arbHolidays, arbTargets).map(([h, t]) => new WorkCalendar(h, { dailyTargetMinutes: t }));
  const arbN = fc.integer({ min: 0, max: 30 }).map((n) => ({ reportingWindowWorkingDays: n }));
  /** Outages within about two months of a work date, from a minute to five days long. */
  const arbOutagesNear = (workDate: string) =>
    fc.array(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        startMin: fc.integer({ min: -3 * 1440, max: 60 * 1440 }),
        lengthMin: fc.integer({ min: 1, max: 5 * 1440 }),
      }).map(({ id, startMin, lengthMin }): Outage => {
        const start = Date.parse(`${workDate}T00:00:00Z`) + startMin * 60_000;
        return { id, startsAt: new Date(start), endsAt: new Date(start + lengthMin * 60_000), reason: 'uji' };
      }),
      { maxLength: 5 },
    );
  const arbCase = fc.tuple(arbCalendar, arbDate(), arbN, arbZone).chain(([c, d, n, z]) =>
    fc.tuple(fc.constant(c), fc.constant(d), fc.constant(n), fc.constant(z), arbOutagesNear(d), arbOutagesNear(d)));

  it('never closes before the work date, and closes at the end of a local day', () => {
    fc.assert(
      fc.property(arbCase, ([c, d, n, z, outages]) => {
        const r = reportingDeadline(d, n, c, outages, z);
        expect(r.closesOn >= d).toBe(true);
        expect(r.closesAt.getTime()).toBeGreaterThanOrEqual(startOfLocalDay(d, z).getTime());
        expect(r.closesAt.getTime()).toBe(endOfLocalDay(r.closesOn, z).getTime());
        expect(localDateOf(r.closesAt, z)).toBe(r.closesOn);
      }),
    );
  });

  it('closes N + extension working days after the work date; a working day whenever that is ≥ 1', () => {
    fc.assert(
      fc.property(arbCase, ([c, d, n, z, outages]) => {
        const r = reportingDeadline(d, n, c, outages, z);
        const steps = n.reportingWindowWorkingDays + r.extensionWorkingDays;
        expect(c.workingDaysBetween(d, r.closesOn)).toBe(steps);
        if (steps >= 1) expect(c.isWorkingDay(r.closesOn)).toBe(true);
        else expect(r.closesOn).toBe(d);
        expect(r.extensionWorkingDays >= r.extendedBy.length).toBe(true);
      }),
    );
  });

  it('without outages it is exactly addWorkingDays(workDate, N)', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate(), arbN, arbZone, (c, d, n, z) => {
        const r = reportingDeadline(d, n, c, [], z);
        expect(r.closesOn).toBe(c.addWorkingDays(d, n.reportingWindowWorkingDays));
        expect(r.extendedBy).toEqual([]);
      }),
    );
  });

  it('adding outages never makes a deadline earlier', () => {
    fc.assert(
      fc.property(arbCase, ([c, d, n, z, some, more]) => {
        const before = reportingDeadline(d, n, c, some, z);
        const after = reportingDeadline(d, n, c, [...some, ...more], z);
        expect(after.closesAt.getTime()).toBeGreaterThanOrEqual(before.closesAt.getTime());
      }),
    );
  });

  it('always leaves N undisrupted working days after the work date, one more if the work date was disrupted', () => {
    fc.assert(
      fc.property(arbCase, ([c, d, n, z, outages]) => {
        const r = reportingDeadline(d, n, c, outages, z);
        const disrupted = (day: string) => {
          const from = startOfLocalDay(day, z).getTime();
          const to = endOfLocalDay(day, z).getTime();
          return outages.some((o) => o.startsAt.getTime() <= to && o.endsAt.getTime() > from);
        };
        let clean = 0;
        for (let x = addDays(d, 1); x <= r.closesOn; x = addDays(x, 1)) if (c.isWorkingDay(x) && !disrupted(x)) clean++;
        expect(clean).toBeGreaterThanOrEqual(n.reportingWindowWorkingDays + (disrupted(d) ? 1 : 0));
      }),
    );
  });

  it('every outage listed in extendedBy intersects the final window, and every one that intersects is listed', () => {
    fc.assert(
      fc.property(arbCase, ([c, d, n, z, outages]) => {
        const r = reportingDeadline(d, n, c, outages, z);
        const from = startOfLocalDay(d, z).getTime();
        const to = r.closesAt.getTime();
        const hits = outages.filter((o) => o.startsAt.getTime() <= to && o.endsAt.getTime() > from);
        expect(new Set(r.extendedBy)).toEqual(new Set(hits));
      }),
    );
  });

  it('canLogEntry is ok exactly when the date is not in the future and now ≤ closesAt', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: -2 * 1440, max: 70 * 1440 }), ([c, d, n, z, outages], offsetMin) => {
        const now = new Date(startOfLocalDay(d, z).getTime() + offsetMin * 60_000);
        const r = canLogEntry(d, now, n, c, outages, z);
        const future = d > localDateOf(now, z);
        const closesAt = reportingDeadline(d, n, c, outages, z).closesAt;
        if (future) expect(r).toMatchObject({ ok: false, code: 'FUTURE_DATE' });
        else if (now.getTime() > closesAt.getTime()) expect(r).toMatchObject({ ok: false, code: 'WINDOW_CLOSED' });
        else expect(r).toMatchObject({ ok: true, closesAt });
      }),
    );
  });
});

describe('a realistic Kalbar scenario', () => {
  it('windows around Nyepi and Lebaran 2026', () => {
    // Thu 12 Mar 2026: Fri 13, Mon 16, Tue 17 → closes Tue 17 (Nyepi and Lebaran start on the 18th).
    expect(reportingDeadline('2026-03-12', N3, cal, [], TZ).closesOn).toBe('2026-03-17');
    // Mon 16 Mar: Tue 17, then Wed 25, Thu 26.
    expect(reportingDeadline('2026-03-16', N3, cal, [], TZ).closesOn).toBe('2026-03-26');
    // A 7-day window from Mon 16 Mar: Tue 17, Wed 25, Thu 26, Fri 27, Mon 30, Tue 31, Wed 1 Apr.
    expect(reportingDeadline('2026-03-16', { reportingWindowWorkingDays: 7 }, cal, [], TZ).closesOn).toBe('2026-04-01');
  });
});
