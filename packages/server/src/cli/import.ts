import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { normaliseNip } from '@kinerja/core';
import { loadConfig } from '../config.js';
import { newId } from '../db/ids.js';
import { applyImport } from '../modules/imports/apply.js';
import { parseImportFile } from '../modules/imports/parse.js';
import { sniffFormat } from '../modules/imports/sniff.js';
import { createContext, openDatabase } from '../runtime.js';

/**
 * `kinerja import <file> --as <admin NIP> [--dry-run] [--disable-missing]`: the same validation and
 * all-or-nothing write as the web import, with the named admin's rights (an agency admin imports only
 * their agency). `--disable-missing`: the Pegawai sheet is the full staff list of each agency it names,
 * and active staff of that agency not in it are turned off with their accounts (modules/imports/leavers.ts;
 * more than a fifth of an agency is refused); with `--dry-run` they are listed and nothing changes.
 */
export async function runImport(file: string, o: { dryRun: boolean; as: string; disableMissing?: boolean }): Promise<void> {
  const bytes = await readFile(file);
  const sniff = sniffFormat(bytes);
  if (!sniff.ok) throw new Error(sniff.message);
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    const account = await handle.db
      .selectFrom('accounts')
      .select(['id', 'role', 'agency_id', 'employee_id'])
      .where('nip', '=', normaliseNip(o.as))
      .executeTakeFirst();
    if (!account || (account.role !== 'agency_admin' && account.role !== 'bkd_admin')) {
      throw new Error(`NIP ${o.as} bukan admin OPD atau admin BKD.`);
    }
    const parsed = await parseImportFile(bytes, sniff.format, basename(file));
    const started = performance.now();
    const result = await applyImport(createContext(handle, config), {
      parsed,
      principal: { accountId: account.id, role: account.role, agencyId: account.agency_id, employeeId: account.employee_id },
      dryRun: o.dryRun,
      disableMissing: o.disableMissing ?? false,
      jobId: newId(),
      onProgress: (n) => process.stdout.write(`\r  ${n}/${parsed.totalRows} baris`),
    });
    process.stdout.write('\n');
    if (result.problems.length) {
      for (const p of result.problems) console.log(`  ${p.sheet} baris ${p.row}, kolom ${p.column}: ${p.message}`);
      console.log(`${result.problems.length} masalah; tidak ada data yang disimpan.`);
      process.exitCode = 2;
      return;
    }
    console.log(`${o.dryRun ? 'Uji coba selesai (tidak disimpan)' : 'Impor selesai'} dalam ${((performance.now() - started) / 1000).toFixed(1)} detik:`);
    console.log(JSON.stringify(result.summary, null, 2));
  } finally {
    await handle.close();
  }
}
