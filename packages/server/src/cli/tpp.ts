/**
 * `kinerja tpp …`: a month's TPP computed from a rule-set file and an inputs file, with no server
 * and no database, so a region can check its Perkada (docs/tpp.md). Also writes the published
 * JSON Schemas and checks a rule-set file.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  computeTppMonth,
  diffTppRuleSets,
  formatRupiah,
  formatTppRuleChanges,
  formatTppExplanation,
  parseTppMonthInputs,
  parseTppRuleSet,
  tppSchemaDocuments,
  TppInputError,
  type TppIssue,
  type TppMonthInputs,
  type TppRuleSet,
} from '@kinerja/core';

export class TppCliError extends Error {}

/** `npm run kinerja` runs in packages/server; a relative path means the caller's folder (as config.ts reads it). */
const fromCaller = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(fromCaller(file), 'utf8');
  } catch {
    throw new TppCliError(`Berkas ${what} tidak bisa dibaca: ${file}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new TppCliError(`Berkas ${what} bukan JSON yang sah (${file}): ${(e as Error).message}`);
  }
}

const issuesText = (file: string, issues: TppIssue[]) => `${file}:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`;

export async function loadRuleSet(file: string): Promise<TppRuleSet> {
  const r = parseTppRuleSet(await readJson(file, 'aturan'));
  if (!r.ok) throw new TppCliError(`Aturan TPP tidak sah — ${issuesText(file, r.issues)}`);
  return r.value;
}

export async function loadInputs(file: string): Promise<TppMonthInputs> {
  const r = parseTppMonthInputs(await readJson(file, 'masukan'));
  if (!r.ok) throw new TppCliError(`Masukan bulan tidak sah — ${issuesText(file, r.issues)}`);
  return r.value;
}

export interface ComputeOptions {
  rules: string;
  inputs: string;
  json?: boolean;
  employee?: string;
}

/** The month's explanation as text (or the results as JSON). */
export async function tppCompute(o: ComputeOptions): Promise<string> {
  const rs = await loadRuleSet(o.rules);
  const inputs = await loadInputs(o.inputs);
  if (inputs.month < rs.effectiveFrom || (rs.effectiveTo !== null && inputs.month > rs.effectiveTo)) {
    throw new TppCliError(`Aturan ${rs.id} v${rs.version} berlaku ${rs.effectiveFrom} s.d. ${rs.effectiveTo ?? 'seterusnya'}, bukan untuk ${inputs.month}.`);
  }
  const employees = o.employee ? inputs.employees.filter((e) => e.employeeId === o.employee || e.nip === o.employee) : inputs.employees;
  if (o.employee && employees.length === 0) throw new TppCliError(`Pegawai ${o.employee} tidak ada di ${o.inputs}.`);
  let month;
  try {
    month = computeTppMonth(rs, inputs.month, employees);
  } catch (e) {
    if (e instanceof TppInputError) throw new TppCliError(`Masukan tidak cocok dengan aturan: ${e.message}`);
    throw e;
  }
  if (o.json) return JSON.stringify(month, null, 2);
  const blocks = month.employees.map((r, i) => {
    const e = employees[i]!;
    const label = [e.name, e.nip ?? e.employeeId].filter(Boolean).join(' · ') + `, kelas ${e.kelas}, ${e.golongan}${e.cpns ? ', CPNS' : ''}`;
    return formatTppExplanation(r, label);
  });
  const t = month.totals;
  const totals = [
    `Jumlah ${month.employees.length} pegawai (${t.held} ditunda, ${t.nonTpp} non-TPP), aturan ${rs.id} v${rs.version}, bulan ${inputs.month}:`,
    `  Bruto ${formatRupiah(t.gross)}, PPh 21 ${formatRupiah(t.pph21)}, BPJS pegawai ${formatRupiah(t.bpjsEmployee)} (pemda ${formatRupiah(t.bpjsEmployer)}), Neto ${formatRupiah(t.net)}, dibayar ${formatRupiah(t.payable)}`,
  ];
  return [...blocks, totals.join('\n')].join('\n\n');
}

/** Checks a rule-set file; answers a one-line summary. */
export async function tppCheck(file: string): Promise<string> {
  const rs = await loadRuleSet(file);
  return `Aturan ${rs.id} v${rs.version} (${rs.region}) sah, berlaku ${rs.effectiveFrom} s.d. ${rs.effectiveTo ?? 'seterusnya'}.`;
}

/** Writes the JSON Schemas of the two files into a folder (the repository's docs/). */
export async function tppWriteSchemas(dir: string): Promise<string[]> {
  const target = fromCaller(dir);
  await mkdir(target, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of Object.entries(tppSchemaDocuments())) {
    await writeFile(join(target, name), text);
    written.push(join(dir, name));
  }
  return written;
}

/** What changed between two rule-set files (e.g. this year's Perkada and next year's draft). */
export async function tppDiff(before: string, after: string): Promise<string> {
  const [a, b] = [await loadRuleSet(before), await loadRuleSet(after)];
  return `${a.id} v${a.version} → ${b.id} v${b.version}\n${formatTppRuleChanges(diffTppRuleSets(a, b))}`;
}
