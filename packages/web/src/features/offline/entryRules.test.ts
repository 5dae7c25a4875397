import { resolveJournalSettings, startOfLocalDay } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import type { Entry, JournalContext } from '../../api/journal';
import { entryRefusal, type EntryToCheck } from './entryRules';

const TZ = 'Asia/Pontianak';
const ctx: JournalContext = { today: '2026-12-07', timeZone: TZ, settings: resolveJournalSettings({}), holidays: [], outages: [] };
// Monday 7 December 2026, 10:00 agency time.
const now = new Date(startOfLocalDay('2026-12-07', TZ).getTime() + 10 * 3_600_000);
const knownCodes = new Set(['ADM-001']);
const meeting = { id: 'e1', activityName: 'Rapat koordinasi', startTime: '09:00', endTime: '10:00', status: 'draft' } as Entry;
const entry = (over: Partial<EntryToCheck> = {}): EntryToCheck => ({
  id: 'new',
  workDate: '2026-12-07',
  startTime: '10:00',
  endTime: '11:00',
  activityCode: 'ADM-001',
  volume: 1,
  ...over,
});
const check = (e: EntryToCheck, dayEntries: Entry[] = [meeting], status?: Entry['status']) =>
  entryRefusal(e, { ctx, knownCodes, dayEntries, now, ...(status ? { status } : {}) });

describe('the entry rules on the phone', () => {
  it('let a valid entry through', () => {
    expect(check(entry())).toBeNull();
  });

  it('refuse as the server does, naming the same field', () => {
    expect(check(entry({ endTime: '09:30' }))).toMatchObject({ code: 'VALIDATION', details: [{ field: 'endTime' }] });
    expect(check(entry({ activityCode: 'XYZ-999' }))).toMatchObject({ code: 'UNKNOWN_ACTIVITY', details: [{ field: 'activityCode' }] });
    expect(check(entry({ workDate: '2026-12-08' }))).toMatchObject({ code: 'FUTURE_DATE', details: [{ field: 'workDate' }] });
    expect(check(entry({ workDate: '2026-10-01' }))).toMatchObject({ code: 'WINDOW_CLOSED', details: [{ field: 'workDate' }] });
    expect(check(entry(), [meeting], 'submitted')).toMatchObject({ code: 'ENTRY_NOT_EDITABLE' });
    const overlap = check(entry({ startTime: '09:30', endTime: '10:30' }));
    expect(overlap).toMatchObject({ code: 'OVERLAP', details: [{ field: 'startTime' }] });
    expect(overlap!.message).toContain('Rapat koordinasi');
  });

  it('do not hold an entry against itself or against a rejected one', () => {
    expect(check(entry({ id: 'e1', startTime: '09:30', endTime: '10:30' }))).toBeNull();
    expect(check(entry({ startTime: '09:30', endTime: '10:30' }), [{ ...meeting, status: 'rejected' }])).toBeNull();
  });
});

describe('the RHK rule on the phone (core rhkLinkRefusal, the setting in force on the date)', () => {
  const R1 = '0190b7a0-0000-7000-8000-0000000000a1';
  const OTHER = '0190b7a0-0000-7000-8000-0000000000ff';
  const rhk = [{ id: R1, text: 'Laporan keuangan tersusun', jenis: 'utama' as const, skpId: '0190b7a0-0000-7000-8000-0000000000b1', periodFrom: '2026-01-01', periodTo: '2026-12-31' }];
  // Required from Monday 7 December; Friday the 4th was judged under the defaults (allowed).
  const versioned: JournalContext = { ...ctx, rhk, settingsVersions: [{ effectiveFrom: '2026-12-07', settings: resolveJournalSettings({ rhkLink: 'required' }) }] };
  const judge = (e: EntryToCheck, c: JournalContext = versioned) => entryRefusal(e, { ctx: c, knownCodes, dayEntries: [], now });

  it('refuses an RHK not offered for the date, and no RHK where one is required, on the rhkId field', () => {
    expect(judge(entry({ rhkId: OTHER }))).toMatchObject({ code: 'RHK_NOT_IN_SKP', details: [{ field: 'rhkId' }] });
    expect(judge(entry({ rhkId: null }))).toMatchObject({ code: 'RHK_REQUIRED', details: [{ field: 'rhkId' }] });
    expect(judge(entry({ rhkId: R1 }))).toBeNull();
  });

  it('judges a past day by the version in force on it', () => {
    expect(judge(entry({ workDate: '2026-12-04', rhkId: null }))).toBeNull();
    expect(judge(entry({ workDate: '2026-12-04', rhkId: OTHER }))?.code).toBe('RHK_NOT_IN_SKP');
  });

  it('leaves the RHK to the server when the kept context has no RHK list, or the entry does not say', () => {
    const { rhk: _none, ...old } = versioned;
    expect(judge(entry({ rhkId: OTHER }), old)).toBeNull();
    expect(judge(entry())).toBeNull();
  });
});
