import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { migrationProvider } from '../../db/migrations/index.js';
import { createTestApp, type TestApp } from '../../testing/index.js';

// 0015's machines and punches, then 0023's schedules, leave and alerts, 0024's apel events and 0036's
// table versions and leave types: all go when 0015 does.
const TABLES = [
  'attendance_alerts',
  'attendance_commands',
  'attendance_event_attendees',
  'attendance_events',
  'attendance_leave_requests',
  'attendance_leave_types',
  'attendance_machines',
  'attendance_operlog',
  'attendance_pins',
  'attendance_punches',
  'attendance_rule_versions',
  'attendance_schedule_assignments',
  'attendance_schedules',
  'attendance_serials',
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

async function tables(): Promise<string[]> {
  const rows = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = ${t.handle.schema ?? 'public'} and table_name like 'attendance%' order by table_name`.execute(t.ctx.db);
  return rows.rows.map((r) => r.table_name);
}

describe('migrations 0015, 0023, 0024 and 0036 (attendance)', () => {
  it('goes down without its tables and up again with them', async () => {
    const names = Object.keys(await migrationProvider.getMigrations()).sort();
    const before = names[names.indexOf('0015_attendance') - 1]!;
    expect(await tables()).toEqual(TABLES);
    await migrateTo(t.ctx.db, before, t.handle.schema);
    expect(await tables()).toEqual([]);
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await tables()).toEqual(TABLES);
  });

  it('keys every tenant table by agency first; only the serial registry is keyed by serial', async () => {
    const keys = await sql<{ table_name: string; column_name: string }>`
      select k.table_name, k.column_name
        from information_schema.table_constraints c
        join information_schema.key_column_usage k on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema
       where c.table_schema = ${t.handle.schema ?? 'public'} and c.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') and k.ordinal_position = 1
         and k.table_name like 'attendance%'`.execute(t.ctx.db);
    expect(keys.rows.filter((r) => r.column_name !== 'agency_id').map((r) => `${r.table_name}.${r.column_name}`)).toEqual(['attendance_serials.serial_number']);
    expect(new Set(keys.rows.map((r) => r.table_name))).toEqual(new Set(TABLES));
  });

  it('refuses an accepted serial without its machine', async () => {
    await expect(sql`insert into attendance_serials (serial_number, state) values ('X1', 'accepted')`.execute(t.ctx.db)).rejects.toThrow(/check/i);
  });
});
