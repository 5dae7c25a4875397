import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePnsRank, normalisePppkRank, pangkatName, PNS_RANKS, PPPK_RANKS } from './ranks.js';

describe('PNS_RANKS and PPPK_RANKS', () => {
  it('lists the 17 PNS golongan ruang in order, I/a to IV/e', () => {
    expect(PNS_RANKS.map(([c]) => c)).toEqual([
      'I/a', 'I/b', 'I/c', 'I/d',
      'II/a', 'II/b', 'II/c', 'II/d',
      'III/a', 'III/b', 'III/c', 'III/d',
      'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
    ]);
  });

  it('lists the 17 PPPK golongan I to XVII', () => {
    expect([...PPPK_RANKS]).toEqual([
      'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
    ]);
  });
});

describe('normalisePnsRank', () => {
  it.each([
    ['III/a', 'III/a'],
    ['iii/A', 'III/a'],
    ['III/A', 'III/a'],
    ['iii/a', 'III/a'],
    ['3a', 'III/a'],
    ['3A', 'III/a'],
    ['3/a', 'III/a'],
    ['III a', 'III/a'],
    ['IIIa', 'III/a'],
    ['  III / a  ', 'III/a'],
    ['III\ta', 'III/a'],
    ['I/a', 'I/a'],
    ['i/d', 'I/d'],
    ['1d', 'I/d'],
    ['II/b', 'II/b'],
    ['ii b', 'II/b'],
    ['2c', 'II/c'],
    ['IV/e', 'IV/e'],
    ['iv/E', 'IV/e'],
    ['4e', 'IV/e'],
    ['Iv/c', 'IV/c'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalisePnsRank(input)).toBe(expected);
  });

  it.each([
    'V/a', // no golongan V
    'III/f', // ruang only a–e
    'III/e', // only golongan IV has ruang e
    'I/e',
    'II/e',
    '3e',
    '5a',
    '0a',
    'IIII/a',
    'VI/a',
    'III',
    'a',
    '',
    '   ',
    'III//a',
    'III-a',
    'III/ab',
    'Penata Muda',
    'XVII',
  ])('rejects %j', (input) => {
    expect(normalisePnsRank(input)).toBeUndefined();
  });

  it('normalises every canonical code to itself, and its lower-case and arabic forms to the code', () => {
    const arabic: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };
    for (const [code] of PNS_RANKS) {
      expect(normalisePnsRank(code)).toBe(code);
      expect(normalisePnsRank(code.toLowerCase())).toBe(code);
      expect(normalisePnsRank(code.toUpperCase())).toBe(code);
      const [g, r] = code.split('/') as [string, string];
      expect(normalisePnsRank(`${arabic[g]}${r}`)).toBe(code);
      expect(normalisePnsRank(`${g} ${r}`)).toBe(code);
    }
  });

  it('property: the result is always undefined or one of the 17 canonical codes, and normalising is idempotent', () => {
    const codes = new Set<string>(PNS_RANKS.map(([c]) => c));
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (s) => {
        const r = normalisePnsRank(s);
        if (r !== undefined) {
          expect(codes.has(r)).toBe(true);
          expect(normalisePnsRank(r)).toBe(r);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalisePppkRank', () => {
  it('accepts each of I..XVII as itself', () => {
    for (const g of PPPK_RANKS) expect(normalisePppkRank(g)).toBe(g);
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(normalisePppkRank('xvii')).toBe('XVII');
    expect(normalisePppkRank(' ix ')).toBe('IX');
    expect(normalisePppkRank('Vii')).toBe('VII');
  });

  it.each(['XVIII', 'XX', '0', '9', '', 'IIII', 'III/a', 'V I', 'L'])('rejects %j', (input) => {
    expect(normalisePppkRank(input)).toBeUndefined();
  });
});

describe('pangkatName', () => {
  it.each([
    ['I/a', 'Juru Muda'],
    ['I/b', 'Juru Muda Tingkat I'],
    ['I/c', 'Juru'],
    ['I/d', 'Juru Tingkat I'],
    ['II/a', 'Pengatur Muda'],
    ['II/b', 'Pengatur Muda Tingkat I'],
    ['II/c', 'Pengatur'],
    ['II/d', 'Pengatur Tingkat I'],
    ['III/a', 'Penata Muda'],
    ['III/b', 'Penata Muda Tingkat I'],
    ['III/c', 'Penata'],
    ['III/d', 'Penata Tingkat I'],
    ['IV/a', 'Pembina'],
    ['IV/b', 'Pembina Tingkat I'],
    ['IV/c', 'Pembina Utama Muda'],
    ['IV/d', 'Pembina Utama Madya'],
    ['IV/e', 'Pembina Utama'],
  ])('%s is %s', (code, name) => {
    expect(pangkatName(code)).toBe(name);
  });

  it('ignores case', () => {
    expect(pangkatName('iii/A')).toBe('Penata Muda');
    expect(pangkatName('IV/E')).toBe('Pembina Utama');
  });

  it('does not normalise other spellings and knows nothing else', () => {
    expect(pangkatName('3a')).toBeUndefined();
    expect(pangkatName('III a')).toBeUndefined();
    expect(pangkatName('III/e')).toBeUndefined();
    expect(pangkatName('V/a')).toBeUndefined();
    expect(pangkatName('XVII')).toBeUndefined();
    expect(pangkatName('')).toBeUndefined();
  });
});
