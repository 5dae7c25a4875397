/**
 * The server's side of the API schemas. The schemas themselves live in @kinerja/core/api (one file
 * per area, shared with the web as types); here: the bounded date formats TypeBox's compiler needs
 * before any schema is compiled, the error answers for the OpenAPI document, and the app type whose
 * routes read typed params, query and body from those schemas.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { boundTypeBoxDateFormats } from './formats.js';

/**
 * Dates and instants are bounded to core's SUPPORTED_DATES at the schema (formatMinimum and
 * formatMaximum, from ajv-formats, for Ajv); TypeBox's compiler ignores those, so its 'date' and
 * 'date-time' formats carry the bound themselves, set here before any route or sync item compiles.
 */
boundTypeBoxDateFormats();

/** The error answers every authenticated route may give, for the OpenAPI document. */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {};
  for (const s of [400, 401, 403, ...statuses]) out[s] = Type.Ref('ErrorResponse');
  return out;
}

/** The app as routes see it: request.params, query and body typed from the route's TypeBox schemas. */
export type ApiApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;
