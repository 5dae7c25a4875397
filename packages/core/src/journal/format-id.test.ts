import { describe, expect, it } from 'vitest';
import { formatDateId, formatInstantId, formatTimeId } from './format-id.js';

describe('Indonesian formatting', () => {
  it('formats dates with Indonesian day and month names', () => {
    expect(formatDateId('2026-11-19')).toBe('Kamis, 19 November 2026');
    expect(formatDateId('2026-11-24')).toBe('Selasa, 24 November 2026');
    expect(formatDateId('2026-03-01')).toBe('Minggu, 1 Maret 2026');
    expect(formatDateId('2027-01-04')).toBe('Senin, 4 Januari 2027');
    expect(formatDateId('2026-08-07')).toBe('Jumat, 7 Agustus 2026');
    expect(formatDateId('2026-02-14')).toBe('Sabtu, 14 Februari 2026');
    expect(formatDateId('2026-05-20')).toBe('Rabu, 20 Mei 2026');
  });

  it('formats times with a dot and a 24-hour clock in the zone', () => {
    const t = new Date('2026-11-24T16:59:59.999Z');
    expect(formatTimeId(t, 'Asia/Pontianak')).toBe('23.59');
    expect(formatTimeId(t, 'Asia/Makassar')).toBe('00.59');
    expect(formatTimeId(new Date('2026-11-24T17:00:00Z'), 'Asia/Jakarta')).toBe('00.00');
  });

  it('formats an instant as date, time and zone', () => {
    expect(formatInstantId(new Date('2026-11-24T16:59:59.999Z'), 'Asia/Pontianak')).toBe('Selasa, 24 November 2026 pukul 23.59 WIB');
    expect(formatInstantId(new Date('2026-11-24T15:59:59.999Z'), 'Asia/Makassar')).toBe('Selasa, 24 November 2026 pukul 23.59 WITA');
    expect(formatInstantId(new Date('2026-11-24T14:59:59.999Z'), 'Asia/Jayapura')).toBe('Selasa, 24 November 2026 pukul 23.59 WIT');
  });

  it('rejects a malformed date', () => {
    expect(() => formatDateId('2026-13-01')).toThrow(RangeError);
  });
});
