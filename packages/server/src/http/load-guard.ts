/**
 * Load shedding: while the event loop lags (a CPU-bound request, a burst of them, a long
 * synchronous PGlite statement), new requests are answered 503 UNAVAILABLE with Retry-After at
 * once instead of queueing behind it until every client times out. Nothing inside the process can
 * interrupt a synchronous loop, so the rules themselves must end (core's day arithmetic is bounded);
 * this keeps one slow moment from turning into a pile-up. /health is exempt and reports the state.
 */
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

export interface LoadGuardOptions {
  /** Mean event-loop delay over one sample above which new requests are refused. */
  maxEventLoopDelayMs: number;
  /** How often the delay is sampled; the refusal lasts at least until the next sample. */
  sampleIntervalMs?: number;
}

export const RETRY_AFTER_SECONDS = 5;

export async function registerLoadGuard(app: FastifyInstance, options: LoadGuardOptions): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs,
    sampleInterval: options.sampleIntervalMs ?? 1000,
    retryAfter: RETRY_AFTER_SECONDS,
    // A rejected promise goes to our error handler, which answers in our error shape.
    pressureHandler: async (request, reply, type, value) => {
      request.log.warn({ type, value }, 'request refused: server under pressure');
      reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
      throw new AppError('UNAVAILABLE');
    },
  });
}

/** Route config that lets a request through while under pressure (the health check). */
export const passesUnderPressure = { pressureHandler: () => undefined };
