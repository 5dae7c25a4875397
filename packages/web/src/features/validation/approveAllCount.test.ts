import { describe, expect, it } from 'vitest';
import type { Flag, ReviewDay, ReviewEntry } from '../../api/validation';
import { approveAllCount } from './approveAllCount';

const FAR_PHOTO: Flag = { code: 'PHOTO_TIME_FAR', message: 'Foto bukti diambil jauh dari tanggal kegiatan.' };
const OVER_CAP: Flag = { code: 'DAY_OVER_CAP', message: 'Jumlah menit melebihi batas harian.' };

function entry(id: string, flags: Flag[] = []): ReviewEntry {
  return { id, flags } as unknown as ReviewEntry;
}
function day(date: string, entries: ReviewEntry[], flags: Flag[] = []): ReviewDay {
  return { employeeId: 'e1', date, flags, pendingCount: entries.length, entries } as unknown as ReviewDay;
}

const NOTHING_LEFT = { days: 0, entries: 0, onFlaggedDays: 0 };

describe('approve-all count', () => {
  const loaded = [day('2026-12-01', [entry('a'), entry('b'), entry('c', [FAR_PHOTO])]), day('2026-12-02', [entry('d'), entry('e')], [OVER_CAP])];

  it('with every page loaded it counts entry by entry, leaving flagged entries, entries on flagged days and those decided here', () => {
    expect(approveAllCount(loaded, NOTHING_LEFT, new Map())).toEqual({ approve: 2, flagged: 3 });
    expect(approveAllCount(loaded, NOTHING_LEFT, new Map([['a', 'rejected']]))).toEqual({ approve: 1, flagged: 3 });
  });

  it('adds what waits on pages not loaded yet from the server’s rest: entries on flagged days stay, the others count as approved (at most)', () => {
    // 12 entries on 4 days not loaded, of people this page does not list; 5 of them on days flagged as a whole.
    expect(approveAllCount(loaded, { days: 4, entries: 12, onFlaggedDays: 5 }, new Map())).toEqual({ approve: 2 + 7, flagged: 3 + 5 });
  });
});
