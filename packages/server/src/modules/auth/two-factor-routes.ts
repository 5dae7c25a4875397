import {
  RecoveryCodesResponse,
  ReauthBody,
  SignedInResponse,
  TwoFactorCodeBody,
  TwoFactorEnrolBody,
  TwoFactorEnrolmentResponse,
  TwoFactorStatusResponse,
} from '@kinerja/core/api';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { buildMe } from '../org/index.js';
import { loadSession, SESSION_COOKIE } from './sessions.js';
import { confirmEnrolment, disableTwoFactor, regenerateRecoveryCodes, startEnrolment, twoFactorStatus, verifySecondFactor, type NewSession } from './two-factor.js';

const BOTH_STEPS = ['verify', 'enrol'] as const;

/** Codes are limited per account like passwords (on top of the lock after wrong ones): many addresses together get no more. */
function perAccountLimit(app: ApiApp, max: number): preHandlerAsyncHookHandler {
  const limiter = app.createRateLimit({ max, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => `2fa:${request.session?.accountId ?? request.ip}` });
  return async (request) => {
    const result = await limiter(request);
    if (!result.isAllowed && result.isExceeded) {
      const error = new AppError('RATE_LIMITED');
      error.retryAfterSeconds = Math.max(1, result.ttlInSeconds);
      throw error;
    }
  };
}

export async function twoFactorRoutes(app: ApiApp, ctx: AppContext, setSessionCookie: (request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date) => void): Promise<void> {
  const meta = (request: FastifyRequest) => {
    const ua = request.headers['user-agent'];
    return { ip: request.ip, ...(ua ? { userAgent: ua } : {}) };
  };
  /** After a completed sign-in: the new session's cookie, its CSRF token and who signed in. */
  const signedIn = async (request: FastifyRequest, reply: FastifyReply, fresh: NewSession) => {
    setSessionCookie(request, reply, fresh.token, fresh.expiresAt);
    const session = await loadSession(ctx.db, fresh.token, ctx.now(), ctx.config);
    if (!session) throw new AppError('INTERNAL');
    return { csrfToken: fresh.csrfToken, me: await buildMe(ctx, session) };
  };
  const codeLimit = perAccountLimit(app, ctx.config.loginRateLimitPerAccountPerMinute);

  app.get(
    '/auth/two-factor',
    {
      config: { allowWhilePasswordChangeRequired: true, allowInSecondFactorStep: BOTH_STEPS },
      schema: { tags: ['auth'], summary: 'Status verifikasi dua langkah akun saya (juga di tengah langkah masuk)', response: { 200: TwoFactorStatusResponse, ...errorResponses() } },
    },
    async (request) => twoFactorStatus(ctx, request.session!),
  );

  app.post(
    '/auth/two-factor/verify',
    {
      config: { allowWhilePasswordChangeRequired: true, allowInSecondFactorStep: ['verify'] },
      preHandler: codeLimit,
      schema: {
        tags: ['auth'],
        summary: 'Langkah kedua masuk: kode dari aplikasi autentikator atau kode pemulihan',
        body: TwoFactorCodeBody,
        response: { 200: SignedInResponse, ...errorResponses(409, 423, 429) },
      },
    },
    async (request, reply) => {
      if (request.session!.secondFactor !== 'verify') throw new AppError('CONFLICT', 'Sesi ini tidak sedang menunggu kode verifikasi.');
      return signedIn(request, reply, await verifySecondFactor(ctx, request.session!, request.body.code, meta(request)));
    },
  );

  app.post(
    '/auth/two-factor/enrolment',
    {
      config: { allowWhilePasswordChangeRequired: true, allowInSecondFactorStep: ['enrol'], rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Mulai mendaftarkan aplikasi autentikator: kunci rahasia dan kode QR (dengan kata sandi, kecuali tepat setelah langkah kata sandi)',
        body: TwoFactorEnrolBody,
        response: { 200: TwoFactorEnrolmentResponse, ...errorResponses(409) },
      },
    },
    async (request) => startEnrolment(ctx, request.session!, request.body.password),
  );

  app.post(
    '/auth/two-factor/enrolment/confirm',
    {
      config: { allowWhilePasswordChangeRequired: true, allowInSecondFactorStep: ['enrol'] },
      preHandler: codeLimit,
      schema: {
        tags: ['auth'],
        summary: 'Konfirmasi pendaftaran dengan kode pertama; menjawab 10 kode pemulihan (ditampilkan sekali)',
        body: TwoFactorCodeBody,
        response: { 200: RecoveryCodesResponse, ...errorResponses(409, 429) },
      },
    },
    async (request, reply) => {
      const result = await confirmEnrolment(ctx, request.session!, request.body.code, meta(request));
      if (!result.session) return { recoveryCodes: result.recoveryCodes };
      return { recoveryCodes: result.recoveryCodes, ...(await signedIn(request, reply, result.session)) };
    },
  );

  app.post(
    '/auth/two-factor/recovery-codes',
    {
      config: { allowWhilePasswordChangeRequired: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Buat 10 kode pemulihan baru (yang lama tidak berlaku lagi), dengan kata sandi',
        body: ReauthBody,
        response: { 200: RecoveryCodesResponse, ...errorResponses(409) },
      },
    },
    async (request) => ({ recoveryCodes: await regenerateRecoveryCodes(ctx, request.session!, request.body.password) }),
  );

  app.post(
    '/auth/two-factor/disable',
    {
      config: { allowWhilePasswordChangeRequired: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Matikan verifikasi dua langkah, dengan kata sandi (tidak untuk peran yang wajib memakainya)',
        body: ReauthBody,
        response: { 204: Type.Null(), ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      await disableTwoFactor(ctx, request.session!, request.body.password);
      return reply.status(204).send(null);
    },
  );
}
