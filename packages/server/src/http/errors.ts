import { ERRORS, type ApiErrorBody, type ErrorCode } from '@kinerja/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import { translateValidation } from './validation-messages.js';

/** An error the client can act on: a stable code, a status and a message in Bahasa Indonesia. */
export class AppError extends Error {
  readonly status: number;
  /** Sent as Retry-After: when a refusal ends (a rate limit, an account lock). */
  retryAfterSeconds?: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: { field: string; message: string }[],
  ) {
    super(message ?? ERRORS[code].message);
    this.status = ERRORS[code].status;
  }
}

export function errorBody(code: ErrorCode, message?: string, details?: { field: string; message: string }[]): ApiErrorBody {
  return { error: { code, message: message ?? ERRORS[code].message, ...(details?.length ? { details } : {}) } };
}

/** Maps Fastify's own error codes to ours, so framework-level rejections read like ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FIELDS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
};

const FASTIFY_MESSAGES: Partial<Record<string, string>> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Isi permintaan kosong padahal harus berupa JSON.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'Isi permintaan bukan JSON yang valid.',
};

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 405) return 'METHOD_NOT_ALLOWED';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'UNAVAILABLE';
  return 'BAD_REQUEST';
}

export interface ErrorHandlingOptions {
  /** Unknown non-API GETs get the PWA's index.html, so client-side routes survive a reload. */
  spaFallback?: boolean;
}

export function registerErrorHandling(app: FastifyInstance, options: ErrorHandlingOptions = {}): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined) void reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.status(error.status).send(errorBody(error.code, error.message, error.details));
    }
    if (error.validation) {
      const details = translateValidation(error.validation, error.validationContext);
      return reply.status(400).send(errorBody('VALIDATION', undefined, details));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code: ErrorCode = (error.code ? FASTIFY_CODES[error.code] : undefined) ?? codeForStatus(status);
      const message = (error.code && FASTIFY_MESSAGES[error.code]) ?? undefined;
      return reply.status(ERRORS[code].status === status ? status : ERRORS[code].status).send(errorBody(code, message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL'));
  });

  app.setNotFoundHandler((request, reply) => {
    if (options.spaFallback && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send(errorBody('ROUTE_NOT_FOUND'));
  });
}
