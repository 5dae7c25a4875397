import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';

/**
 * A route validator that takes values as sent, for bodies where a number must be a number. Fastify's
 * Ajv coerces types for every route (query strings need it: `?limit=50` arrives as text), and for a
 * JSON body that turned `"60"` into 60 and, through a nullable field, `0` into null. TypeBox's compiled
 * check (the one the sync push uses for its items) never coerces; its errors have Ajv's shape, so the
 * usual field-by-field Indonesian messages follow.
 */
export const strictValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema }) => {
  const compiled = Compile(schema);
  const validate = (data: unknown): boolean => {
    if (compiled.Check(data)) return true;
    validate.errors = [...compiled.Errors(data)] as FastifySchemaValidationError[];
    return false;
  };
  validate.errors = [] as FastifySchemaValidationError[];
  return validate;
};
