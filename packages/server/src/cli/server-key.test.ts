import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../db/ids.js';
import { cutChainBatch, verifyAuditChains } from '../modules/audit/index.js';
import { openSecret, sealSecret, sealedKeyId } from '../modules/auth/totp-secret.js';
import { serverKeyring, serverKeyId } from '../server-key.js';
import { createTestApp, type TestApp } from '../testing/index.js';
import { rotateServerKey } from './server-key.js';

/**
 * Rotation of the server key (issue 20): a new key seals from then on, the old key still opens until
 * every two-factor secret is re-sealed and every audit checkpoint re-signed (in batches), then it leaves
 * the file; a secret no key opens keeps the old keys in the file and is reported.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

const secretOf = (i: number) => new Uint8Array(20).fill(i);
const keyLines = async () => (await readFile(t.ctx.config.totpKeyFile, 'utf8')).split('\n').filter((l) => l.trim() !== '');

describe('kinerja server-key rotate', () => {
  it('re-seals every secret and re-signs every checkpoint with a new key in batches, the old key reading until then, then drops it', async () => {
    const p = t.fixture.people;
    const ringA = await serverKeyring(t.ctx.config.totpKeyFile);
    const keyA = ringA.current.id;
    // Five authenticators (one still pending) sealed with the first key.
    const who = [p.staff1!, p.staff2!, p.staff3!, p.kasubbag!, p.adminA!];
    for (const [i, person] of who.entries()) {
      const sealed = sealSecret(ringA.current.key, person.accountId, secretOf(i + 1));
      await t.ctx.db
        .insertInto('account_totp')
        .values({ account_id: person.accountId, secret: i === 4 ? null : sealed, enabled_at: i === 4 ? null : new Date(), last_step: null, pending_secret: i === 4 ? sealed : null, pending_until: i === 4 ? new Date(Date.now() + 600_000) : null })
        .execute();
    }
    // An audit chain cut by retention, its checkpoint signed with the first key.
    const X = newId();
    await t.ctx.db.insertInto('agencies').values({ id: X, code: 'ROTASI', name: 'Dinas Rotasi', short_name: 'Rotasi', time_zone: 'Asia/Pontianak' }).execute();
    for (let i = 1; i <= 3; i++) await t.ctx.db.insertInto('audit_log').values({ agency_id: X, at: new Date(`2014-02-0${i}T01:00:00Z`), actor_account_id: null, action: 'old.event', entity: 'x', entity_id: String(i), data: JSON.stringify({}) }).execute();
    await t.ctx.db.insertInto('audit_log').values({ agency_id: X, actor_account_id: null, action: 'new.event', entity: 'x', entity_id: '4', data: JSON.stringify({}) }).execute();
    expect(await cutChainBatch(t.ctx.db, t.ctx.config.totpKeyFile, X, new Date('2015-01-01T00:00:00Z'), 5000)).toMatchObject({ rows: 3, throughSeq: 3 });

    // Batches of two accounts: the whole list is still done.
    const report = await rotateServerKey(t.ctx, { resume: false, keepOlder: false, batch: 2 });
    expect(report).toMatchObject({ older: [keyA], resealed: 5, unreadable: 0, raced: 0, resigned: 1, remaining: 0, dropped: [keyA] });
    expect(report.current).not.toBe(keyA);
    const ringB = await serverKeyring(t.ctx.config.totpKeyFile);
    expect(ringB.all.map((k) => k.id)).toEqual([report.current]);
    expect(await keyLines()).toHaveLength(1);
    const rows = await t.ctx.db.selectFrom('account_totp').select(['account_id', 'secret', 'pending_secret']).execute();
    for (const [i, person] of who.entries()) {
      const row = rows.find((r) => r.account_id === person.accountId)!;
      const sealed = (i === 4 ? row.pending_secret : row.secret)!;
      expect(sealedKeyId(sealed)).toBe(report.current);
      expect([...openSecret(ringB, person.accountId, sealed)]).toEqual([...secretOf(i + 1)]);
    }
    expect((await verifyAuditChains(t.ctx.db, { agencyId: X }, ringB))[0]).toMatchObject({ broken: null, cut: { seq: 3, signature: 'ok' } });
    // Recorded in the audit trail.
    expect(await t.ctx.db.selectFrom('audit_log').select('data').where('action', '=', 'server_key.rotated').execute()).toEqual([{ data: expect.objectContaining({ resealed: 5, resigned: 1, dropped: [keyA] }) }]);
  });

  it('keeps the older keys while a secret no key opens remains, and reads with them meanwhile; resume drops them once it is gone', async () => {
    const p = t.fixture.people;
    const before = await serverKeyring(t.ctx.config.totpKeyFile);
    // A secret sealed with a key that is in no file (a lost key): it cannot be re-sealed.
    const lost = sealSecret(randomBytes(32), p.staff1!.accountId, secretOf(9));
    await t.ctx.db.updateTable('account_totp').set({ secret: lost }).where('account_id', '=', p.staff1!.accountId).execute();

    const report = await rotateServerKey(t.ctx, { resume: false, keepOlder: false, batch: 500 });
    expect(report).toMatchObject({ older: [before.current.id], unreadable: 1, remaining: 1, dropped: [] });
    // The older key is still in the file (second line) and still opens what it sealed.
    const ring = await serverKeyring(t.ctx.config.totpKeyFile);
    expect(ring.all.map((k) => k.id)).toEqual([report.current, before.current.id]);
    const sealedOld = sealSecret(before.current.key, 'account-x', secretOf(3));
    expect([...openSecret(ring, 'account-x', sealedOld)]).toEqual([...secretOf(3)]);
    expect(serverKeyId(ring.current.key)).toBe(report.current);

    // The owner enrols again (here: the row goes); resume re-seals nothing more and drops the older key.
    await t.ctx.db.deleteFrom('account_totp').where('account_id', '=', p.staff1!.accountId).execute();
    const resumed = await rotateServerKey(t.ctx, { resume: true, keepOlder: false, batch: 500 });
    expect(resumed).toMatchObject({ current: report.current, older: [before.current.id], resealed: 0, remaining: 0, dropped: [before.current.id] });
    expect(await keyLines()).toHaveLength(1);
  });
});
