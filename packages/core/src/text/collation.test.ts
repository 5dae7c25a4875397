import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from './collation.js';

describe('compareText', () => {
  it('orders as Indonesian readers expect: case and accents second, numbers as text', () => {
    expect(['budi', 'Ani', 'Çitra', 'agus', 'Zul', 'dewi'].sort(compareText)).toEqual(['agus', 'Ani', 'budi', 'Çitra', 'dewi', 'Zul']);
  });

  it('gives the same order as localeCompare with the Indonesian locale', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareText(a, b)) || 0).toBe(Math.sign(a.localeCompare(b, 'id')) || 0);
      }),
    );
  });
});
