import { Checker, type Actor } from './checker.js';
import type { Existing } from './existing.js';
import { checkEmployees, type EmployeeRecord } from './rules-employees.js';
import { checkPositions, type PositionRecord } from './rules-positions.js';
import { checkUnits, collectNewAgencies, type UnitRecord } from './rules-units.js';
import { SHEET_NAMES, type ParsedFile, type Problem } from './types.js';

export type { Actor } from './checker.js';
export type { EmployeeRecord } from './rules-employees.js';
export type { PositionRecord } from './rules-positions.js';
export type { UnitRecord } from './rules-units.js';

export interface ValidateInput {
  sheets: ParsedFile['sheets'];
  actor: Actor;
  existing: Existing;
  now: Date;
}

export interface Validated {
  problems: Problem[];
  newAgencies: { code: string; name: string; row: number }[];
  units: UnitRecord[];
  positions: PositionRecord[];
  employees: EmployeeRecord[];
}

const SHEET_ORDER = new Map<string, number>([['Berkas', -1], ...SHEET_NAMES.map((s, i) => [s, i] as [string, number])]);

/** Problems in the order a person fixes them: by sheet, then row; columns keep the order found. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => SHEET_ORDER.get(a.p.sheet)! - SHEET_ORDER.get(b.p.sheet)! || a.p.row - b.p.row || a.i - b.i)
    .map((x) => x.p);
}

/**
 * Checks a parsed file against itself and the database, sheet by sheet in order of dependency.
 * Pure: everything it knows about the database is in `existing`. The records it returns are only
 * meaningful when there are no problems, which is the only case in which they are written.
 */
export function validateImport(input: ValidateInput): Validated {
  const c = new Checker(input.actor, input.existing, input.now);
  const { sheets } = input;
  collectNewAgencies(c, sheets.Unit);
  const units = checkUnits(c, sheets.Unit);
  const positions = checkPositions(c, sheets.Jabatan, units.fileUnits);
  const employees = checkEmployees(c, sheets.Pegawai, positions.filePositions);
  return {
    problems: sortProblems(c.problems),
    newAgencies: [...c.newAgencies.values()],
    units: units.records,
    positions: positions.records,
    employees,
  };
}
