import { loadConfig } from './config.js';
import { isDatabaseEmpty, seedDemoProvince } from './demo/seed.js';
import { openDatabase, startServer } from './runtime.js';

/**
 * `npm start`: open (and migrate) the database, create the demo province when the database is empty
 * and --demo-if-empty is given, then serve the API and the web app.
 */
const demoIfEmpty = process.argv.includes('--demo-if-empty');
const config = loadConfig();
const handle = await openDatabase(config);
console.log(`Basis data: ${handle.kind === 'pglite' ? `PGlite tertanam (${config.dataDir})` : 'PostgreSQL (DATABASE_URL)'}`);

if (demoIfEmpty && (await isDatabaseEmpty(handle.db))) {
  console.log('Basis data kosong: membuat provinsi demo…');
  const result = await seedDemoProvince(handle.db, { onProgress: (m) => console.log(`  ${m}`) });
  console.log(
    `Provinsi demo siap dalam ${(result.ms / 1000).toFixed(1)} detik: ${result.agencies} OPD, ${result.units} unit, ${result.employees} pegawai.`,
  );
  console.log('Akun demo (kata sandi sama untuk semua):');
  for (const a of result.demoAccounts) console.log(`  ${a.nip}  ${a.password}  ${a.label}`);
}

const server = await startServer(config, handle);
console.log(`Kinerja berjalan di ${server.url}  (dokumentasi API: ${server.url}/api/docs)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.stop().then(() => process.exit(0));
  });
}
