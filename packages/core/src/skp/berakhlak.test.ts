import { describe, expect, it } from 'vitest';
import { BERAKHLAK, BERAKHLAK_VALUES, isBerakhlakValue } from './berakhlak.js';

describe('BerAKHLAK', () => {
  it('has 7 values spelling BerAKHLAK, in the printed order', () => {
    const initials = BERAKHLAK_VALUES.map((v) => BERAKHLAK[v].label[0]).join('');
    expect(initials).toBe('BAKHLAK');
    expect(Object.keys(BERAKHLAK)).toEqual([...BERAKHLAK_VALUES]);
  });

  it('has 21 distinct, non-empty panduan perilaku, 3 per value', () => {
    const all = BERAKHLAK_VALUES.flatMap((v) => BERAKHLAK[v].panduanPerilaku);
    expect(all).toHaveLength(21);
    expect(new Set(all).size).toBe(21);
    for (const text of all) expect(text.trim()).toBe(text), expect(text.length).toBeGreaterThan(5);
  });

  it('recognises only its own keys', () => {
    expect(isBerakhlakValue('loyal')).toBe(true);
    expect(isBerakhlakValue('Loyal')).toBe(false);
    expect(isBerakhlakValue('constructor')).toBe(false);
  });
});
