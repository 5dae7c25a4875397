import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, SUPPORTED_DATES, toDayNumber } from '../calendar/index.js';
import { settingsChangeRefusal, versionInForce } from './effective-dated.js';

const arbDate = fc.integer({ min: toDayNumber(SUPPORTED_DATES.min), max: toDayNumber(SUPPORTED_DATES.max) }).map(fromDayNumber);
/** Versions with distinct dates (the table's key), in any order. */
const arbVersions = fc.uniqueArray(fc.record({ effectiveFrom: arbDate, tag: fc.integer() }), { selector: (v) => v.effectiveFrom, maxLength: 12 });

describe('versionInForce', () => {
  it('a March day keeps March’s version after a July change', () => {
    const versions = [
      { effectiveFrom: '1900-01-01', target: 450 },
      { effectiveFrom: '2026-07-01', target: 480 },
    ];
    expect(versionInForce(versions, '2026-03-16')?.target).toBe(450);
    expect(versionInForce(versions, '2026-06-30')?.target).toBe(450);
    expect(versionInForce(versions, '2026-07-01')?.target).toBe(480);
    expect(versionInForce(versions, '1899-12-31')).toBeUndefined();
  });

  it('answers the latest version starting on or before the date, whatever the order', () => {
    fc.assert(
      fc.property(arbVersions, arbDate, (versions, date) => {
        const found = versionInForce(versions, date);
        const eligible = versions.filter((v) => v.effectiveFrom <= date);
        if (eligible.length === 0) return found === undefined;
        const latest = eligible.map((v) => v.effectiveFrom).sort().at(-1);
        return found !== undefined && found.effectiveFrom === latest && versions.includes(found);
      }),
    );
  });

  it('is constant between two consecutive versions and changes exactly at a version', () => {
    fc.assert(
      fc.property(arbVersions, arbDate, arbDate, (versions, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const startsBetween = versions.some((v) => v.effectiveFrom > lo && v.effectiveFrom <= hi);
        const same = versionInForce(versions, lo) === versionInForce(versions, hi);
        return startsBetween ? !same : same;
      }),
    );
  });

  it('adding a version from a later date never changes the answer for an earlier day', () => {
    fc.assert(
      fc.property(arbVersions, arbDate, arbDate, (versions, day, from) => {
        fc.pre(from > day && !versions.some((v) => v.effectiveFrom === from));
        const before = versionInForce(versions, day);
        return versionInForce([...versions, { effectiveFrom: from, tag: -1 }], day) === before;
      }),
    );
  });
});

describe('settingsChangeRefusal', () => {
  it('refuses a change reaching back, allows today and later', () => {
    expect(settingsChangeRefusal('2026-12-05', '2026-12-06')).toMatch(/sudah lewat/);
    expect(settingsChangeRefusal('2026-12-06', '2026-12-06')).toBeUndefined();
    expect(settingsChangeRefusal('2027-01-01', '2026-12-06')).toBeUndefined();
  });
});
