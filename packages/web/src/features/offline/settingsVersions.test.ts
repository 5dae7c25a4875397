import { resolveJournalSettings, startOfLocalDay } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import type { JournalContext } from '../../api/journal';
import { entryRefusal } from './entryRules';
import { judgeDay, logRefusal } from './rules';

// A window shortened from today (Monday 7 December) must not close, on the phone, a past day the server
// keeps open under the rules in force on that day (journal/context.ts `rulesOn`).
const TZ = 'Asia/Jakarta';
const now = new Date(startOfLocalDay('2026-12-07', TZ).getTime() + 10 * 3_600_000);
const before = resolveJournalSettings({ reportingWindowWorkingDays: 3 });
const fromToday = resolveJournalSettings({ reportingWindowWorkingDays: 1, dailyTargetMinutes: { mon: 420, tue: 420, wed: 420, thu: 420, fri: 420, sat: 0, sun: 0 } });
const base = { today: '2026-12-07', timeZone: TZ, holidays: [], outages: [] };
const ctx: JournalContext = {
  ...base,
  settings: fromToday,
  settingsVersions: [
    { effectiveFrom: '2026-12-07', settings: fromToday },
    { effectiveFrom: '1900-01-01', settings: before },
  ],
};
const THURSDAY = '2026-12-03';

describe('judging a date with the settings in force on it', () => {
  it('keeps a past day open under its own window while today’s would close it', () => {
    expect(judgeDay(ctx, THURSDAY, now)).toMatchObject({ windowOpen: true, targetMinutes: before.dailyTargetMinutes.thu });
    expect(logRefusal(ctx, THURSDAY, now)).toBeNull();
    const entry = { id: 'e1', workDate: THURSDAY, startTime: '08:00', endTime: '09:00', activityCode: 'ADM-001', volume: 1 };
    expect(entryRefusal(entry, { ctx, knownCodes: new Set(['ADM-001']), dayEntries: [], now })).toBeNull();
    // Today follows today's version.
    expect(judgeDay(ctx, '2026-12-07', now)).toMatchObject({ windowOpen: true, targetMinutes: 420 });
  });

  it('uses core’s defaults before the first version, as the server does', () => {
    const onlyToday: JournalContext = { ...base, settings: fromToday, settingsVersions: [{ effectiveFrom: '2026-12-07', settings: fromToday }] };
    expect(judgeDay(onlyToday, THURSDAY, now)).toMatchObject({ windowOpen: true, targetMinutes: resolveJournalSettings({}).dailyTargetMinutes.thu });
  });

  it('falls back to today’s settings for a context kept before the server listed its versions', () => {
    const kept: JournalContext = { ...base, settings: fromToday };
    expect(judgeDay(kept, THURSDAY, now).windowOpen).toBe(false);
    expect(logRefusal(kept, THURSDAY, now)).toMatchObject({ code: 'WINDOW_CLOSED' });
  });
});
