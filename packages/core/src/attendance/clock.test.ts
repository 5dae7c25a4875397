import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteFromLocal, formatClock, formatLocalMinute, localFromAbsolute, parseClock, parseLocalStamp, punchMinute, ZONE_UTC_OFFSET_MINUTES } from './clock.js';

describe('wall clocks', () => {
  it('reads HH:MM and refuses anything else', () => {
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('07:30')).toBe(450);
    expect(parseClock('23:59')).toBe(1439);
    for (const bad of ['24:00', '7:30', '07:60', '07:30:00', '', 'ab:cd']) expect(() => parseClock(bad)).toThrow(RangeError);
  });

  it('writes a time on the next day with +1', () => {
    expect(formatClock(450)).toBe('07:30');
    expect(formatClock(1860)).toBe('07:00+1');
    expect(formatClock(2880)).toBe('00:00+2');
    expect(() => formatClock(-1)).toThrow(RangeError);
    expect(() => formatClock(1.5)).toThrow(RangeError);
  });

  it('drops seconds: 07:30:59 is 07:30, the minute the machine showed', () => {
    expect(parseLocalStamp('2026-11-02 07:30:59')).toBe(parseLocalStamp('2026-11-02 07:30'));
    expect(parseLocalStamp('2026-11-02 07:31:00') - parseLocalStamp('2026-11-02 07:30:59')).toBe(1);
    expect(parseLocalStamp('2026-11-02T07:30:00')).toBe(parseLocalStamp('2026-11-02 07:30:00'));
  });

  it('refuses impossible dates and times', () => {
    for (const bad of ['2026-02-30 07:30:00', '2026-13-01 07:30:00', '2026-11-02 24:00:00', '2026-11-02 07:30:60', '2026-11-02', '02/11/2026 07:30']) {
      expect(() => parseLocalStamp(bad)).toThrow(RangeError);
    }
  });

  it('formats local minutes back', () => {
    expect(formatLocalMinute(parseLocalStamp('2026-11-02 07:45:10'))).toBe('2026-11-02 07:45');
    expect(formatLocalMinute(parseLocalStamp('1969-12-31 23:59'))).toBe('1969-12-31 23:59');
  });

  it('WIB +7, WITA +8, WIT +9: 08:00 WITA and 09:00 WIT are 07:00 WIB', () => {
    expect(ZONE_UTC_OFFSET_MINUTES).toEqual({ WIB: 420, WITA: 480, WIT: 540 });
    const wib = punchMinute({ local: '2026-11-02 07:00:00', zone: 'WIB' });
    expect(punchMinute({ local: '2026-11-02 08:00:00', zone: 'WITA' })).toBe(wib);
    expect(punchMinute({ local: '2026-11-02 09:00:00', zone: 'WIT' })).toBe(wib);
    // 00:00 UTC = 07:00 WIB
    expect(punchMinute({ instantMs: Date.parse('2026-11-02T00:00:59.999Z') })).toBe(wib);
    expect(() => punchMinute({ instantMs: Number.NaN })).toThrow(RangeError);
  });

  it('a phone instant and a machine stamp of the same wall-clock minute agree, in every zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }), fc.constantFrom('WIB' as const, 'WITA' as const, 'WIT' as const), (ms, zone) => {
        const fromInstant = punchMinute({ instantMs: ms });
        const local = formatLocalMinute(localFromAbsolute(fromInstant, zone));
        expect(punchMinute({ local, zone })).toBe(fromInstant);
        expect(absoluteFromLocal(localFromAbsolute(fromInstant, zone), zone)).toBe(fromInstant);
      }),
    );
  });
});
