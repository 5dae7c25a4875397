import { localDateOf, type Role } from '@kinerja/core';
import type { Existing, ExistingAgency } from './existing.js';
import { code, type Field } from './fields.js';
import type { Problem, Sheet, SheetName, SheetRow } from './types.js';

/** Who imports: an agency admin may only touch their own agency (by its code). */
export interface Actor {
  role: Role;
  agencyCode: string | null;
}

/** The database default for agencies.time_zone; used for agencies the file creates. */
export const DEFAULT_TIME_ZONE = 'Asia/Pontianak';

/** "Today" in the agency's own time zone: TMT defaults and the day a post ends depend on it. */
export function todayForAgency(existing: Existing, agencyCode: string, now: Date): string {
  return localDateOf(now, existing.agencyByCode.get(agencyCode)?.time_zone ?? DEFAULT_TIME_ZONE);
}

/** Collects problems for one import and answers the questions every sheet asks (agency, today). */
export class Checker {
  readonly problems: Problem[] = [];
  /** Agencies the Unit sheet creates: code -> name and the row that named it. */
  readonly newAgencies = new Map<string, { code: string; name: string; row: number }>();

  constructor(
    readonly actor: Actor,
    readonly existing: Existing,
    readonly now: Date,
  ) {}

  add(sheet: SheetName, row: number, column: string, message: string): void {
    this.problems.push({ sheet, row, column, message });
  }

  row(sheet: Sheet, r: SheetRow): RowChecker {
    return new RowChecker(this, sheet, r);
  }

  agency(code: string): ExistingAgency | undefined {
    return this.existing.agencyByCode.get(code);
  }

  /** Existing agency or one this file creates. */
  knowsAgency(code: string): boolean {
    return this.existing.agencyByCode.has(code) || this.newAgencies.has(code);
  }

  todayOf(agencyCode: string): string {
    return todayForAgency(this.existing, agencyCode, this.now);
  }
}

/** Reads one row's cells through field rules, remembering whether any of them failed. */
export class RowChecker {
  failed = false;

  constructor(
    private readonly c: Checker,
    private readonly sheet: Sheet,
    readonly r: SheetRow,
  ) {}

  has(column: string): boolean {
    return this.sheet.columns.has(column);
  }

  value(column: string): string {
    return this.r.values[column] ?? '';
  }

  problem(column: string, message: string): void {
    this.failed = true;
    this.c.add(this.sheet.kind, this.r.row, column, message);
  }

  /** A required column's meaning; undefined when wrong (and reported). */
  get<T>(column: string, rule: (v: string) => Field<T>): T | undefined {
    if (this.r.reported.has(column)) {
      this.failed = true;
      return undefined;
    }
    const f = rule(this.value(column));
    if (f.ok) return f.value;
    this.problem(column, f.message);
    return undefined;
  }

  /** An optional column: `absent` when the header lacks it, so stored values are left as they are. */
  optional<T>(column: string, rule: (v: string) => Field<T>): T | undefined | typeof ABSENT {
    if (!this.has(column)) return ABSENT;
    return this.get(column, rule);
  }

  /** kode_opd: known, and within the actor's reach. */
  agency(): string | undefined {
    const v = this.get('kode_opd', (s) => code('Kode OPD', s));
    if (v === undefined) return undefined;
    const { actor } = this.c;
    if (actor.role !== 'bkd_admin' && v !== actor.agencyCode) {
      this.problem('kode_opd', `Anda hanya boleh mengimpor data OPD Anda (${actor.agencyCode ?? '-'}).`);
      return undefined;
    }
    if (!this.c.knowsAgency(v)) {
      this.problem(
        'kode_opd',
        this.sheet.kind === 'Unit'
          ? `OPD '${v}' belum ada; isi nama_opd untuk membuat OPD baru.`
          : `Kode OPD '${v}' tidak ada di berkas maupun di basis data.`,
      );
      return undefined;
    }
    return v;
  }
}

/** Marks an optional column the file does not have. */
export const ABSENT = Symbol('absent');
export type Absent = typeof ABSENT;

/** "NIP 1985… muncul dua kali (baris 4 dan 9)." — tracks first occurrences of a key. */
export class FirstSeen {
  private readonly rows = new Map<string, number>();
  /** The earlier row with this key, or undefined when this is the first. */
  check(key: string, row: number): number | undefined {
    const prev = this.rows.get(key);
    if (prev === undefined) this.rows.set(key, row);
    return prev;
  }
}
