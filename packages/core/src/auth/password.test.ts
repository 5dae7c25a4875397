import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNewPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_PROBLEM_MESSAGE } from './password.js';

const NIP = '198503122010011003';
const LIST = new Set(['password', 'bismillah', '1qaz2wsx3edc4rfv', 'passwordpassword']);

describe('checkNewPassword', () => {
  it('uses 15..128 characters as the limits (800-63B-4: 15 for a single factor, at least 64 allowed)', () => {
    expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([15, 128]);
  });

  it('accepts a long passphrase, with or without a list, with no composition demanded', () => {
    expect(checkNewPassword('kuda lari pagi di sawah hijau', NIP, LIST)).toBeNull();
    expect(checkNewPassword('kudalaripagihari', NIP, LIST)).toBeNull(); // lower case letters only
    expect(checkNewPassword('kuda-lari-pagi!')).toBeNull();
  });

  it('TOO_SHORT below 15 characters, accepted at exactly 15', () => {
    expect(checkNewPassword('kuda-lari-pagi')).toBe('TOO_SHORT');
    expect(checkNewPassword('')).toBe('TOO_SHORT');
    expect(checkNewPassword('kuda-lari-pagi!')).toBeNull();
  });

  it('counts Unicode code points, not UTF-16 units', () => {
    const emoji = '😀😁😂🤣😃😄😅😆😉😊😋😎😍😘🥰'; // 15 code points, 30 units
    expect(checkNewPassword(emoji)).toBeNull();
    expect(checkNewPassword(emoji.slice(0, 28))).toBe('TOO_SHORT');
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
    expect(checkNewPassword('19850312xyz-abcd', NIP)).toBeNull();
    expect(checkNewPassword(NIP)).toBeNull();
    expect(checkNewPassword(NIP, '')).toBeNull();
  });

  it('COMMON when listed, whatever the case', () => {
    expect(checkNewPassword('1qaz2wsx3edc4rfv', NIP, LIST)).toBe('COMMON');
    expect(checkNewPassword('PasswordPassword', NIP, LIST)).toBe('COMMON');
    expect(checkNewPassword('1qaz2wsx3edc4rfv')).toBeNull(); // the web's check has no list: the server's answers
  });

  it('COMMON when a listed word is only dressed with digits or symbols', () => {
    expect(checkNewPassword('bismillah1234567', NIP, LIST)).toBe('COMMON');
    expect(checkNewPassword('!!Password2024!!', NIP, LIST)).toBe('COMMON');
    expect(checkNewPassword('bismillah-pagi-ini', NIP, LIST)).toBeNull(); // a word more is a choice
  });

  it('COMMON for the service name dressed up, without any list', () => {
    expect(checkNewPassword('kinerja12345678')).toBe('COMMON');
    expect(checkNewPassword('KataSandi2026!!!')).toBe('COMMON');
  });

  it('COMMON for repetition: fewer than 4 distinct characters', () => {
    expect(checkNewPassword('aaaaaaaaaaaaaaa')).toBe('COMMON');
    expect(checkNewPassword('abcabcabcabcabc')).toBe('COMMON');
    expect(checkNewPassword('abcdabcdabcdabc')).toBeNull();
  });

  it('reports problems in the order length, NIP, common', () => {
    expect(checkNewPassword('aaa', 'aaa')).toBe('TOO_SHORT');
    expect(checkNewPassword('1'.repeat(129), '1')).toBe('TOO_LONG');
    expect(checkNewPassword('1'.repeat(15), '1'.repeat(15))).toBe('SAME_AS_NIP');
  });

  it('has an Indonesian message for every problem', () => {
    expect(PASSWORD_PROBLEM_MESSAGE).toEqual({
      TOO_SHORT: 'Kata sandi minimal 15 karakter. Rangkaian beberapa kata yang mudah Anda ingat sudah cukup.',
      TOO_LONG: 'Kata sandi maksimal 128 karakter.',
      SAME_AS_NIP: 'Kata sandi tidak boleh memuat NIP.',
      COMMON: 'Kata sandi ini terlalu umum atau pernah bocor sehingga mudah ditebak. Pilih yang lain, misalnya rangkaian beberapa kata.',
    });
  });

  it('property: without a list, accepts exactly the passwords of 15..128 code points, without the NIP, with 4 distinct characters, not the service name dressed up', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 140, unit: 'grapheme-ascii' }), (pw) => {
        const n = [...pw].length;
        const core = pw.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
        const ok = n >= 15 && n <= 128 && !pw.includes(NIP) && new Set(pw).size >= 4 && !['kinerja', 'ekinerja', 'e-kinerja', 'katasandi', 'kata sandi', 'sandikinerja'].includes(core);
        expect(checkNewPassword(pw, NIP) === null).toBe(ok);
      }),
      { numRuns: 1000 },
    );
  });
});
