#!/usr/bin/env node
// The packages the server and the app ship with (`npm audit --omit=dev`) must have no known
// vulnerability of high or critical severity. The advisories come from the npm registry; when it
// cannot be asked (no network, a proxy that refuses the audit endpoint) this says so and does not
// fail: the check is about the packages, not the network. Exit 2 means "not checked".
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// KINERJA_AUDIT_REPORT: a saved `npm audit --json` answer to judge instead (to try this script).
const saved = process.env.KINERJA_AUDIT_REPORT;
const r = saved
  ? { stdout: readFileSync(saved, 'utf8'), stderr: '' }
  : spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.log(`Audit dependensi tidak dapat dijalankan: ${(r.stderr || r.stdout).trim().split('\n')[0]}`);
  process.exit(2);
}
if (!report.metadata?.vulnerabilities) {
  const why = report.error?.summary || report.message || 'jawaban registry tidak dikenal';
  console.log(`Audit dependensi tidak dapat menghubungi registry npm: ${why}`);
  process.exit(2);
}
const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === 'high' || v.severity === 'critical');
if (serious.length) {
  console.error(`Dependensi dengan kerentanan tinggi/kritis (${serious.length}):`);
  for (const v of serious) {
    const via = v.via.map((x) => (typeof x === 'string' ? x : `${x.title} (${x.url})`)).join('; ');
    console.error(`  ${v.name} ${v.range} [${v.severity}]: ${via}${v.fixAvailable ? ' — perbaikan tersedia' : ''}`);
  }
  process.exit(1);
}
const m = report.metadata.vulnerabilities;
console.log(`Tidak ada kerentanan tinggi/kritis pada dependensi produksi (rendah ${m.low}, sedang ${m.moderate}; ${report.metadata.dependencies?.prod ?? '?'} paket).`);
