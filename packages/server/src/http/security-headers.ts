import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The app's Content-Security-Policy, every directive spelled out (no helmet defaults merged in), so
 * docs/security.md and the tests can name each one.
 *
 * No 'unsafe-inline' anywhere: the built index.html has no inline script or style (the service-worker
 * registration is the file registerSW.js), and React's `style={{ width }}` on progress bars is set
 * through the CSSOM (element.style), which CSP does not govern; style *attributes* in markup and
 * <style> elements would be refused, and the browser test (e2e/csp.test.ts) would see it.
 */
export const APP_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  // blob: for the preview of a photo before upload (and photos kept offline). No data: URLs are used.
  imgSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/**
 * Swagger UI (/api/docs) adds a <style> element at run time (the browser test saw it refused under
 * style-src 'self') and shows data: icons, so its pages get their own policy, applied by
 * @fastify/swagger-ui inside its own routes only. Scripts stay 'self' there too.
 */
export const API_DOCS_CSP =
  "default-src 'self'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Powerful features: the camera and location only for this origin (the selfie check-in), the rest
 * for nobody, embedded frames included.
 */
export const PERMISSIONS_POLICY = [
  'camera=(self)',
  'geolocation=(self)',
  'microphone=()',
  'display-capture=()',
  'payment=()',
  'usb=()',
  'midi=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
].join(', ');

/** One year; no preload (that is an operator's decision for the whole domain). */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Response headers every answer carries (app shell, API, static files, errors), set in onRequest so
 * that a 404 or a refused request has them too. A route may set a stricter CSP of its own (evidence).
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP_DIRECTIVES },
    // Set below, only when the request came over HTTPS: over plain HTTP the header means nothing to a
    // browser, and a development or LAN install must not be pinned to HTTPS by accident.
    hsts: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // X-Content-Type-Options: nosniff is helmet's default and stays on (no option here).
  });
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('permissions-policy', PERMISSIONS_POLICY);
    // request.protocol follows X-Forwarded-Proto only with TRUST_PROXY, as the Secure cookie does.
    if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS);
    // API answers hold personal data: no browser or proxy keeps them (ASVS 14.3.2, 14.2.2). A route
    // whose answers may be kept says so itself (evidence files, the activity dictionary, printed PDFs).
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });
}
