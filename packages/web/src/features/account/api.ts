/** "Perangkat saya" and two-factor sign-in: the calls of features/account. */
import type { RecoveryCodesAnswer, SessionsAnswer, SignedInAnswer, SignedOutAnswer, TwoFactorEnrolment, TwoFactorStatus } from '@kinerja/core/api';
import { request, setCsrfToken } from '../../api/client';
import type { Me } from '../../api/types';

export type { TwoFactorEnrolment, TwoFactorStatus };

export const accountApi = {
  /** Also answers in the middle of a sign-in, with the waiting session's CSRF token (kept for the next step). */
  async twoFactorStatus(signal?: AbortSignal): Promise<TwoFactorStatus> {
    const s = await request<TwoFactorStatus>('GET', '/auth/two-factor', { signal });
    setCsrfToken(s.csrfToken);
    return s;
  },
  /** The second step of a sign-in: a code from the authenticator app or a recovery code. */
  async verify(code: string): Promise<Me> {
    const answer = await request<SignedInAnswer>('POST', '/auth/two-factor/verify', { json: { code } });
    setCsrfToken(answer.csrfToken);
    return answer.me;
  },
  startEnrolment(password?: string): Promise<TwoFactorEnrolment> {
    return request('POST', '/auth/two-factor/enrolment', { json: password === undefined ? {} : { password } });
  },
  /** Confirms with a first code; after an enrolment that finishes a sign-in, also who signed in. */
  async confirmEnrolment(code: string): Promise<RecoveryCodesAnswer> {
    const answer = await request<RecoveryCodesAnswer>('POST', '/auth/two-factor/enrolment/confirm', { json: { code } });
    if (answer.csrfToken) setCsrfToken(answer.csrfToken);
    return answer;
  },
  regenerateRecoveryCodes(password: string): Promise<RecoveryCodesAnswer> {
    return request('POST', '/auth/two-factor/recovery-codes', { json: { password } });
  },
  disableTwoFactor(password: string): Promise<void> {
    return request('POST', '/auth/two-factor/disable', { json: { password } });
  },
  sessions(signal?: AbortSignal): Promise<SessionsAnswer> {
    return request('GET', '/auth/sessions', { signal });
  },
  /** Another device needs the password; this one does not. */
  signOutSession(sessionId: string, password?: string): Promise<void> {
    return request('DELETE', `/auth/sessions/${encodeURIComponent(sessionId)}`, { json: password === undefined ? {} : { password } });
  },
  signOutOthers(password: string): Promise<SignedOutAnswer> {
    return request('POST', '/auth/sessions/sign-out-others', { json: { password } });
  },
};
