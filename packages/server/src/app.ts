import { existsSync } from 'node:fs';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ErrorResponse } from '@kinerja/core/api';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { AppContext } from './context.js';
import { errorBody, registerErrorHandling } from './http/errors.js';
import { addYearMonthFormat } from './http/formats.js';
import { registerLoadGuard, type LoadGuardOptions } from './http/load-guard.js';
import { registerWriteLimit } from './http/write-limit.js';
import { registerNulGuard } from './http/nul-guard.js';
import { API_DOCS_CSP, registerSecurityHeaders } from './http/security-headers.js';
import { registerTextCleaning } from './http/text-cleaning.js';
import { withLogFormat } from './logging/format.js';
import { OneLinePerRequest } from './logging/request-log.js';
import { authRoutes } from './modules/auth/routes.js';
import { registerAuthentication } from './modules/auth/plugin.js';
import { evidenceRoutes } from './modules/evidence/routes.js';
import { resumableUploadRoutes } from './modules/evidence/uploads.js';
import { healthRoutes } from './modules/health/routes.js';
import { importRoutes } from './modules/imports/routes.js';
import { attendanceRoutes, iclockRoutes } from './modules/attendance/index.js';
import { activityRoutes } from './modules/journal/activity-routes.js';
import { journalAdminRoutes } from './modules/journal/admin-routes.js';
import { dictionaryRoutes } from './modules/journal/dictionary-routes.js';
import { journalRoutes } from './modules/journal/routes.js';
import { setRoutes } from './modules/journal/set-routes.js';
import { syncRoutes } from './modules/sync/routes.js';
import { orgRoutes } from './modules/org/routes.js';
import { skpRoutes } from './modules/skp/index.js';
import { evaluationRoutes } from './modules/evaluation/index.js';
import { tppRoutes } from './modules/tpp/index.js';
import { tppFinanceRoutes } from './modules/tpp-finance/index.js';
import { dataReadRoutes } from './modules/data-reads/index.js';
import { myDataRoutes } from './modules/my-data/index.js';
import { retentionRoutes } from './modules/retention/index.js';
import { skpPrintRoutes } from './modules/skp-print/index.js';
import { validationReportRoutes } from './modules/validation/report-routes.js';
import { validationRoutes } from './modules/validation/routes.js';
import { lazySerializers } from './http/lazy-serializers.js';

export interface BuildOptions {
  logger?: boolean | { level: string };
  /**
   * Load shedding (http/load-guard.ts), for a server that listens (runtime.ts). Left off for
   * in-process use: a test or bench driving app.inject back to back holds the loop by design and
   * would be refused.
   */
  loadGuard?: LoadGuardOptions;
  /** Build every response serializer at registration (http/lazy-serializers.ts); a test proves they all compile. */
  eagerSerializers?: boolean;
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json(?:;|$)/;

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: withLogFormat(options.logger ?? false, ctx.config.logFormat),
    logController: new OneLinePerRequest(),
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
    // A client that trickles a request (or never finishes it) loses the socket after this.
    requestTimeout: ctx.config.requestTimeoutMs,
    schemaController: { compilersFactory: { buildSerializer: lazySerializers(options.eagerSerializers) } },
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false }, plugins: [(ajv) => (addYearMonthFormat(ajv), ajv)] },
    // Errors Fastify raises before routing (an over-long or malformed URL) get our shape too.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void (reply as FastifyReply).code(tooLong ? 414 : 400).send(errorBody(tooLong ? 'URI_TOO_LONG' : 'BAD_REQUEST'));
    },
  });

  const webDist = ctx.config.webDistDir ?? new URL('../../web/dist/', import.meta.url).pathname;
  const serveWebApp = existsSync(webDist);
  registerErrorHandling(app, { spaFallback: serveWebApp });
  app.addSchema(ErrorResponse);
  registerNulGuard(app);
  // Before every other onRequest hook, so that a request refused early carries the headers too.
  await registerSecurityHeaders(app);
  // First of the other onRequest hooks: a refused request costs no session lookup.
  if (options.loadGuard) await registerLoadGuard(app, options.loadGuard);
  registerTextCleaning(app);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => Object.assign(new Error('rate limited'), { statusCode: 429 }),
  });
  registerWriteLimit(app, ctx.config.writeRateLimitPerAccountPerMinute);
  await app.register(multipart, { limits: { fileSize: ctx.config.importMaxBytes, files: 1, fields: 10, parts: 12 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kinerja API',
        version: '1',
        description: 'API Kinerja: organisasi, pegawai, masuk/keluar. Semua pesan galat berbahasa Indonesia.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kinerja_session' } } },
      security: [{ session: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  // Its own, looser CSP on its own routes only (http/security-headers.ts); no validator badge from swagger.io.
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', validatorUrl: null }, staticCSP: API_DOCS_CSP });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  registerAuthentication(app, ctx);

  await app.register(
    async (plain) => {
      // Routes read params, query and body typed from their TypeBox schemas (no casts).
      const api = plain.withTypeProvider<TypeBoxTypeProvider>();
      // JSON answers only, inside the API: the web build's static files come pre-compressed, and
      // evidence downloads (JPEG, PDF) gain nothing. Requests are not decompressed (no zip bombs).
      await api.register(compress, { global: true, globalDecompression: false, encodings: ['br', 'gzip'], customTypes: JSON_TYPE });
      await healthRoutes(api, ctx);
      await authRoutes(api, ctx);
      await orgRoutes(api, ctx);
      await importRoutes(api, ctx);
      await journalRoutes(api, ctx);
      await activityRoutes(api, ctx);
      await setRoutes(api, ctx);
      await journalAdminRoutes(api, ctx);
      await dictionaryRoutes(api, ctx);
      await evidenceRoutes(api, ctx);
      await resumableUploadRoutes(api, ctx);
      await syncRoutes(api, ctx);
      await validationRoutes(api, ctx);
      await validationReportRoutes(api, ctx);
      await skpRoutes(api, ctx);
      await evaluationRoutes(api, ctx);
      await dataReadRoutes(api, ctx);
      await myDataRoutes(api, ctx);
      await retentionRoutes(api, ctx);
      await skpPrintRoutes(api, ctx);
      await attendanceRoutes(api, ctx);
      await tppRoutes(api, ctx);
      await tppFinanceRoutes(api, ctx);
    },
    { prefix: '/api/v1' },
  );
  // The attendance machines' plain-text protocol, outside /api/v1 and its session cookie.
  await iclockRoutes(app, ctx);

  // The built PWA, when present (npm start builds it); the error handler serves its index.html for client routes.
  // preCompressed: the web build writes .br/.gz copies (packages/web/scripts/compress.mjs).
  if (serveWebApp) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'], preCompressed: true });
  return app;
}
