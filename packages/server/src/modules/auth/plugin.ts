import type { Principal } from '@kinerja/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { loadSession, sessionCookieName, touchSession, type SessionPrincipal } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionPrincipal | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (sign-in, health, docs). Every other route requires one. */
    public?: boolean;
    /** Reachable while the account must still change its password. */
    allowWhilePasswordChangeRequired?: boolean;
    /** Reachable by a session that has passed the password but not the second factor, in these steps. */
    allowInSecondFactorStep?: readonly ('verify' | 'enrol')[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Secure by default: every API route needs a session unless its config says `public`, and every
 * cookie-authenticated write must carry the session's CSRF token in `X-CSRF-Token`.
 */
export function registerAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    // Static files of the PWA and the API docs need no session.
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/v1/')) return;
    // Over HTTPS only the `__Host-` cookie counts: a plain-named one may have been set by a sibling host.
    const token = request.cookies[sessionCookieName(request.protocol === 'https')];
    if (token) {
      const now = ctx.now();
      request.session = await loadSession(ctx.db, token, now, ctx.config);
      if (request.session) await touchSession(ctx.db, request.session, now);
    }
    const config = request.routeOptions.config;
    if (config?.public) return;
    if (!request.session) throw new AppError('UNAUTHENTICATED');
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== request.session.csrfToken) throw new AppError('CSRF');
    }
    // After the password alone: only the second step (or signing out) until it is done.
    const step = request.session.secondFactor;
    if (step && !config?.allowInSecondFactorStep?.includes(step)) {
      throw new AppError(step === 'verify' ? 'TWO_FACTOR_REQUIRED' : 'TWO_FACTOR_ENROLMENT_REQUIRED');
    }
    if (request.session.mustChangePassword && !config?.allowWhilePasswordChangeRequired) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
  });
}

export function principalOf(request: FastifyRequest): Principal & { nip: string } {
  const s = request.session;
  if (!s) throw new AppError('UNAUTHENTICATED');
  return { accountId: s.accountId, role: s.role, agencyId: s.agencyId, employeeId: s.employeeId, nip: s.nip };
}
