/** Password rules (ASVS L2: length over composition; no silent truncation). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'SAME_AS_NIP' | 'TOO_SIMPLE';

export function checkNewPassword(password: string, nip?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (password.length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  if (nip && password.includes(nip)) return 'SAME_AS_NIP';
  if (new Set(password).size < 4) return 'TOO_SIMPLE';
  return null;
}

export const PASSWORD_PROBLEM_MESSAGE: Record<PasswordProblem, string> = {
  TOO_SHORT: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter.`,
  TOO_LONG: `Kata sandi maksimal ${PASSWORD_MAX_LENGTH} karakter.`,
  SAME_AS_NIP: 'Kata sandi tidak boleh memuat NIP.',
  TOO_SIMPLE: 'Kata sandi terlalu sederhana: gunakan lebih banyak karakter yang berbeda.',
};
