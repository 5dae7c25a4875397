import { addDays, endOfLocalDay, resolveJournalSettings, startOfLocalDay } from '@kinerja/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day, JournalContext } from '../../api/journal';
import { emptyDay, judgeDay, withRules } from './rules';

const TZ = 'Asia/Pontianak';
const ctx: JournalContext = {
  today: '2026-12-06',
  timeZone: TZ,
  settings: resolveJournalSettings({}),
  holidays: [{ date: '2026-12-09', name: 'Libur uji', kind: 'national' }],
  outages: [],
};
const at = (date: string, hour: number) => new Date(startOfLocalDay(date, TZ).getTime() + hour * 3_600_000);

/** Monday 7 December as the server summarised it on Sunday 6 December: still to come, so closed. */
const keptOnSunday: Day = {
  date: '2026-12-07',
  isWorkingDay: true,
  holiday: null,
  targetMinutes: 510,
  creditedMinutes: 0,
  remainingMinutes: 510,
  approvedMinutes: 0,
  entryCount: 0,
  status: 'empty',
  closesAt: '2026-12-10T16:59:59.999Z',
  windowOpen: false,
  extendedByOutage: false,
  entries: [],
};

describe('judging a date on the phone', () => {
  it('opens on Monday a day kept on Sunday while it was still to come', () => {
    const monday = withRules(keptOnSunday, ctx, at('2026-12-07', 8));
    expect(monday.windowOpen).toBe(true);
    // The holiday on Wednesday moves the deadline a working day later: Friday, not Thursday.
    expect(monday.closesAt).toBe(endOfLocalDay('2026-12-11', TZ).toISOString());
  });

  it('makes up a day never fetched, open a week later and with its holiday', () => {
    const d = emptyDay(ctx, '2026-12-14', at('2026-12-14', 8));
    expect(d).toMatchObject({ windowOpen: true, isWorkingDay: true, targetMinutes: 510, status: 'empty', entries: [] });
    expect(emptyDay(ctx, '2026-12-09', at('2026-12-09', 8))).toMatchObject({ isWorkingDay: false, holiday: { name: 'Libur uji' }, targetMinutes: 0, status: 'non_working', windowOpen: true });
  });

  it('never goes by the window flag a day was kept with', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 23 }), fc.boolean(), (offset, daysLater, hour, keptFlag) => {
        const date = addDays('2026-12-06', offset);
        const now = at(addDays('2026-12-06', daysLater), hour);
        const kept = { ...keptOnSunday, date, windowOpen: keptFlag, closesAt: new Date(0).toISOString() };
        const shown = withRules(kept, ctx, now);
        return shown.windowOpen === emptyDay(ctx, date, now).windowOpen && shown.closesAt === judgeDay(ctx, date, now).closesAt;
      }),
    );
  });
});
