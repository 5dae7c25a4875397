import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_ROLES,
  isJpt,
  JF_LEVEL_LABEL,
  JF_LEVELS,
  KELAS_JABATAN_MAX,
  KELAS_JABATAN_MIN,
  parseJfLevel,
  parsePositionKind,
  POSITION_KIND_LABEL,
  POSITION_KINDS,
  type PositionKind,
} from './positions.js';

describe('parsePositionKind', () => {
  it('accepts every canonical name as itself', () => {
    for (const k of POSITION_KINDS) expect(parsePositionKind(k)).toBe(k);
  });

  it('accepts every display label', () => {
    for (const k of POSITION_KINDS) expect(parsePositionKind(POSITION_KIND_LABEL[k])).toBe(k);
  });

  it.each<[string, PositionKind]>([
    ['JPT Pratama', 'jpt_pratama'],
    ['jpt pratama', 'jpt_pratama'],
    ['jpt-pratama', 'jpt_pratama'],
    ['JPT-PRATAMA', 'jpt_pratama'],
    ['  jpt   pratama  ', 'jpt_pratama'],
    ['jpt - pratama', 'jpt_pratama'],
    ['jpt\tmadya', 'jpt_madya'],
    ['Jpt Utama', 'jpt_utama'],
    ['ADMINISTRATOR', 'administrator'],
    [' Pengawas ', 'pengawas'],
    ['pelaksana', 'pelaksana'],
    ['Fungsional', 'fungsional'],
  ])('accepts the variant %j as %s', (input, kind) => {
    expect(parsePositionKind(input)).toBe(kind);
  });

  it.each<[string, PositionKind]>([
    ['Eselon I', 'jpt_madya'],
    ['Eselon II', 'jpt_pratama'],
    ['eselon ii', 'jpt_pratama'],
    ['ESELON-II', 'jpt_pratama'],
    ['eselon_ii', 'jpt_pratama'],
    ['Eselon III', 'administrator'],
    ['Eselon IV', 'pengawas'],
    ['JFU', 'pelaksana'],
    ['Pelaksana Umum', 'pelaksana'],
    ['JFT', 'fungsional'],
    ['jf', 'fungsional'],
  ])('accepts the alias %j as %s', (input, kind) => {
    expect(parsePositionKind(input)).toBe(kind);
  });

  it.each([
    '',
    '   ',
    'jpt',
    'pratama',
    'Eselon V',
    'Eselon 2',
    'eselon',
    'jpt__pratama',
    'jpt.pratama',
    'struktural',
    'kepala',
    // inherited Object members must not leak through the alias table
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
  ])('rejects %j', (input) => {
    expect(parsePositionKind(input)).toBeUndefined();
  });

  it('property: the result is undefined or one of POSITION_KINDS', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const r = parsePositionKind(s);
        expect(r === undefined || (POSITION_KINDS as readonly string[]).includes(r)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isJpt', () => {
  it('is true exactly for the three JPT tiers', () => {
    expect(POSITION_KINDS.filter(isJpt)).toEqual(['jpt_utama', 'jpt_madya', 'jpt_pratama']);
  });
});

describe('parseJfLevel', () => {
  it('accepts every canonical level and its label', () => {
    for (const l of JF_LEVELS) {
      expect(parseJfLevel(l)).toBe(l);
      expect(parseJfLevel(JF_LEVEL_LABEL[l])).toBe(l);
    }
  });

  it.each([
    ['Ahli Pertama', 'ahli_pertama'],
    ['ahli-muda', 'ahli_muda'],
    ['AHLI  MADYA', 'ahli_madya'],
    [' Ahli Utama ', 'ahli_utama'],
    ['TERAMPIL', 'terampil'],
    ['Penyelia', 'penyelia'],
  ])('accepts %j as %s', (input, level) => {
    expect(parseJfLevel(input)).toBe(level);
  });

  it.each(['', 'ahli', 'pertama', 'ahli pratama', 'madya', 'Ahli.Muda', 'constructor', '__proto__', 'ahli__muda'])(
    'rejects %j',
    (input) => {
      expect(parseJfLevel(input)).toBeUndefined();
    },
  );
});

describe('constants', () => {
  it('has the assignment roles definitive, plt, plh', () => {
    expect([...ASSIGNMENT_ROLES]).toEqual(['definitive', 'plt', 'plh']);
  });
  it('has kelas jabatan 1..17', () => {
    expect([KELAS_JABATAN_MIN, KELAS_JABATAN_MAX]).toEqual([1, 17]);
  });
});
