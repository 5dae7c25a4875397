/**
 * A person on an SKP as they were when it was made: the employee, the pejabat penilai and the
 * atasan pejabat penilai. Kept with the SKP because names, ranks, posts and units change after it
 * is approved, and the printed form must still show who signed what, in which capacity.
 */
import { pangkatName } from '../org/ranks.js';

/** PNS carry NIP and pangkat/golongan ruang; PPPK NI PPPK and golongan; a kepala daerah may be neither. */
export const PERSON_STATUSES = ['pns', 'pppk', 'non_asn'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export interface SkpPersonSnapshot {
  status: PersonStatus;
  name: string;
  /** NIP for PNS, NI PPPK for PPPK, null for a non-ASN official (a Gubernur, Bupati or Wali Kota). */
  nip: string | null;
  /** PNS golongan ruang code ('III/c') or PPPK golongan ('IX'); null for a non-ASN official. */
  rank: string | null;
  /** As printed, including the acting capacity: 'Plt. Kepala Dinas Pendidikan'. */
  positionName: string;
  unitName: string;
}

export interface IdentityLine {
  label: string;
  value: string;
}

/** The five rows of an identity block on the SKP and evaluation forms, in printed order. */
export function identityLines(p: SkpPersonSnapshot): IdentityLine[] {
  return [
    { label: 'Nama', value: p.name },
    { label: p.status === 'pppk' ? 'NIPPPK' : 'NIP', value: p.nip ?? '-' },
    { label: p.status === 'pppk' ? 'Golongan' : 'Pangkat/Gol. Ruang', value: rankText(p) },
    { label: 'Jabatan', value: p.positionName },
    { label: 'Unit Kerja', value: p.unitName },
  ];
}

/** 'Penata, III/c' for PNS; the golongan alone for PPPK, who have no pangkat. */
function rankText(p: SkpPersonSnapshot): string {
  if (p.rank === null) return '-';
  if (p.status !== 'pns') return p.rank;
  const pangkat = pangkatName(p.rank);
  return pangkat ? `${pangkat}, ${p.rank}` : p.rank;
}

export interface SnapshotIssue {
  field: keyof SkpPersonSnapshot;
  message: string;
}

/** What a snapshot lacks before it can be printed; a non-ASN official needs no NIP or rank. */
export function checkPersonSnapshot(p: SkpPersonSnapshot): SnapshotIssue[] {
  const issues: SnapshotIssue[] = [];
  if (p.name.trim() === '') issues.push({ field: 'name', message: 'Nama wajib diisi.' });
  if (p.status !== 'non_asn' && !p.nip) {
    issues.push({ field: 'nip', message: p.status === 'pppk' ? 'NI PPPK wajib diisi.' : 'NIP wajib diisi.' });
  }
  if (p.status !== 'non_asn' && !p.rank) {
    issues.push({ field: 'rank', message: p.status === 'pppk' ? 'Golongan PPPK wajib diisi.' : 'Pangkat/golongan ruang wajib diisi.' });
  }
  if (p.positionName.trim() === '') issues.push({ field: 'positionName', message: 'Jabatan wajib diisi.' });
  if (p.unitName.trim() === '') issues.push({ field: 'unitName', message: 'Unit kerja wajib diisi.' });
  return issues;
}
