import { AccountParams, LoginBody, LoginResponse, MeSchema, PasswordChangeBody, ReauthBody, SessionParams, SessionRevokeBody, SessionsResponse, SignedOutResponse } from '@kinerja/core/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { requireAccess } from '../access/index.js';
import { buildMe } from '../org/index.js';
import { forceSignOut } from './forced-sign-out.js';
import { login } from './login.js';
import { loginThrottle } from './login-throttle.js';
import { listMySessions, revokeMySession, signOutMyOtherSessions } from './my-sessions.js';
import { changePassword } from './password-change.js';
import { principalOf } from './plugin.js';
import { loadSession, sessionCookieName, signOut } from './sessions.js';
import { twoFactorRoutes } from './two-factor-routes.js';

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  const https = request.protocol === 'https';
  // Over HTTPS: `__Host-kinerja_session` (Secure, Path=/, no Domain); plain http keeps `kinerja_session`.
  reply.setCookie(sessionCookieName(https), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: https,
    expires: expiresAt,
  });
}

function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  const https = request.protocol === 'https';
  reply.clearCookie(sessionCookieName(https), { path: '/', httpOnly: true, sameSite: 'lax', secure: https });
}

export async function authRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.addSchema(MeSchema);
  await twoFactorRoutes(app, ctx, setSessionCookie);

  app.post(
    '/auth/login',
    {
      config: {
        public: true,
        // Per IP only a ceiling: an office signs in from one NAT address. The real limits are per account (preHandler).
        rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      preHandler: loginThrottle(app, ctx.config),
      schema: {
        tags: ['auth'],
        summary: 'Masuk dengan NIP dan kata sandi',
        body: LoginBody,
        response: { 200: LoginResponse, ...errorResponses(423, 429) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const ua = request.headers['user-agent'];
      const result = await login(ctx, { nip: body.nip, password: body.password, ip: request.ip, ...(ua ? { userAgent: ua } : {}) });
      setSessionCookie(request, reply, result.token, result.expiresAt);
      // The password alone does not sign in an account with (or required to have) a second factor.
      if (result.secondFactor) return { csrfToken: result.csrfToken, twoFactor: result.secondFactor };
      const session = await loadSession(ctx.db, result.token, ctx.now(), ctx.config);
      if (!session) throw new AppError('INTERNAL');
      return { csrfToken: result.csrfToken, me: await buildMe(ctx, session) };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { allowWhilePasswordChangeRequired: true, allowInSecondFactorStep: ['verify', 'enrol'] },
      schema: { tags: ['auth'], summary: 'Keluar', response: { 204: Type.Null(), ...errorResponses() } },
    },
    async (request, reply) => {
      if (request.session) await signOut(ctx, request.session);
      clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { allowWhilePasswordChangeRequired: true },
      schema: {
        tags: ['auth'],
        summary: 'Ganti kata sandi sendiri',
        body: PasswordChangeBody,
        response: { 204: Type.Null(), ...errorResponses(422) },
      },
    },
    async (request, reply) => {
      await changePassword(ctx, request.session!, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/sessions',
    {
      schema: { tags: ['auth'], summary: 'Perangkat saya: sesi yang sedang masuk dengan akun ini', response: { 200: SessionsResponse, ...errorResponses() } },
    },
    async (request) => ({ sessions: await listMySessions(ctx, request.session!) }),
  );

  app.delete(
    '/auth/sessions/:sessionId',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Keluarkan satu perangkat saya (perangkat lain: dengan kata sandi)',
        params: SessionParams,
        body: SessionRevokeBody,
        response: { 204: Type.Null(), ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      await revokeMySession(ctx, request.session!, request.params.sessionId, request.body.password);
      if (request.params.sessionId === request.session!.sessionId) clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/sessions/sign-out-others',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: 'Keluarkan semua perangkat saya yang lain (dengan kata sandi)', body: ReauthBody, response: { 200: SignedOutResponse, ...errorResponses() } },
    },
    async (request) => ({ signedOut: await signOutMyOtherSessions(ctx, request.session!, request.body.password) }),
  );

  app.post(
    '/agencies/:agencyId/accounts/:accountId/sign-out',
    {
      schema: {
        tags: ['auth'],
        summary: 'Keluarkan akun dari semua perangkat (admin OPD untuk instansinya, admin BKD untuk semua)',
        params: AccountParams,
        response: { 200: SignedOutResponse, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId, accountId } = request.params;
      const p = principalOf(request);
      await requireAccess(ctx, p, 'account.sign_out', { agencyId, ids: [accountId] });
      return { signedOut: await forceSignOut(ctx, p, agencyId, accountId) };
    },
  );

  app.get(
    '/me',
    {
      config: { allowWhilePasswordChangeRequired: true },
      schema: { tags: ['auth'], summary: 'Siapa saya: jabatan, atasan, bawahan', response: { 200: Type.Ref('Me'), ...errorResponses() } },
    },
    async (request) => buildMe(ctx, request.session!),
  );
}
