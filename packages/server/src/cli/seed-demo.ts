import { loadConfig } from '../config.js';
import { isDatabaseEmpty, seedDemoProvince } from '../demo/seed.js';
import { openDatabase } from '../runtime.js';

export async function seedDemoCommand(employees: number): Promise<void> {
  const handle = await openDatabase(loadConfig());
  try {
    if (!(await isDatabaseEmpty(handle.db))) {
      throw new Error('Basis data tidak kosong: provinsi demo hanya dibuat pada basis data kosong.');
    }
    const r = await seedDemoProvince(handle.db, { employees, onProgress: (m) => console.log(`  ${m}`) });
    console.log(`Selesai dalam ${(r.ms / 1000).toFixed(1)} detik: ${r.agencies} OPD, ${r.units} unit, ${r.positions} jabatan, ${r.employees} pegawai.`);
    for (const a of r.demoAccounts) console.log(`  ${a.nip}  ${a.password}  ${a.label}`);
  } finally {
    await handle.close();
  }
}
