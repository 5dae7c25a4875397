/**
 * Pieces every area's API schemas share. The date formats are bounded to SUPPORTED_DATES here, in
 * the schema, so both validators the server runs (Ajv for each route, TypeBox's compiler for each
 * pushed sync item) refuse a year 0000 or 9999-12-31 before it reaches PostgreSQL or day arithmetic.
 * The server registers the `year-month` format and the bounded TypeBox formats (http/formats.ts).
 */
import { Type, type Static, type TLiteral, type TSchema, type TUnion } from 'typebox';
import { ROLES } from '../auth/roles.js';
import { SUPPORTED_DATES } from '../calendar/days.js';
import { ASSIGNMENT_ROLES, POSITION_KINDS } from '../org/positions.js';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/**
 * A union of string literals (`anyOf` of consts), typed as those strings. The cast is type-only:
 * TypeBox types a union by its tuple of members, and a mapped list is no tuple (it would read never).
 */
export const Literals = <const T extends string>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v))) as unknown as TUnion<[TLiteral<T>]>;

/** An object of any keys on the wire, typed as T in code (the document says only "object"). */
export const OpenObject = <T extends object = Record<string, unknown>>() => Type.Unsafe<T>(Type.Object({}, { additionalProperties: true }));

export const Uuid = Type.String({ format: 'uuid' });
export const IsoDate = Type.String({ format: 'date', formatMinimum: SUPPORTED_DATES.min, formatMaximum: SUPPORTED_DATES.max });
export const IsoDateTime = Type.String({
  format: 'date-time',
  formatMinimum: `${SUPPORTED_DATES.min}T00:00:00Z`,
  formatMaximum: `${SUPPORTED_DATES.max}T23:59:59.999Z`,
});
/** yyyy-mm; the server registers the `year-month` format with Ajv. */
export const YearMonth = Type.String({
  format: 'year-month',
  formatMinimum: SUPPORTED_DATES.min.slice(0, 7),
  formatMaximum: SUPPORTED_DATES.max.slice(0, 7),
  description: 'yyyy-mm',
});
/** A file's bytes (an XLSX download): a Buffer in code, "string, binary" in the document. */
export const Binary = Type.Unsafe<Uint8Array | string>(Type.String({ format: 'binary' }));
export const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });

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
export type ErrorAnswer = Static<typeof ErrorResponse>;

export const RoleSchema = Literals(ROLES);
export const PositionKindSchema = Literals(POSITION_KINDS);
export const AssignmentRoleSchema = Literals(ASSIGNMENT_ROLES);
export const CapacitySchema = Literals([...ASSIGNMENT_ROLES, 'override']);
export type Capacity = Static<typeof CapacitySchema>;
export const EmployeeKindSchema = Type.Union([Type.Literal('pns'), Type.Literal('pppk')]);
export type EmployeeKind = Static<typeof EmployeeKindSchema>;

export const PersonLinkSchema = Type.Object({
  employeeId: Uuid,
  agencyId: Uuid,
  nip: Type.String(),
  name: Type.String(),
  positionName: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  capacity: CapacitySchema,
});
export type PersonLink = Static<typeof PersonLinkSchema>;

export const AgencyParams = Type.Object({ agencyId: Uuid });
export const EmployeeParams = Type.Object({ agencyId: Uuid, employeeId: Uuid });
