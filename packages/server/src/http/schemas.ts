import { ASSIGNMENT_ROLES, POSITION_KINDS, ROLES, SUPPORTED_DATES } from '@kinerja/core';
import { Type, type TSchema } from 'typebox';
import { boundTypeBoxDateFormats } from './formats.js';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const StringEnum = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)) as never) as unknown as TSchema & { static: T[number] };

export const Uuid = Type.String({ format: 'uuid' });
/**
 * Dates and instants are bounded to core's SUPPORTED_DATES at the schema (formatMinimum and
 * formatMaximum, from ajv-formats): a year 0000 never reaches PostgreSQL, and 9999-12-31 never
 * reaches day arithmetic that would step past the four-digit format.
 */
boundTypeBoxDateFormats();
export const IsoDate = Type.String({ format: 'date', formatMinimum: SUPPORTED_DATES.min, formatMaximum: SUPPORTED_DATES.max });
export const IsoDateTime = Type.String({
  format: 'date-time',
  formatMinimum: `${SUPPORTED_DATES.min}T00:00:00Z`,
  formatMaximum: `${SUPPORTED_DATES.max}T23:59:59.999Z`,
});
/** yyyy-mm; the `year-month` format is registered in http/formats.ts. */
export const YearMonth = Type.String({
  format: 'year-month',
  formatMinimum: SUPPORTED_DATES.min.slice(0, 7),
  formatMaximum: SUPPORTED_DATES.max.slice(0, 7),
  description: 'yyyy-mm',
});

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    }),
  },
  { $id: 'ErrorResponse' },
);

/** The error answers every authenticated route may give, for the OpenAPI document. */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {};
  for (const s of [400, 401, 403, ...statuses]) out[s] = Type.Ref('ErrorResponse');
  return out;
}

export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));
export const PositionKindSchema = Type.Union(POSITION_KINDS.map((k) => Type.Literal(k)));
export const AssignmentRoleSchema = Type.Union(ASSIGNMENT_ROLES.map((k) => Type.Literal(k)));
export const CapacitySchema = Type.Union([...ASSIGNMENT_ROLES.map((k) => Type.Literal(k)), Type.Literal('override')]);

export const PersonLinkSchema = Type.Object({
  employeeId: Uuid,
  agencyId: Uuid,
  nip: Type.String(),
  name: Type.String(),
  positionName: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  capacity: CapacitySchema,
});

export const AgencyParams = Type.Object({ agencyId: Uuid });
export const EmployeeParams = Type.Object({ agencyId: Uuid, employeeId: Uuid });
