import type { JfLevel, PositionKind } from '@kinerja/core';
import { ABSENT, FirstSeen, type Absent, type Checker } from './checker.js';
import type { ExistingPosition } from './existing.js';
import * as F from './fields.js';
import { unitKnown, type FileCodes } from './rules-units.js';
import type { Sheet } from './types.js';

export interface PositionRecord {
  row: number;
  agencyCode: string;
  code: string;
  name: string;
  unitCode: string;
  kind: PositionKind;
  jfLevel: JfLevel | null;
  kelasJabatan: number;
  /** ABSENT: no kepala_unit column; a stored position keeps its flag, a new one is not a head. */
  isUnitHead: boolean | Absent;
  existing: ExistingPosition | undefined;
}

/** A stored position keeps its head flag when the file has no kepala_unit column (unless it was retired). */
export function headAfterImport(p: Pick<PositionRecord, 'isUnitHead' | 'existing'>): boolean {
  return p.isUnitHead === ABSENT ? !!(p.existing?.active && p.existing.is_unit_head) : p.isUnitHead;
}

/** Position codes per agency code named by the file, with whether each is (or stays) a unit head. */
export type FilePositions = Map<string, Map<string, { isUnitHead: boolean }>>;

export function checkPositions(
  c: Checker,
  sheet: Sheet | undefined,
  fileUnits: FileCodes,
): { records: PositionRecord[]; filePositions: FilePositions } {
  const filePositions: FilePositions = new Map();
  if (!sheet) return { records: [], filePositions };
  const seen = new FirstSeen();
  const checked: { rc: ReturnType<Checker['row']>; rec: PositionRecord }[] = [];

  for (const r of sheet.rows) {
    const rc = c.row(sheet, r);
    const agencyCode = rc.agency();
    const code = rc.get('kode_jabatan', (v) => F.code('Kode jabatan', v));
    const name = rc.get('nama_jabatan', (v) => F.requiredText('Nama jabatan', v));
    const unitCode = rc.get('kode_unit', (v) => F.code('Kode unit', v));
    const kind = rc.get('jenis_jabatan', F.positionKind);
    const jfLevel = rc.get('jenjang', (v) => F.jfLevel(v, kind));
    const kelas = rc.get('kelas_jabatan', F.kelasJabatan);
    const isUnitHead = rc.optional('kepala_unit', F.yesNo);
    if (agencyCode === undefined || code === undefined) continue;
    const earlier = seen.check(`${agencyCode}\u0000${code}`, r.row);
    if (earlier !== undefined) {
      rc.problem('kode_jabatan', `Kode jabatan '${code}' muncul dua kali (baris ${earlier} dan ${r.row}).`);
      continue;
    }
    const agency = c.agency(agencyCode);
    const existing = agency ? c.existing.positions.get(agency.id)?.get(code) : undefined;
    const head = isUnitHead !== undefined && headAfterImport({ isUnitHead, existing });
    if (!filePositions.has(agencyCode)) filePositions.set(agencyCode, new Map());
    filePositions.get(agencyCode)!.set(code, { isUnitHead: head });
    if (unitCode !== undefined && !unitKnown(c, fileUnits, agencyCode, unitCode)) {
      rc.problem('kode_unit', `Kode unit '${unitCode}' tidak ada di berkas maupun di basis data.`);
    }
    if (rc.failed || name === undefined || unitCode === undefined || kind === undefined || jfLevel === undefined || kelas === undefined || isUnitHead === undefined) {
      continue;
    }
    checked.push({ rc, rec: { row: r.row, agencyCode, code, name, unitCode, kind, jfLevel, kelasJabatan: kelas, isUnitHead, existing } });
  }

  reportSecondHeads(c, checked.map((x) => x.rec));
  const bad = new Set(c.problems.filter((p) => p.sheet === 'Jabatan').map((p) => p.row));
  return { records: checked.map((x) => x.rec).filter((p) => !bad.has(p.row)), filePositions };
}

/**
 * At most one active head post per unit (the database has a unique index on it). The chart after
 * the import is the stored positions overridden by the file; a second head is reported on the file
 * row that adds it, naming the head the unit already has.
 */
function reportSecondHeads(c: Checker, records: PositionRecord[]): void {
  const byAgency = new Map<string, PositionRecord[]>();
  for (const p of records) byAgency.set(p.agencyCode, [...(byAgency.get(p.agencyCode) ?? []), p]);
  for (const [agencyCode, filePositions] of byAgency) {
    const agency = c.agency(agencyCode);
    // unit code -> head position codes, stored ones first, then file rows in order
    const heads = new Map<string, { code: string; row?: number }[]>();
    const inFile = new Set(filePositions.map((p) => p.code));
    const push = (unit: string, h: { code: string; row?: number }) => heads.set(unit, [...(heads.get(unit) ?? []), h]);
    for (const p of agency ? (c.existing.positions.get(agency.id)?.values() ?? []) : []) {
      if (!p.active || !p.is_unit_head || inFile.has(p.code)) continue;
      const unit = c.existing.unitById.get(p.unit_id);
      if (unit) push(unit.code, { code: p.code });
    }
    for (const p of filePositions) {
      if (headAfterImport(p)) push(p.unitCode, { code: p.code, row: p.row });
    }
    for (const [unitCode, list] of heads) {
      const first = list[0]!;
      for (const h of list.slice(1)) {
        if (h.row !== undefined) c.add('Jabatan', h.row, 'kepala_unit', `Unit '${unitCode}' sudah punya kepala unit (jabatan ${first.code}).`);
      }
    }
  }
}
