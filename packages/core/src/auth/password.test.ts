import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNewPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_PROBLEM_MESSAGE } from './password.js';

const NIP = '198503122010011003';

describe('checkNewPassword', () => {
  it('uses 10..128 characters as the limits', () => {
    expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([10, 128]);
  });

  it('accepts a good password', () => {
    expect(checkNewPassword('kuda-lari-pagi', NIP)).toBeNull();
    expect(checkNewPassword('kuda-lari-pagi')).toBeNull();
  });

  it('TOO_SHORT below 10 characters, accepted at exactly 10', () => {
    expect(checkNewPassword('abcdefghi')).toBe('TOO_SHORT');
    expect(checkNewPassword('')).toBe('TOO_SHORT');
    expect(checkNewPassword('abcdefghij')).toBeNull();
  });

  it('TOO_LONG above 128 characters, accepted at exactly 128 (no silent truncation)', () => {
    const base = 'abcdefgh'.repeat(16); // 128
    expect(base).toHaveLength(128);
    expect(checkNewPassword(base)).toBeNull();
    expect(checkNewPassword(base + 'x')).toBe('TOO_LONG');
  });

  it('SAME_AS_NIP when the password contains the NIP', () => {
    expect(checkNewPassword(NIP, NIP)).toBe('SAME_AS_NIP');
    expect(checkNewPassword(`pass${NIP}!`, NIP)).toBe('SAME_AS_NIP');
  });

  it('does not flag a password that only shares part of the NIP, or when no NIP is given', () => {
    expect(checkNewPassword('19850312xyz', NIP)).toBeNull();
    expect(checkNewPassword(NIP)).toBeNull();
    expect(checkNewPassword(NIP, '')).toBeNull();
  });

  it('TOO_SIMPLE with fewer than 4 distinct characters, accepted with 4', () => {
    expect(checkNewPassword('aaaaaaaaaa')).toBe('TOO_SIMPLE');
    expect(checkNewPassword('ababababab')).toBe('TOO_SIMPLE');
    expect(checkNewPassword('abcabcabca')).toBe('TOO_SIMPLE');
    expect(checkNewPassword('abcdabcdab')).toBeNull();
  });

  it('counts distinct characters by code point', () => {
    expect(checkNewPassword('😀😀😀😀😀😀')).toBe('TOO_SIMPLE'); // 12 UTF-16 units, 1 distinct code point
  });

  it('reports problems in the order length, NIP, simplicity', () => {
    expect(checkNewPassword('aaa', 'aaa')).toBe('TOO_SHORT');
    expect(checkNewPassword('1'.repeat(129), '1')).toBe('TOO_LONG');
    expect(checkNewPassword('1111111111', '1111111111')).toBe('SAME_AS_NIP');
  });

  it('has a message for every problem', () => {
    expect(PASSWORD_PROBLEM_MESSAGE).toEqual({
      TOO_SHORT: 'Kata sandi minimal 10 karakter.',
      TOO_LONG: 'Kata sandi maksimal 128 karakter.',
      SAME_AS_NIP: 'Kata sandi tidak boleh memuat NIP.',
      TOO_SIMPLE: 'Kata sandi terlalu sederhana: gunakan lebih banyak karakter yang berbeda.',
    });
  });

  it('property: accepts exactly the passwords that satisfy every rule', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 140 }), (pw) => {
        const ok = pw.length >= 10 && pw.length <= 128 && !pw.includes(NIP) && new Set(pw).size >= 4;
        expect(checkNewPassword(pw, NIP) === null).toBe(ok);
      }),
      { numRuns: 1000 },
    );
  });
});
