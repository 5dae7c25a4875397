import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditedMinutes,
  daySummary,
  findOverlaps,
  minutesMismatch,
  normMinutes,
  overlapMessage,
  parseTime,
  validateEntry,
  type EntryTiming,
  type TimedEntry,
} from './minutes.js';

const STD = { creditMode: 'standard_minutes' as const };
const RANGE = { creditMode: 'time_range' as const };
const NORM_30 = { standardMinutes: 30 };

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

describe('parseTime', () => {
  it.each([
    ['00:00', 0],
    ['07:30', 450],
    ['23:59', 1439],
    ['12:05', 725],
  ])('%s → %i', (s, m) => expect(parseTime(s)).toBe(m));

  it.each(['24:00', '7:30', '07:60', '07.30', '0730', ' 07:30', '07:30 ', '', 'ab:cd', '-1:00'])('refuses %j', (s) => {
    expect(parseTime(s)).toBeUndefined();
  });

  it('refuses undefined', () => expect(parseTime(undefined)).toBeUndefined());
});

describe('creditedMinutes: standard_minutes (norma waktu × volume)', () => {
  it('multiplies the standard minutes by the volume', () => {
    expect(creditedMinutes({ volume: 3 }, STD, NORM_30)).toBe(90);
    expect(creditedMinutes({ volume: 1 }, STD, { standardMinutes: 510 })).toBe(510);
  });

  it('ignores a duration, and times that leave room for the norm', () => {
    expect(creditedMinutes({ startTime: '08:00', endTime: '12:00', durationMinutes: 240, volume: 2 }, STD, NORM_30)).toBe(60);
    expect(creditedMinutes({ durationMinutes: 10, volume: 2 }, STD, NORM_30)).toBe(60);
  });

  it('never credits more than the span between start and end (a 60-minute meeting logged 13:00–13:30 earns 30)', () => {
    expect(creditedMinutes({ startTime: '13:00', endTime: '13:30', volume: 1 }, STD, { standardMinutes: 60 })).toBe(30);
    expect(creditedMinutes({ startTime: '13:00', endTime: '14:00', volume: 1 }, STD, { standardMinutes: 60 })).toBe(60);
    // Times that do not make a span (malformed, reversed) do not cap: validateEntry refuses them.
    expect(creditedMinutes({ startTime: '14:00', endTime: '13:00', volume: 1 }, STD, { standardMinutes: 60 })).toBe(60);
  });

  it('rounds half up to whole minutes, without floating-point surprises', () => {
    expect(creditedMinutes({ volume: 0.5 }, STD, { standardMinutes: 45 })).toBe(23); // 22.5
    expect(creditedMinutes({ volume: 0.4 }, STD, { standardMinutes: 45 })).toBe(18);
    expect(creditedMinutes({ volume: 4.1 }, STD, { standardMinutes: 15 })).toBe(62); // 61.49999999999999 in binary
    expect(creditedMinutes({ volume: 0.58 }, STD, { standardMinutes: 25 })).toBe(15); // 14.499999999999998
    expect(creditedMinutes({ volume: 0.01 }, STD, { standardMinutes: 30 })).toBe(0); // 0.3
  });

  it('earns 0 for a zero, negative or non-finite volume or norm', () => {
    expect(creditedMinutes({ volume: 0 }, STD, NORM_30)).toBe(0);
    expect(creditedMinutes({ volume: -2 }, STD, NORM_30)).toBe(0);
    expect(creditedMinutes({ volume: Number.NaN }, STD, NORM_30)).toBe(0);
    expect(creditedMinutes({ volume: 2 }, STD, { standardMinutes: -30 })).toBe(0);
    expect(creditedMinutes({ volume: 2 }, STD, { standardMinutes: Number.POSITIVE_INFINITY })).toBe(0);
  });
});

describe('creditedMinutes: the span caps both modes', () => {
  const arbEntry = fc.record({
    start: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }),
    end: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }),
    duration: fc.option(fc.integer({ min: -5, max: 1500 }), { nil: undefined }),
    volume: fc.oneof(fc.double({ min: -1, max: 1000, noNaN: true }), fc.constantFrom(0.5, 1, 2, Number.NaN)),
    norm: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(-30, Number.POSITIVE_INFINITY)),
    mode: fc.constantFrom(STD, RANGE),
  });
  const timingOf = (e: { start?: number; end?: number; duration?: number; volume: number }): EntryTiming => ({
    ...(e.start !== undefined ? { startTime: hhmm(e.start) } : {}),
    ...(e.end !== undefined ? { endTime: hhmm(e.end) } : {}),
    ...(e.duration !== undefined ? { durationMinutes: e.duration } : {}),
    volume: e.volume,
  });

  it('property: with a valid start and end, never more than end − start, in either mode', () => {
    fc.assert(
      fc.property(arbEntry, (e) => {
        const credited = creditedMinutes(timingOf(e), e.mode, { standardMinutes: e.norm });
        expect(Number.isInteger(credited) && credited >= 0).toBe(true);
        if (e.start !== undefined && e.end !== undefined && e.end > e.start) expect(credited).toBeLessThanOrEqual(e.end - e.start);
      }),
    );
  });

  it('property: standard_minutes is exactly the smaller of the norm figure and the span (the norm alone without one)', () => {
    fc.assert(
      fc.property(arbEntry, (e) => {
        const norm = normMinutes({ volume: e.volume }, { standardMinutes: e.norm });
        const span = e.start !== undefined && e.end !== undefined && e.end > e.start ? e.end - e.start : undefined;
        expect(creditedMinutes(timingOf(e), STD, { standardMinutes: e.norm })).toBe(span === undefined ? norm : Math.min(norm, span));
      }),
    );
  });
});

describe('minutesMismatch: the norm figure far from the times', () => {
  const meeting = { standardMinutes: 60 };
  it('a whole meeting in half an hour, or half a meeting in two hours', () => {
    expect(minutesMismatch({ startTime: '13:00', endTime: '13:30', volume: 1 }, meeting)).toEqual({ normMinutes: 60, spanMinutes: 30 });
    expect(minutesMismatch({ startTime: '13:00', endTime: '15:00', volume: 0.5 }, meeting)).toEqual({ normMinutes: 30, spanMinutes: 120 });
  });

  it('not when close: within half the span, or less than 15 minutes apart', () => {
    expect(minutesMismatch({ startTime: '13:00', endTime: '14:00', volume: 1 }, meeting)).toBeUndefined();
    expect(minutesMismatch({ startTime: '13:00', endTime: '14:00', volume: 1.5 }, meeting)).toBeUndefined(); // 90 vs 60: exactly half
    expect(minutesMismatch({ startTime: '13:00', endTime: '13:10', volume: 0.4 }, meeting)).toBeUndefined(); // 24 vs 10: 14 minutes
  });

  it('not without both times, nor without a norm figure', () => {
    expect(minutesMismatch({ volume: 0.5 }, meeting)).toBeUndefined();
    expect(minutesMismatch({ durationMinutes: 10, volume: 1 }, meeting)).toBeUndefined();
    expect(minutesMismatch({ startTime: '13:00', endTime: '15:00', volume: 1 }, { standardMinutes: 0 })).toBeUndefined();
  });

  it('property: flagged exactly when the gap is at least 15 minutes and more than half the span', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 600 }), (start, length, norm) => {
        const end = Math.min(1439, start + length);
        const span = end - start;
        const found = minutesMismatch({ startTime: hhmm(start), endTime: hhmm(end), volume: 1 }, { standardMinutes: norm });
        const gap = Math.abs(norm - span);
        expect(found !== undefined).toBe(gap >= 15 && gap > span / 2);
      }),
    );
  });
});

describe('creditedMinutes: time_range (end − start)', () => {
  it('counts the minutes between start and end', () => {
    expect(creditedMinutes({ startTime: '07:30', endTime: '16:00', volume: 1 }, RANGE, NORM_30)).toBe(510);
    expect(creditedMinutes({ startTime: '00:00', endTime: '23:59', volume: 1 }, RANGE, NORM_30)).toBe(1439);
  });

  it('does not depend on volume or the norm', () => {
    expect(creditedMinutes({ startTime: '09:00', endTime: '10:30', volume: 7 }, RANGE, { standardMinutes: 1 })).toBe(90);
  });

  it('uses durationMinutes when no times are given', () => {
    expect(creditedMinutes({ durationMinutes: 45, volume: 1 }, RANGE, NORM_30)).toBe(45);
  });

  it('prefers a valid time range over a stated duration', () => {
    expect(creditedMinutes({ startTime: '09:00', endTime: '10:00', durationMinutes: 45, volume: 1 }, RANGE, NORM_30)).toBe(60);
  });

  it('earns 0 for an inverted, empty or malformed range without a duration', () => {
    expect(creditedMinutes({ startTime: '10:00', endTime: '09:00', volume: 1 }, RANGE, NORM_30)).toBe(0);
    expect(creditedMinutes({ startTime: '10:00', endTime: '10:00', volume: 1 }, RANGE, NORM_30)).toBe(0);
    expect(creditedMinutes({ startTime: '25:00', endTime: '26:00', volume: 1 }, RANGE, NORM_30)).toBe(0);
    expect(creditedMinutes({ volume: 1 }, RANGE, NORM_30)).toBe(0);
    expect(creditedMinutes({ durationMinutes: -30, volume: 1 }, RANGE, NORM_30)).toBe(0);
  });
});

describe('validateEntry', () => {
  const ok = (e: EntryTiming, s: typeof STD | typeof RANGE = RANGE) => expect(validateEntry(e, s)).toEqual([]);
  const fields = (e: EntryTiming, s: typeof STD | typeof RANGE = RANGE) => validateEntry(e, s).map((i) => i.field);

  it('accepts valid entries in both modes', () => {
    ok({ startTime: '07:30', endTime: '16:00', volume: 1 });
    ok({ durationMinutes: 60, volume: 2 });
    ok({ startTime: '00:00', endTime: '23:59', durationMinutes: 1439, volume: 1000 });
    ok({ volume: 0.5 }, STD);
    ok({ startTime: '08:00', endTime: '09:00', volume: 1 }, STD);
  });

  it('requires end after start', () => {
    expect(validateEntry({ startTime: '10:00', endTime: '10:00', volume: 1 }, RANGE)).toEqual([
      { field: 'endTime', message: 'Jam selesai harus setelah jam mulai.' },
    ]);
  });

  it('refuses crossing midnight and says how to log it', () => {
    const [issue] = validateEntry({ startTime: '22:00', endTime: '02:00', volume: 1 }, RANGE);
    expect(issue?.field).toBe('endTime');
    expect(issue?.message).toContain('melewati tengah malam');
    expect(issue?.message).toContain('00:00 pada tanggal berikutnya');
  });

  it('requires HH:MM between 00:00 and 23:59', () => {
    expect(validateEntry({ startTime: '24:00', endTime: '7:5', volume: 1 }, RANGE)).toEqual([
      { field: 'startTime', message: 'Jam mulai harus berformat JJ:MM antara 00:00 dan 23:59.' },
      { field: 'endTime', message: 'Jam selesai harus berformat JJ:MM antara 00:00 dan 23:59.' },
    ]);
  });

  it('requires both times or neither', () => {
    expect(fields({ startTime: '08:00', durationMinutes: 30, volume: 1 })).toEqual(['endTime']);
    expect(fields({ endTime: '08:00', durationMinutes: 30, volume: 1 })).toEqual(['startTime']);
    expect(validateEntry({ startTime: '08:00', volume: 1 }, STD)[0]?.message).toBe(
      'Jam mulai dan jam selesai harus diisi keduanya, atau dikosongkan keduanya.',
    );
  });

  it('treats empty strings as not filled in', () => {
    ok({ startTime: '', endTime: '', durationMinutes: 30, volume: 1 });
  });

  it('requires a duration of 1 to 1440 whole minutes', () => {
    for (const d of [0, -1, 1441, 30.5, Number.NaN]) {
      expect(validateEntry({ durationMinutes: d, volume: 1 }, RANGE)).toEqual([
        { field: 'durationMinutes', message: 'Durasi harus bilangan bulat antara 1 dan 1440 menit.' },
      ]);
    }
    ok({ durationMinutes: 1, volume: 1 });
    ok({ durationMinutes: 1440, volume: 1 });
  });

  it('refuses a duration that contradicts the times', () => {
    expect(validateEntry({ startTime: '09:00', endTime: '10:00', durationMinutes: 90, volume: 1 }, RANGE)).toEqual([
      { field: 'durationMinutes', message: 'Durasi 90 menit tidak sama dengan selisih jam mulai dan jam selesai (60 menit).' },
    ]);
  });

  it('time_range needs times or a duration; standard_minutes does not', () => {
    expect(validateEntry({ volume: 1 }, RANGE)).toEqual([{ field: 'startTime', message: 'Isi jam mulai dan jam selesai, atau durasi kegiatan.' }]);
    ok({ volume: 1 }, STD);
  });

  it('requires 0 < volume ≤ 1000', () => {
    for (const v of [0, -1, 1000.5, 1e9, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(validateEntry({ volume: v }, STD)).toEqual([{ field: 'volume', message: 'Volume harus lebih dari 0 dan paling banyak 1000.' }]);
    }
    ok({ volume: 0.01 }, STD);
    ok({ volume: 1000 }, STD);
  });

  it('reports several problems together', () => {
    expect(fields({ startTime: '11:00', endTime: '10:00', durationMinutes: 0, volume: 0 })).toEqual(['endTime', 'durationMinutes', 'volume']);
  });
});

describe('findOverlaps', () => {
  it('finds a simple overlap', () => {
    const entries = [
      { id: 'a', startTime: '09:00', endTime: '10:30' },
      { id: 'b', startTime: '10:00', endTime: '11:00' },
    ];
    expect(findOverlaps(entries)).toEqual([{ first: 'a', second: 'b' }]);
    expect(findOverlaps([...entries].reverse())).toEqual([{ first: 'a', second: 'b' }]);
  });

  it('does not count touching ranges (end = start) as overlapping', () => {
    expect(findOverlaps([
      { id: 'a', startTime: '09:00', endTime: '10:00' },
      { id: 'b', startTime: '10:00', endTime: '11:00' },
    ])).toEqual([]);
  });

  it('finds containment and identical ranges', () => {
    expect(findOverlaps([
      { id: 'outer', startTime: '08:00', endTime: '12:00' },
      { id: 'inner', startTime: '09:00', endTime: '10:00' },
      { id: 'same', startTime: '09:00', endTime: '10:00' },
    ])).toEqual([
      { first: 'outer', second: 'inner' },
      { first: 'outer', second: 'same' },
      { first: 'inner', second: 'same' },
    ]);
  });

  it('skips entries without a valid time range', () => {
    expect(findOverlaps([
      { id: 'a', startTime: '09:00', endTime: '10:00' },
      { id: 'duration-only' },
      { id: 'inverted', startTime: '11:00', endTime: '08:00' },
      { id: 'bad', startTime: '9:00', endTime: '09:30' },
    ])).toEqual([]);
  });

  it('is empty for no entries', () => expect(findOverlaps([])).toEqual([]));

  const arbTimed: fc.Arbitrary<TimedEntry[]> = fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 })).map(([a, b]) => ({ startTime: hhmm(a), endTime: hhmm(b) })) },
        { weight: 1, arbitrary: fc.constant({}) },
      ),
      { maxLength: 25 },
    )
    .map((xs) => xs.map((x, i) => ({ id: `e${i}`, ...x })));

  function brute(entries: readonly TimedEntry[]): Set<string> {
    const out = new Set<string>();
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const a = entries[i]!;
        const b = entries[j]!;
        const [as, ae, bs, be] = [a.startTime, a.endTime, b.startTime, b.endTime].map(parseTime);
        if (as === undefined || ae === undefined || bs === undefined || be === undefined || ae <= as || be <= bs) continue;
        if (as < be && bs < ae) out.add([a.id, b.id].sort().join('|'));
      }
    }
    return out;
  }

  const asSet = (pairs: { first: string; second: string }[]) => new Set(pairs.map((p) => [p.first, p.second].sort().join('|')));

  it('property: finds exactly the pairs a brute-force check finds, each once', () => {
    fc.assert(
      fc.property(arbTimed, (entries) => {
        const pairs = findOverlaps(entries);
        expect(asSet(pairs)).toEqual(brute(entries));
        expect(asSet(pairs).size).toBe(pairs.length);
      }),
    );
  });

  it('property: symmetric, the same pairs whatever the input order', () => {
    fc.assert(
      fc.property(arbTimed.chain((es) => fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length }))), ([es, shuffled]) => {
        expect(asSet(findOverlaps(shuffled))).toEqual(asSet(findOverlaps(es)));
      }),
    );
  });

  it('property: "first" never starts after "second"', () => {
    fc.assert(
      fc.property(arbTimed, (entries) => {
        const byId = new Map(entries.map((e) => [e.id, parseTime(e.startTime)!]));
        for (const p of findOverlaps(entries)) expect(byId.get(p.first)! <= byId.get(p.second)!).toBe(true);
      }),
    );
  });
});

describe('overlapMessage', () => {
  const existing = [
    { id: 'r1', title: 'Rapat koordinasi', startTime: '10:00', endTime: '11:00' },
    { id: 'a1', title: 'Apel pagi', startTime: '07:30', endTime: '09:15' },
    { id: 'd1', title: 'Menyusun laporan' },
  ];

  it('names the clashing entry and both time ranges', () => {
    expect(overlapMessage({ id: 'new', startTime: '09:15', endTime: '10:30' }, existing)).toBe(
      "Waktu 09:15–10:30 bertabrakan dengan 'Rapat koordinasi' 10:00–11:00.",
    );
  });

  it('lists several clashes in time order', () => {
    expect(overlapMessage({ id: 'new', startTime: '09:00', endTime: '10:30' }, existing)).toBe(
      "Waktu 09:00–10:30 bertabrakan dengan 'Apel pagi' 07:30–09:15 dan 'Rapat koordinasi' 10:00–11:00.",
    );
    const three = [...existing, { id: 'x', title: 'Zoom', startTime: '08:00', endTime: '12:00' }];
    expect(overlapMessage({ id: 'new', startTime: '09:00', endTime: '10:30' }, three)).toBe(
      "Waktu 09:00–10:30 bertabrakan dengan 'Apel pagi' 07:30–09:15, 'Zoom' 08:00–12:00 dan 'Rapat koordinasi' 10:00–11:00.",
    );
  });

  it('is undefined when nothing clashes, including touching ranges', () => {
    expect(overlapMessage({ id: 'new', startTime: '09:15', endTime: '10:00' }, existing)).toBeUndefined();
    expect(overlapMessage({ id: 'new', startTime: '13:00', endTime: '14:00' }, existing)).toBeUndefined();
  });

  it('ignores the entry being edited (same id)', () => {
    expect(overlapMessage({ id: 'r1', startTime: '10:15', endTime: '11:15' }, existing)).toBeUndefined();
  });

  it('is undefined for a candidate without a valid range', () => {
    expect(overlapMessage({ id: 'new' }, existing)).toBeUndefined();
    expect(overlapMessage({ id: 'new', startTime: '11:00', endTime: '10:00' }, existing)).toBeUndefined();
  });
});

describe('daySummary', () => {
  it('sums credited minutes and compares with the target', () => {
    expect(daySummary([{ creditedMinutes: 200 }, { creditedMinutes: 100 }], 510)).toEqual({
      creditedMinutes: 300, targetMinutes: 510, remainingMinutes: 210, overTarget: false, over24h: false, overDailyCap: false,
    });
  });

  it('reaching the target exactly is not over it', () => {
    const s = daySummary([{ creditedMinutes: 510 }], 510);
    expect(s.remainingMinutes).toBe(0);
    expect(s.overTarget).toBe(false);
  });

  it('flags a day over target, over the agency cap and over 24 hours', () => {
    expect(daySummary([{ creditedMinutes: 600 }], 510, 720)).toMatchObject({ remainingMinutes: 0, overTarget: true, overDailyCap: false, over24h: false });
    expect(daySummary([{ creditedMinutes: 800 }], 510, 720)).toMatchObject({ overDailyCap: true, over24h: false });
    expect(daySummary([{ creditedMinutes: 1440 }], 510)).toMatchObject({ over24h: false, overDailyCap: false });
    expect(daySummary([{ creditedMinutes: 1000 }, { creditedMinutes: 441 }], 510)).toMatchObject({ over24h: true, overDailyCap: true });
  });

  it('an empty day has everything remaining; a day with target 0 is over target with any minutes', () => {
    expect(daySummary([], 510)).toMatchObject({ creditedMinutes: 0, remainingMinutes: 510, overTarget: false });
    expect(daySummary([{ creditedMinutes: 60 }], 0)).toMatchObject({ remainingMinutes: 0, overTarget: true });
  });

  const arbEntry = fc.record({
    startTime: fc.option(fc.integer({ min: 0, max: 1439 }).map(hhmm), { nil: undefined }),
    endTime: fc.option(fc.integer({ min: 0, max: 1439 }).map(hhmm), { nil: undefined }),
    durationMinutes: fc.option(fc.integer({ min: -10, max: 1500 }), { nil: undefined }),
    volume: fc.double({ min: -5, max: 1000, noNaN: false }),
  });
  const arbMode = fc.constantFrom(STD, RANGE);
  const arbNorm = fc.record({ standardMinutes: fc.double({ min: -10, max: 600 }) });

  it('property: summing per-entry summaries equals the summary of the whole day and the sum of credited minutes', () => {
    fc.assert(
      fc.property(fc.array(arbEntry, { maxLength: 20 }), arbMode, arbNorm, fc.integer({ min: 0, max: 1440 }), (entries, mode, norm, target) => {
        const credited = entries.map((e) => ({ creditedMinutes: creditedMinutes(e, mode, norm) }));
        const whole = daySummary(credited, target);
        const parts = credited.map((c) => daySummary([c], target).creditedMinutes).reduce((a, b) => a + b, 0);
        expect(whole.creditedMinutes).toBe(parts);
        expect(whole.creditedMinutes).toBe(credited.reduce((a, c) => a + c.creditedMinutes, 0));
        expect(whole.remainingMinutes).toBe(Math.max(0, target - whole.creditedMinutes));
        expect(whole.overTarget).toBe(whole.creditedMinutes > target);
      }),
    );
  });

  it('property: creditedMinutes is a non-negative whole number for any input', () => {
    fc.assert(
      fc.property(arbEntry, arbMode, arbNorm, (e, mode, norm) => {
        const m = creditedMinutes(e, mode, norm);
        expect(Number.isInteger(m)).toBe(true);
        expect(m).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('property: creditedMinutes never decreases when the volume grows', () => {
    fc.assert(
      fc.property(arbEntry, arbMode, fc.integer({ min: 1, max: 600 }), fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (e, mode, norm, v1, v2) => {
        const [lo, hi] = v1 <= v2 ? [v1, v2] : [v2, v1];
        const a = creditedMinutes({ ...e, volume: lo }, mode, { standardMinutes: norm });
        const b = creditedMinutes({ ...e, volume: hi }, mode, { standardMinutes: norm });
        expect(a).toBeLessThanOrEqual(b);
      }),
    );
  });

  it('property: in time_range mode a valid range earns exactly end − start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 1439 }), (s, len) => {
        const e = Math.min(1439, s + len);
        fc.pre(e > s);
        expect(creditedMinutes({ startTime: hhmm(s), endTime: hhmm(e), volume: 1 }, RANGE, NORM_30)).toBe(e - s);
      }),
    );
  });
});
