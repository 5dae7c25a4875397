import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import * as calendar from './index.js';

describe('calendar barrel', () => {
  it('exports the public calendar, and the root index exports the same', () => {
    for (const name of [
      'SUPPORTED_DATES', 'isIsoDate', 'isSupportedDate', 'assertIsoDate', 'toDayNumber', 'fromDayNumber', 'addDays', 'weekdayOf',
      'WEEKDAY_KEYS', 'WorkCalendar', 'MAX_WORKING_DAYS_SHIFT', 'HOLIDAYS_ID', 'holidaysIdForYear', 'localDateOf', 'startOfLocalDay',
      'endOfLocalDay', 'utcOffsetMs', 'zoneAbbreviation', 'isMonth', 'monthRange', 'calendarYear', 'periodContains',
    ]) {
      expect(calendar, name).toHaveProperty(name);
      expect((core as Record<string, unknown>)[name], name).toBe((calendar as Record<string, unknown>)[name]);
    }
  });

  it('keeps one name for each rule: no second date shifter or local-date function', () => {
    for (const old of ['shiftDays', 'todayIn']) expect(core, old).not.toHaveProperty(old);
  });
});
