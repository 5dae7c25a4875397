import { copiedEntryId, resolveJournalSettings, setItemEntryId, startOfLocalDay } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import type { Activity, Entry, JournalContext, RoutineSet } from '../../api/journal';
import { planCopy, planSet } from './bulkPlans';

const TZ = 'Asia/Pontianak';
const ctx: JournalContext = { today: '2026-12-08', timeZone: TZ, settings: resolveJournalSettings({}), holidays: [], outages: [] };
const now = new Date(startOfLocalDay('2026-12-08', TZ).getTime() + 10 * 3_600_000);
const activity = { code: 'ADM-001', version: 1, name: 'Menyusun laporan', unit: 'laporan', standardMinutes: 60, positionKinds: [], group: 'Umum' } as Activity;
const dictionary = new Map([[activity.code, activity]]);
const source = (id: string, over: Partial<Entry> = {}): Entry =>
  ({
    id,
    workDate: '2026-12-07',
    startTime: '08:00',
    endTime: '09:00',
    durationMinutes: null,
    activityCode: 'ADM-001',
    activityName: 'Menyusun laporan',
    activityUnit: 'laporan',
    volume: 2,
    description: 'Laporan bulanan',
    rhkId: '0190b7a0-0000-7000-8000-0000000000aa',
    creditedMinutes: 60,
    status: 'approved',
    evidence: [{ sha256: 'a'.repeat(64), fileName: 'foto.jpg', mediaType: 'image/jpeg' }],
    ...over,
  }) as Entry;

describe('copying a day on the phone', () => {
  it('plans each live source entry under the id the server derives, with its fields and no files', () => {
    const plan = planCopy([source('s1'), source('s2', { status: 'rejected', startTime: '10:00', endTime: '11:00' })], '2026-12-08', { ctx, target: [], dictionary, now });
    expect(plan.skipped).toBe(0);
    expect(plan.planned).toEqual([
      {
        entryId: copiedEntryId('s1', '2026-12-08'),
        entry: { workDate: '2026-12-08', startTime: '08:00', endTime: '09:00', durationMinutes: null, activityCode: 'ADM-001', volume: 2, description: 'Laporan bulanan', rhkId: '0190b7a0-0000-7000-8000-0000000000aa', evidence: [] },
        display: { activityName: 'Menyusun laporan', activityUnit: 'laporan', creditedMinutes: 60, status: 'draft' },
      },
    ]);
  });

  it('skips a copy already on the day and one that would overlap; a closed day copies nothing', () => {
    const copied = { ...source(copiedEntryId('s1', '2026-12-08')), workDate: '2026-12-08', status: 'draft' } as Entry;
    const busy = { ...source('other', { startTime: '09:30', endTime: '10:30' }), workDate: '2026-12-08', status: 'draft' } as Entry;
    const plan = planCopy([source('s1'), source('s2', { startTime: '10:00', endTime: '11:00' })], '2026-12-08', { ctx, target: [copied, busy], dictionary, now });
    expect(plan).toMatchObject({ planned: [], skipped: 2 });
    expect(planCopy([source('s1')], '2026-12-09', { ctx, target: [], dictionary, now }).closed).toMatchObject({ code: 'FUTURE_DATE' });
  });
});

describe('applying a routine set on the phone', () => {
  it('names each item by set, date and position, and lists the refused ones as problems', () => {
    const set = { id: 'set-1', name: 'Rutin', items: [{ activityCode: 'ADM-001', volume: 1, startTime: '07:30', endTime: '08:30' }, { activityCode: 'XYZ-999', volume: 1 }] } as RoutineSet;
    const plan = planSet(set, '2026-12-08', { ctx, target: [], dictionary, now });
    expect(plan.planned.map((p) => p.entryId)).toEqual([setItemEntryId('set-1', '2026-12-08', 0)]);
    expect(plan.itemOf).toEqual([1]);
    expect(plan.problems).toEqual([{ item: 2, message: "Kode kegiatan 'XYZ-999' tidak ada dalam kamus aktivitas yang berlaku." }]);
  });
});
