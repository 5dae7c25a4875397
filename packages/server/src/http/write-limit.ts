/**
 * A ceiling on the changes one signed-in account makes per minute, so that a stolen session or a
 * runaway script cannot flood the journal, the audit trail or the disk for everyone else. It is
 * high enough that a phone coming back after a week offline (pushes of 50 items, one request per
 * photo chunk) stays far below it. Routes with their own limit (sign-in) and public routes (no
 * account to count) keep what they have.
 *
 * One counter per account across all write routes: a route's own `config.rateLimit` in
 * @fastify/rate-limit counts per route, so this uses the plugin's `createRateLimit` (its shared
 * store) from a route-level hook, which Fastify runs after the authentication hook.
 */
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler, RouteOptions } from 'fastify';
import { AppError } from './errors.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isWrite(route: RouteOptions): boolean {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return methods.some((m) => WRITE_METHODS.has(m.toUpperCase()));
}

/** The account (from the session the authentication hook loaded); the address only if none. */
function accountKey(request: FastifyRequest): string {
  return request.session ? `write:${request.session.accountId}` : `write-ip:${request.ip}`;
}

/** Call after @fastify/rate-limit is registered and before the routes are. */
export function registerWriteLimit(app: FastifyInstance, perAccountPerMinute: number): void {
  const limiter = app.createRateLimit({ max: perAccountPerMinute, timeWindow: 60_000, keyGenerator: accountKey });
  const check: onRequestAsyncHookHandler = async (request) => {
    const r = await limiter(request);
    if (!r.isAllowed && r.isExceeded) {
      const refused = new AppError('RATE_LIMITED');
      refused.retryAfterSeconds = Math.max(1, r.ttlInSeconds);
      throw refused;
    }
  };
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/') || !isWrite(route)) return;
    const config = (route.config ?? {}) as { public?: boolean; rateLimit?: unknown };
    if (config.public || config.rateLimit !== undefined) return;
    const own = route.onRequest ? [route.onRequest].flat() : [];
    route.onRequest = [...own, check];
  });
}
