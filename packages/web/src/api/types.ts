/**
 * Response types of the API, derived from its schemas in @kinerja/core/api (the server validates
 * and documents with the same schemas). Types only: TypeBox stays out of the web bundle.
 */
import type { PositionKind, Role } from '@kinerja/core';

export type { PositionKind, Role };
export type {
  AgencySummary,
  Capacity,
  EmployeeDetail,
  EmployeeKind,
  EmployeeRow,
  ImportJob,
  ImportProblem,
  LoginAnswer,
  Me,
  PersonLink,
  UnitRow,
} from '@kinerja/core/api';
