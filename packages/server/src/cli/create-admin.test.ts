import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { kinerja } from './run-for-test.js';

// The command as an operator runs it, on a PGlite data folder; the column and /me's use of it are
// covered on both engines by modules/org/org.test.ts.
describe.skipIf(process.env.TEST_DATABASE_URL)('kinerja create-admin --name', () => {
  let root: string;
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('names an account that has no employee record, and refuses a blank name', async () => {
    root = await mkdtemp(join(tmpdir(), 'kinerja-cli-admin-'));
    const dataDir = join(root, 'data');
    const setup = await connectDatabase({ dataDir });
    await migrateToLatest(setup.db);
    await setup.close();

    const nip = '197412261997081003';
    const blank = await kinerja(dataDir, 'create-admin', '--nip', nip, '--role', 'auditor', '--name', '   ');
    expect(blank.code).toBe(1);
    expect(blank.out).toMatch(/Nama harus 1–200 karakter/);

    const made = await kinerja(dataDir, 'create-admin', '--nip', nip, '--role', 'auditor', '--name', ' Rusdianto, S.Ak. ');
    expect(made.out).toMatch(/kini berperan auditor/);
    expect(made.code).toBe(0);
    // Run again without --name: the role is set again, the name kept.
    expect((await kinerja(dataDir, 'create-admin', '--nip', nip, '--role', 'auditor')).code).toBe(0);

    const check = await connectDatabase({ dataDir });
    try {
      const row = await check.db.selectFrom('accounts').select(['role', 'employee_id', 'display_name']).where('nip', '=', nip).executeTakeFirstOrThrow();
      expect(row).toEqual({ role: 'auditor', employee_id: null, display_name: 'Rusdianto, S.Ak.' });
    } finally {
      await check.close();
    }
  }, 120_000);
});
