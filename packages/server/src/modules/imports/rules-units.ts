import { ABSENT, FirstSeen, type Absent, type Checker } from './checker.js';
import type { ExistingUnit } from './existing.js';
import * as F from './fields.js';
import type { Sheet } from './types.js';

export interface UnitRecord {
  row: number;
  agencyCode: string;
  code: string;
  name: string;
  /** null: a top unit; ABSENT: the file has no kode_unit_induk column, keep what is stored. */
  parentCode: string | null | Absent;
  existing: ExistingUnit | undefined;
}

/** Unit codes per agency code, named by the file (even on rows with other problems). */
export type FileCodes = Map<string, Set<string>>;

/**
 * New agencies come from Unit rows whose kode_opd is unknown and which carry nama_opd; only a BKD
 * admin may create them (for anyone else the row is outside their agency and reported as such).
 */
export function collectNewAgencies(c: Checker, sheet: Sheet | undefined): void {
  if (!sheet || c.actor.role !== 'bkd_admin') return;
  for (const r of sheet.rows) {
    const agencyCode = r.values.kode_opd ?? '';
    const name = (r.values.nama_opd ?? '').replace(/\s+/g, ' ');
    if (!agencyCode || !name || !F.code('Kode OPD', agencyCode).ok || c.agency(agencyCode)) continue;
    if (name.length > 200) {
      c.add('Unit', r.row, 'nama_opd', 'Nama OPD terlalu panjang (maks. 200 karakter).');
      continue;
    }
    const prev = c.newAgencies.get(agencyCode);
    if (!prev) c.newAgencies.set(agencyCode, { code: agencyCode, name, row: r.row });
    else if (prev.name !== name) {
      c.add('Unit', r.row, 'nama_opd', `Nama OPD untuk kode '${agencyCode}' berbeda dengan baris ${prev.row} ('${prev.name}').`);
    }
  }
}

export function unitKnown(c: Checker, fileUnits: FileCodes, agencyCode: string, unitCode: string): boolean {
  if (fileUnits.get(agencyCode)?.has(unitCode)) return true;
  const agency = c.agency(agencyCode);
  const u = agency ? c.existing.units.get(agency.id)?.get(unitCode) : undefined;
  return !!u?.active;
}

export function checkUnits(c: Checker, sheet: Sheet | undefined): { records: UnitRecord[]; fileUnits: FileCodes } {
  const records: UnitRecord[] = [];
  const fileUnits: FileCodes = new Map();
  if (!sheet) return { records, fileUnits };
  const seen = new FirstSeen();
  const pending: { rc: ReturnType<Checker['row']>; rec: UnitRecord }[] = [];

  for (const r of sheet.rows) {
    const rc = c.row(sheet, r);
    const agencyCode = rc.agency();
    const unitCode = rc.get('kode_unit', (v) => F.code('Kode unit', v));
    const name = rc.get('nama_unit', (v) => F.requiredText('Nama unit', v));
    const parentCode = rc.optional('kode_unit_induk', F.emptyOr((v) => F.code('Kode unit induk', v)));
    if (agencyCode === undefined || unitCode === undefined) continue;
    const earlier = seen.check(`${agencyCode}\u0000${unitCode}`, r.row);
    if (earlier !== undefined) {
      rc.problem('kode_unit', `Kode unit '${unitCode}' muncul dua kali (baris ${earlier} dan ${r.row}).`);
      continue;
    }
    if (!fileUnits.has(agencyCode)) fileUnits.set(agencyCode, new Set());
    fileUnits.get(agencyCode)!.add(unitCode);
    if (parentCode === unitCode) rc.problem('kode_unit_induk', 'Unit tidak boleh menjadi induk dirinya sendiri.');
    if (name === undefined || parentCode === undefined) continue;
    const agency = c.agency(agencyCode);
    const existing = agency ? c.existing.units.get(agency.id)?.get(unitCode) : undefined;
    pending.push({ rc, rec: { row: r.row, agencyCode, code: unitCode, name, parentCode, existing } });
  }

  // Parents may be later in the file, so references are checked once every code is known.
  for (const { rc, rec } of pending) {
    if (typeof rec.parentCode === 'string' && rec.parentCode !== rec.code && !unitKnown(c, fileUnits, rec.agencyCode, rec.parentCode)) {
      rc.problem('kode_unit_induk', `Kode unit induk '${rec.parentCode}' tidak ada di berkas maupun di basis data.`);
    }
  }
  const valid = pending.filter((p) => !p.rc.failed).map((p) => p.rec);
  reportCycles(c, valid);
  const cyclic = new Set(c.problems.filter((p) => p.sheet === 'Unit').map((p) => p.row));
  records.push(...valid.filter((u) => !cyclic.has(u.row)));
  return { records, fileUnits };
}

/** The tree as it would be after the import (stored units, overridden by the file), walked for loops. */
function reportCycles(c: Checker, units: UnitRecord[]): void {
  const byAgency = new Map<string, UnitRecord[]>();
  for (const u of units) byAgency.set(u.agencyCode, [...(byAgency.get(u.agencyCode) ?? []), u]);
  for (const [agencyCode, fileUnits] of byAgency) {
    const parent = new Map<string, string | null>();
    const agency = c.agency(agencyCode);
    for (const u of agency ? (c.existing.units.get(agency.id)?.values() ?? []) : []) {
      parent.set(u.code, u.parent_id ? (c.existing.unitById.get(u.parent_id)?.code ?? null) : null);
    }
    const rowOf = new Map<string, number>();
    for (const u of fileUnits) {
      rowOf.set(u.code, u.row);
      if (u.parentCode !== ABSENT) parent.set(u.code, u.parentCode);
      else if (!parent.has(u.code)) parent.set(u.code, null);
    }
    const settled = new Set<string>();
    for (const start of fileUnits) {
      const path: string[] = [];
      const onPath = new Set<string>();
      let cur: string | null | undefined = start.code;
      while (cur && !settled.has(cur)) {
        if (onPath.has(cur)) {
          const loop = path.slice(path.indexOf(cur));
          for (const member of loop) {
            const row = rowOf.get(member);
            if (row === undefined) continue;
            const from = loop.indexOf(member);
            const shown = [...loop.slice(from), ...loop.slice(0, from), member].join(' → ');
            c.add('Unit', row, 'kode_unit_induk', `Unit '${member}' membentuk lingkaran induk: ${shown}.`);
          }
          break;
        }
        onPath.add(cur);
        path.push(cur);
        cur = parent.get(cur);
      }
      for (const p of path) settled.add(p);
    }
  }
}
