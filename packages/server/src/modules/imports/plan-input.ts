import type { Existing } from './existing.js';
import type { SheetName } from './types.js';
import type { Validated } from './validate.js';

// What the import planners (plan.ts for units and positions, plan-employees.ts for people) share:
// their input, the id map they fill in turn and the running totals; apart so neither imports the other's file.

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary extends Counts {
  sheets: Partial<Record<SheetName, Counts>>;
  agenciesCreated: string[];
  accounts: { created: number; relinked: number; adminRoleRevoked: string[] };
  /** New definitive posts (first post or a change of post). */
  positionChanges: number;
  /** Employees moved here from another agency. */
  transfers: number;
}

export interface PlanInput {
  validated: Validated;
  existing: Existing;
  now: Date;
  newId: () => string;
  /** Time zone for agencies the file creates (the importing admin's own). */
  newAgencyTimeZone?: string | undefined;
}

/** Ids by natural key, for rows stored and rows about to be inserted alike. */
export class IdMap {
  private readonly ids = new Map<string, string>();
  constructor(private readonly fallback: (agencyCode: string, code: string) => string | undefined) {}
  set(agencyCode: string, code: string, id: string): void {
    this.ids.set(`${agencyCode}\u0000${code}`, id);
  }
  get(agencyCode: string, code: string): string {
    const id = this.ids.get(`${agencyCode}\u0000${code}`) ?? this.fallback(agencyCode, code);
    // Validation guarantees every reference resolves; reaching this is a bug, not bad input.
    if (!id) throw new Error(`unresolved reference ${agencyCode}/${code}`);
    return id;
  }
}
