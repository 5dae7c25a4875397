import { ASSIGNMENT_ROLES, POSITION_KINDS, ROLES } from '@kinerja/core';
import { Type, type TSchema } from 'typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const StringEnum = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)) as never) as unknown as TSchema & { static: T[number] };

export const Uuid = Type.String({ format: 'uuid' });
export const IsoDate = Type.String({ format: 'date' });

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
