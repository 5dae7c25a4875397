import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from './days.js';
import { endOfLocalDay, localDateOf, startOfLocalDay, utcOffsetMs, zoneAbbreviation } from './time-zone.js';
import { arbDate, arbZone } from '../journal/test-support.js';

const HOUR = 3_600_000;

describe('start and end of an agency-local day', () => {
  it.each([
    ['Asia/Jakarta', '2026-11-23T17:00:00.000Z', '2026-11-24T16:59:59.999Z'],
    ['Asia/Pontianak', '2026-11-23T17:00:00.000Z', '2026-11-24T16:59:59.999Z'],
    ['Asia/Makassar', '2026-11-23T16:00:00.000Z', '2026-11-24T15:59:59.999Z'],
    ['Asia/Jayapura', '2026-11-23T15:00:00.000Z', '2026-11-24T14:59:59.999Z'],
    ['UTC', '2026-11-24T00:00:00.000Z', '2026-11-24T23:59:59.999Z'],
  ])('24 Nov 2026 in %s runs from %s to %s', (zone, start, end) => {
    expect(startOfLocalDay('2026-11-24', zone).toISOString()).toBe(start);
    expect(endOfLocalDay('2026-11-24', zone).toISOString()).toBe(end);
  });

  it('the last local day of a year ends in the afternoon of 31 December UTC', () => {
    expect(endOfLocalDay('2025-12-31', 'Asia/Jakarta').toISOString()).toBe('2025-12-31T16:59:59.999Z');
    expect(startOfLocalDay('2026-01-01', 'Asia/Jayapura').toISOString()).toBe('2025-12-31T15:00:00.000Z');
  });

  it('copes with a DST zone (the 23-hour day of 29 March 2026 in Amsterdam)', () => {
    const start = startOfLocalDay('2026-03-29', 'Europe/Amsterdam');
    const end = endOfLocalDay('2026-03-29', 'Europe/Amsterdam');
    expect(start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(end.getTime() - start.getTime() + 1).toBe(23 * HOUR);
  });

  it('rejects an unknown zone and a malformed date', () => {
    expect(() => startOfLocalDay('2026-11-24', 'Asia/Atlantis')).toThrow(RangeError);
    expect(() => endOfLocalDay('24/11/2026', 'Asia/Jakarta')).toThrow(RangeError);
  });

  it('localDateOf puts an instant on the local calendar, not the UTC one', () => {
    const t = new Date('2026-11-24T15:30:00Z');
    expect(localDateOf(t, 'UTC')).toBe('2026-11-24');
    expect(localDateOf(t, 'Asia/Pontianak')).toBe('2026-11-24'); // 22:30 WIB
    expect(localDateOf(t, 'Asia/Jayapura')).toBe('2026-11-25'); // 00:30 WIT
  });

  it('utcOffsetMs ignores the milliseconds of the instant', () => {
    expect(utcOffsetMs('Asia/Makassar', new Date('2026-11-24T15:59:59.999Z'))).toBe(8 * HOUR);
    expect(utcOffsetMs('Asia/Jayapura', new Date('1970-01-01T00:00:00.001Z'))).toBe(9 * HOUR);
  });

  it('property: a local day is 24 h long, starts and ends on itself, and is preceded by the previous day', () => {
    fc.assert(
      fc.property(arbDate(), arbZone, (d, zone) => {
        const start = startOfLocalDay(d, zone);
        const end = endOfLocalDay(d, zone);
        expect(end.getTime() - start.getTime() + 1).toBe(24 * HOUR);
        expect(localDateOf(start, zone)).toBe(d);
        expect(localDateOf(end, zone)).toBe(d);
        expect(localDateOf(new Date(start.getTime() - 1), zone)).toBe(addDays(d, -1));
        expect(localDateOf(new Date(end.getTime() + 1), zone)).toBe(addDays(d, 1));
      }),
    );
  });
});

describe('zoneAbbreviation', () => {
  it.each([
    ['Asia/Jakarta', 'WIB'],
    ['Asia/Pontianak', 'WIB'],
    ['Asia/Makassar', 'WITA'],
    ['Asia/Ujung_Pandang', 'WITA'],
    ['Asia/Jayapura', 'WIT'],
    ['Asia/Bangkok', 'UTC+7'],
    ['Asia/Kolkata', 'UTC+5:30'],
    ['America/Sao_Paulo', 'UTC-3'],
    ['UTC', 'UTC+0'],
  ])('%s → %s', (zone, abbr) => {
    expect(zoneAbbreviation(zone, new Date('2026-11-24T00:00:00Z'))).toBe(abbr);
  });

  it('does not fall for inherited object keys', () => {
    expect(() => zoneAbbreviation('constructor')).toThrow(RangeError);
  });
});

describe('localDateOf', () => {
  const JAKARTA = 'Asia/Jakarta'; // WIB, UTC+7
  const MAKASSAR = 'Asia/Makassar'; // WITA, UTC+8
  const JAYAPURA = 'Asia/Jayapura'; // WIT, UTC+9

  it('WIB turns over at 17:00 UTC', () => {
    expect(localDateOf(new Date('2024-03-10T16:59:59.999Z'), JAKARTA)).toBe('2024-03-10');
    expect(localDateOf(new Date('2024-03-10T17:00:00Z'), JAKARTA)).toBe('2024-03-11');
  });

  it('WITA turns over at 16:00 UTC', () => {
    expect(localDateOf(new Date('2024-03-10T15:59:59.999Z'), MAKASSAR)).toBe('2024-03-10');
    expect(localDateOf(new Date('2024-03-10T16:00:00Z'), MAKASSAR)).toBe('2024-03-11');
  });

  it('WIT turns over at 15:00 UTC', () => {
    expect(localDateOf(new Date('2024-03-10T14:59:59.999Z'), JAYAPURA)).toBe('2024-03-10');
    expect(localDateOf(new Date('2024-03-10T15:00:00Z'), JAYAPURA)).toBe('2024-03-11');
  });

  it('around UTC midnight all three zones are already on the UTC date', () => {
    const justBefore = new Date('2024-03-10T23:59:59Z');
    const justAfter = new Date('2024-03-11T00:00:00Z');
    for (const tz of [JAKARTA, MAKASSAR, JAYAPURA]) {
      expect(localDateOf(justBefore, tz)).toBe('2024-03-11');
      expect(localDateOf(justAfter, tz)).toBe('2024-03-11');
    }
    expect(localDateOf(justBefore, 'UTC')).toBe('2024-03-10');
    expect(localDateOf(justAfter, 'UTC')).toBe('2024-03-11');
  });

  it('at one instant the three zones can show different dates', () => {
    const at = new Date('2024-03-10T15:30:00Z'); // 22:30 WIB, 23:30 WITA, 00:30 WIT
    expect(localDateOf(at, JAKARTA)).toBe('2024-03-10');
    expect(localDateOf(at, MAKASSAR)).toBe('2024-03-10');
    expect(localDateOf(at, JAYAPURA)).toBe('2024-03-11');
    const later = new Date('2024-03-10T16:30:00Z'); // 23:30 WIB, 00:30 WITA
    expect(localDateOf(later, JAKARTA)).toBe('2024-03-10');
    expect(localDateOf(later, MAKASSAR)).toBe('2024-03-11');
  });

  it('crosses the year and the leap day in local time', () => {
    expect(localDateOf(new Date('2023-12-31T17:00:00Z'), JAKARTA)).toBe('2024-01-01');
    expect(localDateOf(new Date('2023-12-31T16:59:59Z'), JAKARTA)).toBe('2023-12-31');
    expect(localDateOf(new Date('2024-02-28T15:00:00Z'), JAYAPURA)).toBe('2024-02-29');
    expect(localDateOf(new Date('2024-02-29T15:00:00Z'), JAYAPURA)).toBe('2024-03-01');
  });

  it('always returns an ISO date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(JAKARTA, MAKASSAR, JAYAPURA),
        (now, tz) => {
          const offsetHours = { [JAKARTA]: 7, [MAKASSAR]: 8, [JAYAPURA]: 9 }[tz]!;
          const local = new Date(now.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);
          expect(localDateOf(now, tz)).toBe(local);
          expect(isIsoDate(localDateOf(now, tz))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('defaults to now', () => {
    expect(isIsoDate(localDateOf(new Date(), JAKARTA))).toBe(true);
  });
});
