import type { Db } from '../../db/query.js';
import { auditRowHash, CHAIN_START, type AuditRowText } from './chain.js';
import type { ServerKeyring } from '../../server-key.js';
import { checkCheckpoint } from './checkpoints.js';
import { agencyCodes, auditChainAgencies, auditChainPage, latestAuditCheckpoints, type CheckpointRow } from './queries.js';

/** What is wrong at the first broken link of a chain. */
export type ChainProblem =
  /** Rows are missing before this one: its place in the chain is not the next one. */
  | { kind: 'missing'; expectedSeq: number; foundSeq: number }
  /** The row's prev_hash is not the hash of the row before it (that row or this link was changed). */
  | { kind: 'link'; expected: string; found: string }
  /** The row's content (or its stored hash) no longer gives its hash. */
  | { kind: 'content'; stored: string; computed: string }
  /** The retention checkpoint the chain starts from does not check with the server key (changed or forged). */
  | { kind: 'checkpoint'; seq: number; signature: 'bad' };

export interface ChainReport {
  agencyId: string | null;
  /** The agency's code, null for the province's chain (rows without an agency). */
  agencyCode: string | null;
  rows: number;
  /** The last row: an operator who keeps these elsewhere can later tell that no row was cut off the end. */
  head: { seq: number; hash: string } | null;
  broken: { seq: number; id: string; problem: ChainProblem } | null;
  /**
   * Where retention cut the chain's old end (migration 0048): the chain is checked from the row after
   * it. `signature`: 'ok', 'no-key' (signed with a key the server key file no longer holds, or no key
   * file given), or 'bad' (then `broken` says so too).
   */
  cut: { seq: number; hash: string; at: string; rows: number; signature: 'ok' | 'bad' | 'no-key' } | null;
}

const PAGE = 5000;

/**
 * Walks every chain (or one agency's) in order and reports, for each, its size, its head and its first
 * broken link. Reads in pages by chain position, so memory stays flat however long the trail is.
 */
export async function verifyAuditChains(db: Db, only?: { agencyId: string | null }, ring?: ServerKeyring | null): Promise<ChainReport[]> {
  const cuts = new Map((await latestAuditCheckpoints(db)).map((c) => [c.agencyId, c]));
  // A chain that was cut is checked even if no row of it is left (its last row is never cut: one is missing).
  const chains = only ? [only.agencyId] : [...new Set([...(await auditChainAgencies(db)), ...cuts.keys()])];
  const codes = new Map((await agencyCodes(db)).map((a) => [a.id, a.code]));
  const reports: ChainReport[] = [];
  for (const agencyId of chains.sort(nullsFirst)) {
    reports.push(await verifyChain(db, agencyId, agencyId === null ? null : (codes.get(agencyId) ?? agencyId), cuts.get(agencyId) ?? null, ring ?? null));
  }
  return reports;
}

async function verifyChain(db: Db, agencyId: string | null, agencyCode: string | null, cut: CheckpointRow | null, ring: ServerKeyring | null): Promise<ChainReport> {
  const report: ChainReport = { agencyId, agencyCode, rows: 0, head: null, broken: null, cut: null };
  let previousHash = CHAIN_START;
  let expectedSeq = 1;
  if (cut) {
    const signature = ring ? checkCheckpoint(ring, cut) : 'no-key';
    report.cut = { seq: Number(cut.throughSeq), hash: cut.throughHash, at: cut.throughAt, rows: Number(cut.rowsCut), signature };
    previousHash = cut.throughHash;
    expectedSeq = Number(cut.throughSeq) + 1;
    if (signature === 'bad') report.broken = { seq: Number(cut.throughSeq), id: '-', problem: { kind: 'checkpoint', seq: Number(cut.throughSeq), signature } };
  }
  let after = 0;
  for (;;) {
    const page = await readPage(db, agencyId, after);
    for (const row of page) {
      report.rows += 1;
      const seq = Number(row.chainSeq);
      if (!report.broken) {
        const problem = checkRow(row, report.head ? report.head.seq + 1 : expectedSeq, previousHash);
        if (problem) report.broken = { seq, id: row.id, problem };
      }
      report.head = { seq, hash: row.hash };
      previousHash = row.hash;
    }
    if (page.length < PAGE) return report;
    after = Number(page.at(-1)!.chainSeq);
  }
}

function checkRow(row: AuditRowText, expectedSeq: number, previousHash: string): ChainProblem | null {
  const seq = Number(row.chainSeq);
  if (seq !== expectedSeq) return { kind: 'missing', expectedSeq, foundSeq: seq };
  if (row.prevHash !== previousHash) return { kind: 'link', expected: previousHash, found: row.prevHash };
  const computed = auditRowHash(row);
  if (computed !== row.hash) return { kind: 'content', stored: row.hash, computed };
  return null;
}

function readPage(db: Db, agencyId: string | null, afterSeq: number): Promise<AuditRowText[]> {
  return auditChainPage(db, agencyId, afterSeq, PAGE);
}

function nullsFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The reports as the operator reads them (Bahasa Indonesia), one line per chain, a broken link explained. */
export function describeReports(reports: ChainReport[]): { ok: boolean; lines: string[] } {
  const lines: string[] = [];
  let rows = 0;
  for (const r of reports) {
    rows += r.rows;
    const name = r.agencyCode === null ? 'provinsi (tanpa OPD)' : `OPD ${r.agencyCode}`;
    const head = r.head ? `terakhir no. ${r.head.seq}, hash ${r.head.hash}` : 'kosong';
    const cut = r.cut
      ? `; dipotong masa simpan sampai no. ${r.cut.seq} (${r.cut.at}, hash ${r.cut.hash}), tanda tangan ${r.cut.signature === 'ok' ? 'sah' : r.cut.signature === 'no-key' ? 'tidak dapat diperiksa (kuncinya tidak ada di berkas kunci server)' : 'TIDAK SAH'}`
      : '';
    if (!r.broken) {
      lines.push(`OK     ${name}: ${r.rows} catatan, ${head}${cut}`);
      continue;
    }
    lines.push(`RUSAK  ${name}: rantai putus pada catatan no. ${r.broken.seq} (id ${r.broken.id}): ${explain(r.broken.problem)}`);
  }
  const broken = reports.filter((r) => r.broken).length;
  lines.push(
    broken === 0
      ? `OK: ${reports.length} rantai, ${rows} catatan audit diperiksa, semuanya utuh.`
      : `GAGAL: ${broken} dari ${reports.length} rantai rusak (${rows} catatan diperiksa).`,
  );
  return { ok: broken === 0, lines };
}

function explain(p: ChainProblem): string {
  switch (p.kind) {
    case 'missing':
      return `catatan no. ${p.expectedSeq}${p.foundSeq - 1 > p.expectedSeq ? ` sampai no. ${p.foundSeq - 1}` : ''} hilang (dihapus)`;
    case 'link':
      return `prev_hash ${p.found} bukan hash catatan sebelumnya (${p.expected}): catatan sebelumnya atau tautan ini diubah`;
    case 'content':
      return `isi catatan tidak lagi menghasilkan hash tersimpan (tersimpan ${p.stored}, dihitung ${p.computed}): catatan ini diubah`;
    case 'checkpoint':
      return `titik potong masa simpan sampai no. ${p.seq} tidak cocok dengan tanda tangannya (kunci server): titik potong diubah atau dipalsukan`;
  }
}
