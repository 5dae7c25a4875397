import { normalizeIP } from '@fastify/rate-limit';
import { normaliseNip } from '@kinerja/core';
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Config } from '../../config.js';
import { AppError } from '../../http/errors.js';

const ONE_MINUTE = 60_000;
/** Counters kept per limiter; a province has tens of thousands of accounts, and an evicted counter only forgives. */
const COUNTERS_KEPT = 100_000;

/**
 * Sign-in limits that follow the account, not the address: a whole office behind one NAT address signs
 * in at 07:30, so the per-IP limit (the route's `rateLimit`, checked before the body is read) is only a
 * high ceiling. This preHandler runs after the body is validated, so it can key on the NIP:
 * - per account and IP: one address cannot spend the account's whole allowance;
 * - per account: many addresses together cannot hammer one account.
 * The account+IP counter is checked first and the account counter is only spent when it passes, so an
 * attacker at one address leaves the owner's other addresses room to sign in.
 */
export function loginThrottle(app: FastifyInstance, config: Config): preHandlerAsyncHookHandler {
  const nipOf = (request: FastifyRequest) => normaliseNip((request.body as { nip: string }).nip);
  const perAccountIp = perMinute(app, config.loginRateLimitPerAccountIpPerMinute, (request) => `${nipOf(request)}@${normalizeIP(request.ip)}`);
  const perAccount = perMinute(app, config.loginRateLimitPerAccountPerMinute, nipOf);
  return async (request) => {
    for (const limiter of [perAccountIp, perAccount]) {
      const result = await limiter(request);
      if (!result.isAllowed && result.isExceeded) {
        const error = new AppError('RATE_LIMITED');
        error.retryAfterSeconds = Math.max(1, result.ttlInSeconds);
        throw error;
      }
    }
  };
}

function perMinute(app: FastifyInstance, max: number, keyGenerator: (request: FastifyRequest) => string) {
  // `cache` sizes the counter store; the plugin accepts it here though its types list it only for routes.
  const options = { max, timeWindow: ONE_MINUTE, keyGenerator, cache: COUNTERS_KEPT };
  return app.createRateLimit(options);
}
