import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openSecret, sealedKeyId } from '../modules/auth/totp-secret.js';
import { serverKeyring } from '../server-key.js';
import { createTestApp, FIXTURE_PASSWORD, signIn, type TestApp } from '../testing/index.js';
import { rotateServerKey } from './server-key.js';

/**
 * Issue 20: an enrolment (or its confirmation) that read the keyring just before `kinerja server-key
 * rotate` put a new key first, and stores its secret after the rotation dropped the older key, must not
 * leave a secret that no key of the file opens. The request is held right after its keyring read (the
 * module's keyring reader, wrapped below, waits on a gate the test opens) while a whole rotation runs.
 */
const hold = vi.hoisted(() => ({ gate: null as null | { reached: () => void; release: Promise<void> } }));
vi.mock('../server-key.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../server-key.js')>();
  return {
    ...real,
    serverKeyring: async (path: string) => {
      const ring = await real.serverKeyring(path);
      const g = hold.gate;
      if (g) {
        hold.gate = null;
        g.reached();
        await g.release;
      }
      return ring;
    },
  };
});

/** Holds the next keyring read until `release()`; `reached` resolves when a read is held. */
function gate() {
  let release!: () => void;
  let reached!: () => void;
  const held = new Promise<void>((r) => (reached = r));
  hold.gate = { reached: () => reached(), release: new Promise<void>((r) => (release = r)) };
  return { held, release };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

const codeOf = (base32: string) => new TOTP({ secret: Secret.fromBase32(base32), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: t.ctx.now().getTime() });
const rotate = () => rotateServerKey(t.ctx, { resume: false, keepOlder: false, batch: 500 });
const totpRow = (accountId: string) => t.ctx.db.selectFrom('account_totp').select(['secret', 'pending_secret']).where('account_id', '=', accountId).executeTakeFirstOrThrow();

describe('an enrolment during a server key rotation', () => {
  it('started before the new key came first and stored after the older key left the file: sealed with the new key', async () => {
    const who = t.fixture.people.staff1!;
    const c = await signIn(t.app, who.nip);
    const g = gate();
    const started = c.send('POST', '/api/v1/auth/two-factor/enrolment', { password: FIXTURE_PASSWORD });
    await g.held; // the enrolment holds the keyring of before the rotation
    const report = await rotate();
    expect(report.dropped).toHaveLength(1);
    g.release();
    const res = await started;
    expect(res.statusCode, res.body).toBe(200);

    const ring = await serverKeyring(t.ctx.config.totpKeyFile);
    expect(ring.all.map((k) => k.id)).toEqual([report.current]);
    const row = await totpRow(who.accountId);
    expect(sealedKeyId(row.pending_secret!)).toBe(report.current);
    expect(Buffer.from(openSecret(ring, who.accountId, row.pending_secret!))).toEqual(Buffer.from(Secret.fromBase32(res.json().secret).bytes));
    // And the enrolment is confirmed with the phone's code.
    const done = await c.send('POST', '/api/v1/auth/two-factor/enrolment/confirm', { code: codeOf(res.json().secret) });
    expect(done.statusCode, done.body).toBe(200);
  });

  it('confirmed with the keyring of before the rotation and stored after it: the confirmed secret opens with the new key', async () => {
    const who = t.fixture.people.staff2!;
    const c = await signIn(t.app, who.nip);
    const started = await c.send('POST', '/api/v1/auth/two-factor/enrolment', { password: FIXTURE_PASSWORD });
    expect(started.statusCode).toBe(200);
    const base32 = started.json().secret as string;

    const g = gate();
    const confirmed = c.send('POST', '/api/v1/auth/two-factor/enrolment/confirm', { code: codeOf(base32) });
    await g.held; // the confirmation has read the pending secret and holds the keyring it opens it with
    const report = await rotate();
    expect(report.dropped).toHaveLength(1);
    g.release();
    const res = await confirmed;
    expect(res.statusCode, res.body).toBe(200);

    const ring = await serverKeyring(t.ctx.config.totpKeyFile);
    expect(ring.all.map((k) => k.id)).toEqual([report.current]);
    const row = await totpRow(who.accountId);
    expect(row.pending_secret).toBeNull();
    expect(sealedKeyId(row.secret!)).toBe(report.current);
    expect(Buffer.from(openSecret(ring, who.accountId, row.secret!))).toEqual(Buffer.from(Secret.fromBase32(base32).bytes));
  });
});
