/** Response types of the API, as written in docs/api.md. */
import type { PositionKind, Role } from '@kinerja/core';

export type { PositionKind, Role };
export type Capacity = 'definitive' | 'plt' | 'plh' | 'override';
export type EmployeeKind = 'pns' | 'pppk';

export interface PersonLink {
  employeeId: string;
  agencyId: string;
  nip: string;
  name: string;
  positionName: string | null;
  unitName: string | null;
  capacity: Capacity;
}

export interface Me {
  account: {
    id: string;
    nip: string;
    role: Role;
    agencyId: string | null;
    mustChangePassword: boolean;
    /** The name to greet: the employee's, or the account's own when it has no employee record (the auditor). Absent in a Me remembered by an older app. */
    displayName?: string | null;
  };
  csrfToken: string;
  agency: { id: string; code: string; name: string } | null;
  employee: {
    id: string;
    nip: string;
    name: string;
    displayName: string;
    kind: EmployeeKind;
    sex: 'L' | 'P';
    birthDate: string;
    rankCode: string | null;
    rankName: string | null;
  } | null;
  position: {
    id: string;
    name: string;
    kind: PositionKind;
    kindLabel: string;
    jfLevel: string | null;
    kelasJabatan: number;
    isUnitHead: boolean;
    unit: { id: string; name: string };
    since: string;
  } | null;
  acting: { role: 'plt' | 'plh'; positionName: string; unitName: string; startsOn: string; endsOn: string | null }[];
  /** Pejabat penilai. */
  supervisor: PersonLink | null;
  /** Atasan pejabat penilai. */
  appraiser: PersonLink | null;
  subordinates: PersonLink[];
}

export interface LoginAnswer {
  csrfToken: string;
  me: Me;
}

export interface AgencySummary {
  id: string;
  code: string;
  name: string;
  unitCount: number;
  employeeCount: number;
}

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  headName: string | null;
  employeeCount: number;
}

export interface EmployeeRow {
  id: string;
  nip: string;
  name: string;
  kind: EmployeeKind;
  rankCode: string | null;
  positionName: string | null;
  positionKind: PositionKind | null;
  kelasJabatan: number | null;
  unitName: string | null;
  active: boolean;
}

export interface EmployeeDetail extends EmployeeRow {
  agencyId: string;
  supervisor: PersonLink | null;
  appraiser: PersonLink | null;
  supervisorOverrideId: string | null;
  positionHistory: {
    positionName: string;
    unitName: string;
    role: 'definitive' | 'plt' | 'plh';
    startsOn: string;
    endsOn: string | null;
  }[];
}

export interface ImportProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface ImportJob {
  id: string;
  fileName: string;
  dryRun: boolean;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  totalRows: number;
  processedRows: number;
  problems: ImportProblem[];
  summary: { created?: number; updated?: number; unchanged?: number; [k: string]: unknown };
}

export interface Page<T> {
  items: T[];
  total: number;
}
