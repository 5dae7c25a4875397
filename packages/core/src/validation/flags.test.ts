import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../calendar/index.js';
import {
  clockSkewFlag,
  countsTowardDay,
  dayKey,
  dayTotalFlags,
  evidenceReuseFlags,
  flagEntries,
  hoursOutsideDay,
  isFlagged,
  lateOnDeviceTimeFlag,
  minutesMismatchFlag,
  normaliseDescription,
  overlapFlags,
  photoTimeFlag,
  repeatedDescriptionCounts,
  REPEATED_DESCRIPTION_DAYS,
  REPEATED_DESCRIPTION_MIN,
  type DescribedEntry,
  type FlagContext,
  type FlagEntry,
} from './flags.js';

const TZ = 'Asia/Pontianak';
const entry = (over: Partial<FlagEntry> = {}): FlagEntry => ({
  id: 'e1',
  employeeId: 'p1',
  workDate: '2026-11-23',
  title: 'Rapat koordinasi',
  startTime: '08:00',
  endTime: '09:00',
  creditedMinutes: 60,
  status: 'submitted',
  description: 'Rapat',
  evidence: [],
  ...over,
});
const ctx = (over: Partial<FlagContext> = {}): FlagContext => ({
  targetMinutesOn: () => 510,
  maxMinutesOn: () => 1440,
  timeZone: TZ,
  photoTimeToleranceHoursOn: () => 36,
  evidenceUses: [],
  descriptionHistory: [],
  absences: [],
  ...over,
});

describe('day totals', () => {
  it('flags a day over its target, and says so plainly on a day without a target', () => {
    expect(dayTotalFlags([{ creditedMinutes: 300 }, { creditedMinutes: 240 }], 510, 1440)).toEqual([
      { code: 'DAY_OVER_TARGET', message: 'Total 540 menit melebihi target hari ini (510 menit).' },
    ]);
    expect(dayTotalFlags([{ creditedMinutes: 120 }], 0, 1440)).toEqual([
      { code: 'DAY_OVER_TARGET', message: 'Kegiatan dicatat pada hari tanpa target (hari libur): 120 menit.' },
    ]);
  });

  it('does not flag a day exactly on target, or under it', () => {
    expect(dayTotalFlags([{ creditedMinutes: 510 }], 510, 1440)).toEqual([]);
    expect(dayTotalFlags([], 510, 1440)).toEqual([]);
  });

  it('flags more than 24 hours, and the agency cap below that', () => {
    expect(dayTotalFlags([{ creditedMinutes: 1000 }, { creditedMinutes: 500 }], 510, 1440).map((f) => f.code)).toEqual(['DAY_OVER_TARGET', 'DAY_OVER_24H']);
    expect(dayTotalFlags([{ creditedMinutes: 1500 }], 510, 1440)[1]!.message).toBe('Total 1.500 menit melebihi 24 jam dalam sehari.');
    expect(dayTotalFlags([{ creditedMinutes: 800 }], 510, 720).map((f) => f.code)).toEqual(['DAY_OVER_TARGET', 'DAY_OVER_CAP']);
    expect(dayTotalFlags([{ creditedMinutes: 1500 }], 510, 720).map((f) => f.code)).toEqual(['DAY_OVER_TARGET', 'DAY_OVER_24H']);
  });

  it('property: each flag appears exactly when its condition holds', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 }), fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 1, max: 1440 }), (minutes, target, cap) => {
        const total = minutes.reduce((a, b) => a + b, 0);
        const codes = dayTotalFlags(minutes.map((m) => ({ creditedMinutes: m })), target, cap).map((f) => f.code);
        expect(codes.includes('DAY_OVER_TARGET')).toBe(total > target);
        expect(codes.includes('DAY_OVER_24H')).toBe(total > 1440);
        expect(codes.includes('DAY_OVER_CAP')).toBe(total > cap && total <= 1440);
      }),
    );
  });
});

describe('overlaps', () => {
  it('flags both entries, naming the other one', () => {
    const a = entry({ id: 'a', startTime: '08:00', endTime: '10:00' });
    const b = entry({ id: 'b', title: 'Menyusun laporan', startTime: '09:30', endTime: '11:00' });
    const flags = overlapFlags([a, b]);
    expect(flags.get('a')).toEqual({ code: 'TIME_OVERLAP', message: "Waktu 08:00–10:00 bertabrakan dengan 'Menyusun laporan' 09:30–11:00." });
    expect(flags.get('b')!.message).toBe("Waktu 09:30–11:00 bertabrakan dengan 'Rapat koordinasi' 08:00–10:00.");
  });

  it('ignores touching ranges, untimed entries, and entries that do not count (rejected, draft)', () => {
    const a = entry({ id: 'a', startTime: '08:00', endTime: '09:00' });
    expect(overlapFlags([a, entry({ id: 'b', startTime: '09:00', endTime: '10:00' })]).size).toBe(0);
    expect(overlapFlags([a, entry({ id: 'b', startTime: null, endTime: null })]).size).toBe(0);
    expect(overlapFlags([a, entry({ id: 'b', status: 'rejected' })]).size).toBe(0);
    expect(overlapFlags([a, entry({ id: 'b', status: 'draft' })]).size).toBe(0);
  });

  it('property: an entry is flagged exactly when another counted entry overlaps it', () => {
    const arbEntry = fc.record({ s: fc.integer({ min: 0, max: 20 }), len: fc.integer({ min: 1, max: 6 }), status: fc.constantFrom('submitted' as const, 'approved' as const, 'rejected' as const) });
    fc.assert(
      fc.property(fc.array(arbEntry, { maxLength: 8 }), (specs) => {
        const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;
        const list = specs.map((x, i) => entry({ id: `e${i}`, startTime: hhmm(x.s), endTime: hhmm(Math.min(23, x.s + x.len)), status: x.status }));
        const flags = overlapFlags(list);
        specs.forEach((x, i) => {
          const end = Math.min(23, x.s + x.len);
          const expected =
            countsTowardDay(x.status) &&
            end > x.s &&
            specs.some((y, j) => j !== i && countsTowardDay(y.status) && Math.min(23, y.s + y.len) > y.s && y.s < end && x.s < Math.min(23, y.s + y.len));
          expect(flags.has(`e${i}`)).toBe(expected);
        });
      }),
    );
  });
});

describe('evidence used elsewhere', () => {
  const sha = 'a'.repeat(64);
  const withFile = entry({ evidence: [{ sha256: sha, mediaType: 'image/jpeg', capturedAt: null }] });

  it('flags the same file on another day of the same person, naming the dates', () => {
    const uses = [
      { sha256: sha, entryId: 'e1', employeeId: 'p1', workDate: '2026-11-23' },
      { sha256: sha, entryId: 'x', employeeId: 'p1', workDate: '2026-11-20' },
    ];
    expect(evidenceReuseFlags(withFile, uses)).toEqual([{ code: 'EVIDENCE_OTHER_DAY', message: 'Berkas bukti yang sama juga dipakai pada Jumat, 20 November 2026.' }]);
  });

  it('names at most three dates', () => {
    const uses = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'].map((d, i) => ({ sha256: sha, entryId: `x${i}`, employeeId: 'p1', workDate: d }));
    expect(evidenceReuseFlags(withFile, uses)[0]!.message).toBe(
      'Berkas bukti yang sama juga dipakai pada Senin, 2 November 2026, Selasa, 3 November 2026, Rabu, 4 November 2026 dan 2 tanggal lain.',
    );
  });

  it('flags the same file attached by other people, counting people not entries', () => {
    const uses = [
      { sha256: sha, entryId: 'x', employeeId: 'p2', workDate: '2026-11-23' },
      { sha256: sha, entryId: 'y', employeeId: 'p2', workDate: '2026-11-20' },
      { sha256: sha, entryId: 'z', employeeId: 'p3', workDate: '2026-11-23' },
    ];
    expect(evidenceReuseFlags(withFile, uses)).toEqual([{ code: 'EVIDENCE_OTHER_PERSON', message: 'Berkas bukti yang sama juga dilampirkan oleh 2 pegawai lain.' }]);
  });

  it('does not flag the entry itself, another entry of the same day, or an unrelated file', () => {
    const uses = [
      { sha256: sha, entryId: 'e1', employeeId: 'p1', workDate: '2026-11-23' },
      { sha256: sha, entryId: 'e2', employeeId: 'p1', workDate: '2026-11-23' },
      { sha256: 'b'.repeat(64), entryId: 'q', employeeId: 'p9', workDate: '2026-11-01' },
    ];
    expect(evidenceReuseFlags(withFile, uses)).toEqual([]);
    expect(evidenceReuseFlags(entry(), uses)).toEqual([]);
  });
});

describe('photo time', () => {
  const photo = (iso: string, mediaType = 'image/jpeg') => entry({ evidence: [{ sha256: 'c'.repeat(64), mediaType, capturedAt: new Date(iso) }] });

  it('measures hours outside the local day, 0 inside it', () => {
    expect(hoursOutsideDay(new Date('2026-11-23T00:00:00+07:00'), '2026-11-23', TZ)).toBe(0);
    expect(hoursOutsideDay(new Date('2026-11-23T23:59:59+07:00'), '2026-11-23', TZ)).toBe(0);
    expect(hoursOutsideDay(new Date('2026-11-22T12:00:00+07:00'), '2026-11-23', TZ)).toBe(12);
    expect(hoursOutsideDay(new Date('2026-11-25T06:00:00+07:00'), '2026-11-23', TZ)).toBe(30);
  });

  it('flags a photo taken more than 36 hours from the date, not one within it', () => {
    // Exactly 36 hours before the day starts is still within the tolerance; a minute more is not.
    expect(photoTimeFlag(photo('2026-11-21T12:00:00+07:00'), TZ, 36)).toBeUndefined();
    expect(photoTimeFlag(photo('2026-11-21T11:59:00+07:00'), TZ, 36)).toBeDefined();
    expect(photoTimeFlag(photo('2026-11-25T12:00:00+07:00'), TZ, 36)).toBeUndefined();
    expect(photoTimeFlag(photo('2026-11-21T10:00:00+07:00'), TZ, 36)).toEqual({
      code: 'PHOTO_TIME_FAR',
      message: 'Foto bukti diambil Sabtu, 21 November 2026 pukul 10.00 WIB, sekitar 38 jam di luar tanggal kegiatan (Senin, 23 November 2026).',
    });
    expect(photoTimeFlag(photo('2026-11-02T09:00:00+07:00'), TZ, 36)!.message).toContain('sekitar 21 hari di luar tanggal kegiatan');
  });

  it('follows the agency tolerance, and ignores PDFs and photos without a recorded time', () => {
    expect(photoTimeFlag(photo('2026-11-22T20:00:00+07:00'), TZ, 2)).toBeDefined();
    expect(photoTimeFlag(photo('2026-10-01T09:00:00+07:00', 'application/pdf'), TZ, 36)).toBeUndefined();
    expect(photoTimeFlag(entry({ evidence: [{ sha256: 'd'.repeat(64), mediaType: 'image/jpeg', capturedAt: null }] }), TZ, 36)).toBeUndefined();
  });

  it('in flagEntries, judges each entry by the tolerance in force on its work date', () => {
    const on = (date: string) => (date < '2026-11-24' ? 72 : 36);
    const kept = { ...photo('2026-11-21T10:00:00+07:00'), id: 'e1', workDate: '2026-11-23' };
    const flagged = { ...photo('2026-11-22T10:00:00+07:00'), id: 'e2', workDate: '2026-11-24' };
    const flags = flagEntries([kept, flagged], ctx({ photoTimeToleranceHoursOn: on })).entries;
    expect(flags.has('e1')).toBe(false);
    expect(flags.get('e2')?.map((f) => f.code)).toEqual(['PHOTO_TIME_FAR']);
  });

  it('property: flagged exactly when some photo lies beyond the tolerance', () => {
    const base = new Date('2026-11-23T00:00:00+07:00').getTime();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -200, max: 200 }), { maxLength: 4 }), fc.integer({ min: 1, max: 72 }), (offsets, tolerance) => {
        const e = entry({ evidence: offsets.map((h, i) => ({ sha256: String(i).repeat(64), mediaType: 'image/jpeg', capturedAt: new Date(base + h * 3_600_000) })) });
        const outside = (h: number) => (h < 0 ? -h : h >= 24 ? h - 24 : 0);
        expect(photoTimeFlag(e, TZ, tolerance) !== undefined).toBe(offsets.some((h) => outside(h) > tolerance));
      }),
    );
  });
});

describe('repeated descriptions', () => {
  const d = (id: string, workDate: string, description: string, employeeId = 'p1'): DescribedEntry => ({ id, employeeId, workDate, description });

  it('flags three identical descriptions within seven days, ignoring case and spacing', () => {
    const counts = repeatedDescriptionCounts([d('a', '2026-11-16', 'Menyusun laporan'), d('b', '2026-11-18', ' menyusun  LAPORAN '), d('c', '2026-11-22', 'Menyusun laporan')]);
    expect([...counts.entries()].sort()).toEqual([['a', 3], ['b', 3], ['c', 3]]);
  });

  it('does not flag two, or three spread over more than seven days, or empty descriptions', () => {
    expect(repeatedDescriptionCounts([d('a', '2026-11-16', 'x'), d('b', '2026-11-17', 'x')]).size).toBe(0);
    expect(repeatedDescriptionCounts([d('a', '2026-11-16', 'x'), d('b', '2026-11-19', 'x'), d('c', '2026-11-23', 'x')]).size).toBe(0);
    expect(repeatedDescriptionCounts([d('a', '2026-11-16', ''), d('b', '2026-11-16', '  '), d('c', '2026-11-16', '')]).size).toBe(0);
  });

  it('counts per person: the same text by three people is not a paste', () => {
    expect(repeatedDescriptionCounts([d('a', '2026-11-16', 'x', 'p1'), d('b', '2026-11-16', 'x', 'p2'), d('c', '2026-11-16', 'x', 'p3')]).size).toBe(0);
  });

  it('counts three on the same day', () => {
    expect(repeatedDescriptionCounts([d('a', '2026-11-16', 'x'), d('b', '2026-11-16', 'x'), d('c', '2026-11-16', 'x')]).size).toBe(3);
  });

  it('only flags the entries inside a qualifying window', () => {
    const counts = repeatedDescriptionCounts([d('a', '2026-11-01', 'x'), d('b', '2026-11-10', 'x'), d('c', '2026-11-11', 'x'), d('e', '2026-11-16', 'x')]);
    expect([...counts.keys()].sort()).toEqual(['b', 'c', 'e']);
  });

  it('property: matches a brute-force check of every seven-day window', () => {
    const arb = fc.array(fc.record({ day: fc.integer({ min: 0, max: 20 }), text: fc.constantFrom('a', 'A ', 'b', ''), person: fc.constantFrom('p1', 'p2') }), { maxLength: 14 });
    fc.assert(
      fc.property(arb, (specs) => {
        const start = toDayNumber('2026-11-01');
        const history = specs.map((s, i) => d(`e${i}`, fromDayNumber(start + s.day), s.text, s.person));
        const counts = repeatedDescriptionCounts(history);
        specs.forEach((s, i) => {
          const text = normaliseDescription(s.text);
          let best = 0;
          if (text) {
            for (let w = s.day - (REPEATED_DESCRIPTION_DAYS - 1); w <= s.day; w++) {
              const n = specs.filter((o) => o.person === s.person && normaliseDescription(o.text) === text && o.day >= w && o.day <= w + REPEATED_DESCRIPTION_DAYS - 1).length;
              best = Math.max(best, n);
            }
          }
          expect(counts.get(`e${i}`)).toBe(best >= REPEATED_DESCRIPTION_MIN ? best : undefined);
        });
      }),
    );
  });
});

describe('flagEntries', () => {
  it('puts day flags on the day and entry flags on the entry; isFlagged sees both', () => {
    const a = entry({ id: 'a', startTime: '07:00', endTime: '12:00', creditedMinutes: 300 });
    const b = entry({ id: 'b', startTime: '11:00', endTime: '16:00', creditedMinutes: 300 });
    const c = entry({ id: 'c', workDate: '2026-11-24', startTime: '08:00', endTime: '09:00' });
    const r = flagEntries([a, b, c], ctx());
    expect(r.days.get(dayKey('p1', '2026-11-23'))!.map((f) => f.code)).toEqual(['DAY_OVER_TARGET']);
    expect(r.entries.get('a')!.map((f) => f.code)).toEqual(['TIME_OVERLAP']);
    expect(r.days.has(dayKey('p1', '2026-11-24'))).toBe(false);
    expect(isFlagged(r, a)).toBe(true);
    expect(isFlagged(r, c)).toBe(false);
  });

  it('flags a day of recorded absence (the attendance hook)', () => {
    const r = flagEntries([entry()], ctx({ absences: [{ employeeId: 'p1', date: '2026-11-23', kind: 'cuti', label: 'cuti tahunan' }] }));
    expect(r.days.get(dayKey('p1', '2026-11-23'))).toEqual([{ code: 'ABSENT_DAY', message: 'Pegawai tercatat cuti tahunan pada tanggal ini, tetapi mencatat kegiatan.' }]);
    expect(flagEntries([entry()], ctx({ absences: [{ employeeId: 'p2', date: '2026-11-23', kind: 'cuti', label: 'cuti' }] })).days.size).toBe(0);
  });

  it('collects evidence, photo and description flags per entry', () => {
    const sha = 'e'.repeat(64);
    const e = entry({ evidence: [{ sha256: sha, mediaType: 'image/jpeg', capturedAt: new Date('2026-11-01T09:00:00+07:00') }] });
    const r = flagEntries(
      [e],
      ctx({
        evidenceUses: [{ sha256: sha, entryId: 'z', employeeId: 'p2', workDate: '2026-11-23' }],
        descriptionHistory: [
          { id: 'e1', employeeId: 'p1', workDate: '2026-11-23', description: 'Rapat' },
          { id: 'x1', employeeId: 'p1', workDate: '2026-11-20', description: 'rapat' },
          { id: 'x2', employeeId: 'p1', workDate: '2026-11-19', description: 'RAPAT' },
        ],
      }),
    );
    expect(r.entries.get('e1')!.map((f) => f.code)).toEqual(['EVIDENCE_OTHER_PERSON', 'PHOTO_TIME_FAR', 'DESCRIPTION_REPEATED']);
    expect(r.entries.get('e1')![2]!.message).toBe('Uraian yang sama dipakai 3 kali dalam 7 hari.');
  });

  it('an ordinary day has no flags at all', () => {
    const r = flagEntries([entry({ id: 'a' }), entry({ id: 'b', startTime: '09:00', endTime: '10:00' })], ctx());
    expect(r.entries.size + r.days.size).toBe(0);
  });
});

describe('clock skew', () => {
  it('flags an entry synchronised from a phone whose clock was off by more than the tolerance', () => {
    expect(clockSkewFlag(86_400, 15)).toEqual({
      code: 'CLOCK_SKEW',
      message: 'Jam perangkat pegawai terlambat sekitar 24 jam saat kegiatan dikirim dari mode luring; batas waktu dihitung dari waktu diterima server.',
    });
    expect(clockSkewFlag(-3 * 86_400, 15)?.message).toContain('terlalu cepat sekitar 3 hari');
    expect(clockSkewFlag(-20 * 60, 15)?.message).toContain('terlalu cepat sekitar 20 menit');
  });

  it('leaves alone entries within the tolerance and entries written online', () => {
    expect(clockSkewFlag(15 * 60, 15)).toBeUndefined();
    expect(clockSkewFlag(-15 * 60, 15)).toBeUndefined();
    expect(clockSkewFlag(null, 15)).toBeUndefined();
    expect(clockSkewFlag(undefined, 0)).toBeUndefined();
  });

  it('is an entry flag in flagEntries, with the agency tolerance', () => {
    const skewed = entry({ clockSkewSeconds: 3600 });
    expect(flagEntries([skewed], ctx()).entries.get('e1')?.map((f) => f.code)).toEqual(['CLOCK_SKEW']);
    expect(flagEntries([skewed], ctx({ maxClockSkewMinutesOn: () => 60 })).entries.has('e1')).toBe(false);
  });

  it("judges each entry by the tolerance in force on its work date", () => {
    const on = (date: string) => (date < '2026-11-16' ? 60 : 15);
    const before = entry({ id: 'e1', workDate: '2026-11-10', clockSkewSeconds: 3600 });
    const after = entry({ id: 'e2', workDate: '2026-11-16', clockSkewSeconds: 3600 });
    const flags = flagEntries([before, after], ctx({ maxClockSkewMinutesOn: on })).entries;
    expect(flags.has('e1')).toBe(false);
    expect(flags.get('e2')?.map((f) => f.code)).toEqual(['CLOCK_SKEW']);
  });
});

describe('accepted after its window on the device’s word', () => {
  // The window for 15 October closed on 20 October; the push arrived 33 days later.
  const late = {
    receivedAt: new Date('2026-11-23T03:00:00Z'),
    windowClosedAt: new Date('2026-10-20T16:59:59.999Z'),
    deviceRecordedAt: new Date('2026-10-15T02:00:00Z'),
  };

  it('names when it arrived, how late, when the window closed and the device’s time', () => {
    expect(lateOnDeviceTimeFlag(late, TZ)).toEqual({
      code: 'LATE_ON_DEVICE_TIME',
      message:
        'Diterima server Senin, 23 November 2026 pukul 10.00 WIB, 33 hari setelah batas pengisian ditutup (Selasa, 20 Oktober 2026 pukul 23.59 WIB); ' +
        'diterima karena waktu pencatatan di perangkat (Kamis, 15 Oktober 2026 pukul 09.00 WIB) masih dalam batas.',
    });
    expect(lateOnDeviceTimeFlag({ ...late, receivedAt: new Date('2026-10-20T19:00:00Z') }, TZ)?.message).toContain(', 2 jam setelah');
    expect(lateOnDeviceTimeFlag({ ...late, receivedAt: new Date('2026-10-20T17:05:00Z') }, TZ)?.message).toContain(', 5 menit setelah');
    expect(lateOnDeviceTimeFlag({ ...late, deviceRecordedAt: null }, TZ)?.message).toContain('waktu pencatatan di perangkat masih dalam batas');
  });

  it('nothing for an entry accepted in time or written online', () => {
    expect(lateOnDeviceTimeFlag(null, TZ)).toBeUndefined();
    expect(lateOnDeviceTimeFlag(undefined, TZ)).toBeUndefined();
    expect(lateOnDeviceTimeFlag({ ...late, receivedAt: late.windowClosedAt }, TZ)).toBeUndefined();
  });

  it('is an entry flag in flagEntries, so “approve all except flagged” leaves it', () => {
    const r = flagEntries([entry({ lateOnDeviceTime: late })], ctx());
    expect(r.entries.get('e1')?.map((f) => f.code)).toEqual(['LATE_ON_DEVICE_TIME']);
    expect(isFlagged(r, entry())).toBe(true);
  });
});

describe('minutes that do not match the times', () => {
  const meeting = { title: 'Rapat koordinasi', standardMinutes: 60 };
  it('a whole meeting logged in half an hour: the figure, the span and what was credited', () => {
    expect(minutesMismatchFlag(entry({ ...meeting, startTime: '13:00', endTime: '13:30', volume: 1, creditedMinutes: 30 }))).toEqual({
      code: 'MINUTES_MISMATCH',
      message: 'Volume × norma waktu 60 menit, jauh dari jam 13:00–13:30 (30 menit); dihitung 30 menit.',
    });
  });

  it('half a meeting over two hours is flagged too', () => {
    expect(minutesMismatchFlag(entry({ ...meeting, startTime: '13:00', endTime: '15:00', volume: 0.5, creditedMinutes: 30 }))?.code).toBe('MINUTES_MISMATCH');
  });

  it('not when the figure fits the times, without times, or without the norm', () => {
    expect(minutesMismatchFlag(entry({ ...meeting, startTime: '13:00', endTime: '14:00', volume: 1 }))).toBeUndefined();
    expect(minutesMismatchFlag(entry({ ...meeting, startTime: null, endTime: null, volume: 0.5 }))).toBeUndefined();
    expect(minutesMismatchFlag(entry({ startTime: '13:00', endTime: '13:30' }))).toBeUndefined();
  });

  it('is an entry flag in flagEntries', () => {
    const r = flagEntries([entry({ ...meeting, startTime: '13:00', endTime: '13:30', volume: 1, creditedMinutes: 30 })], ctx());
    expect(r.entries.get('e1')?.map((f) => f.code)).toEqual(['MINUTES_MISMATCH']);
  });
});
