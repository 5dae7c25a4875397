import { describe, expect, it } from 'vitest';
import { applySkpAction, createSkpWorkflow, skpVersionInForce, skpVersionInProgress, type SkpAction, type SkpActor, type SkpTransitionResult, type SkpWorkflow } from './workflow.js';

const pegawai: SkpActor = { accountId: 'acc-pegawai', capacity: 'pegawai' };
const penilai: SkpActor = { accountId: 'acc-penilai', capacity: 'pejabat_penilai' };
const admin: SkpActor = { accountId: 'acc-admin', capacity: 'pengelola_kinerja' };
const AT = '2025-01-10T02:00:00Z';

function ok(r: SkpTransitionResult): SkpWorkflow {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.workflow;
}
function run(steps: [SkpAction, SkpActor][], start = ok(createSkpWorkflow(pegawai, 'c1', AT))): SkpWorkflow {
  return steps.reduce((w, [action, actor]) => ok(applySkpAction(w, action, actor, AT)), start);
}
const statuses = (w: SkpWorkflow) => w.versions.map((v) => `${v.version}:${v.status}`);

describe('SKP workflow', () => {
  it('goes draft → diajukan → disetujui', () => {
    const w = run([[{ type: 'submit' }, pegawai], [{ type: 'approve' }, penilai]]);
    expect(statuses(w)).toEqual(['1:disetujui']);
    expect(w.versions[0]!.events.map((e) => e.action)).toEqual(['create', 'submit', 'approve']);
  });

  it('returns with a required note, then is revised and submitted again', () => {
    const submitted = run([[{ type: 'submit' }, pegawai]]);
    const noNote = applySkpAction(submitted, { type: 'return', note: ' \u200b ' }, penilai, AT);
    expect(noNote).toMatchObject({ ok: false, code: 'VALIDATION' });
    const w = run(
      [
        [{ type: 'return', note: 'Tambahkan IKI kualitas pada RHK 2.' }, penilai],
        [{ type: 'edit', contentId: 'c2' }, pegawai],
        [{ type: 'submit' }, pegawai],
        [{ type: 'approve' }, penilai],
      ],
      submitted,
    );
    expect(statuses(w)).toEqual(['1:disetujui']);
    expect(w.versions[0]!.contentId).toBe('c2');
    expect(w.versions[0]!.events.find((e) => e.action === 'return')!.note).toBe('Tambahkan IKI kualitas pada RHK 2.');
  });

  it('lets the penilai edit and approve in one step, recording the penilai as the one who changed it', () => {
    const w = run([[{ type: 'submit' }, pegawai], [{ type: 'edit_and_approve', contentId: 'c-penilai' }, penilai]]);
    expect(statuses(w)).toEqual(['1:disetujui']);
    expect(w.versions[0]!.contentId).toBe('c-penilai');
    expect(w.versions[0]!.events.at(-1)).toMatchObject({ action: 'edit_and_approve', actor: penilai, contentId: 'c-penilai' });
  });

  it('revises an approved SKP as a new version; the approved one stays in force until the new one is approved', () => {
    const approved = run([[{ type: 'submit' }, pegawai], [{ type: 'approve' }, penilai]]);
    const revising = run([[{ type: 'revise', contentId: 'c1-rev' }, pegawai], [{ type: 'submit' }, pegawai]], approved);
    expect(statuses(revising)).toEqual(['1:disetujui', '2:diajukan']);
    expect(skpVersionInForce(revising)!.version).toBe(1);
    expect(skpVersionInProgress(revising)!.version).toBe(2);
    const done = run([[{ type: 'approve' }, penilai]], revising);
    expect(skpVersionInForce(done)!.version).toBe(2);
    expect(skpVersionInProgress(done)).toBeUndefined();
    expect(done.versions[0]).toBe(approved.versions[0]);
  });

  it('can give up a revision, keeping it, and start another later', () => {
    const approved = run([[{ type: 'submit' }, pegawai], [{ type: 'approve' }, penilai]]);
    const w = run([[{ type: 'revise', contentId: 'r1' }, pegawai], [{ type: 'cancel_revision' }, pegawai], [{ type: 'revise', contentId: 'r2' }, penilai]], approved);
    expect(statuses(w)).toEqual(['1:disetujui', '2:dibatalkan', '3:draft']);
    expect(skpVersionInForce(w)!.version).toBe(1);
  });

  it('never cancels the first version', () => {
    const w = run([]);
    expect(applySkpAction(w, { type: 'cancel_revision' }, pegawai, AT)).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('records an admin acting for the employee as such', () => {
    const created = createSkpWorkflow(admin, 'c1', AT);
    const w = run([[{ type: 'submit' }, admin]], ok(created));
    expect(w.versions[0]!.events.map((e) => e.onBehalf)).toEqual([true, true]);
  });

  it('refuses an admin or the employee approving, and the penilai drafting', () => {
    const submitted = run([[{ type: 'submit' }, pegawai]]);
    expect(applySkpAction(submitted, { type: 'approve' }, admin, AT)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(applySkpAction(submitted, { type: 'approve' }, pegawai, AT)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(createSkpWorkflow(penilai, 'c1', AT)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(applySkpAction(run([]), { type: 'edit', contentId: 'x' }, penilai, AT)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('lets exactly these capacities do each action (the table, written out)', () => {
    const allowed: Record<SkpAction['type'], string[]> = {
      edit: ['pegawai', 'pengelola_kinerja'],
      submit: ['pegawai', 'pengelola_kinerja'],
      withdraw: ['pegawai', 'pengelola_kinerja'],
      return: ['pejabat_penilai'],
      approve: ['pejabat_penilai'],
      edit_and_approve: ['pejabat_penilai'],
      revise: ['pegawai', 'pejabat_penilai', 'pengelola_kinerja'],
      cancel_revision: ['pegawai', 'pejabat_penilai', 'pengelola_kinerja'],
    };
    // Each action tried from a state where it is legal, by each capacity.
    const draft = run([]);
    const submitted = run([[{ type: 'submit' }, pegawai]]);
    const approved = run([[{ type: 'approve' }, penilai]], submitted);
    const revision = run([[{ type: 'revise', contentId: 'r' }, pegawai]], approved);
    const cases: [SkpAction, SkpWorkflow][] = [
      [{ type: 'edit', contentId: 'x' }, draft],
      [{ type: 'submit' }, draft],
      [{ type: 'withdraw' }, submitted],
      [{ type: 'return', note: 'Perbaiki.' }, submitted],
      [{ type: 'approve' }, submitted],
      [{ type: 'edit_and_approve', contentId: 'x' }, submitted],
      [{ type: 'revise', contentId: 'x' }, approved],
      [{ type: 'cancel_revision' }, revision],
    ];
    for (const [action, state] of cases) {
      const who = [pegawai, penilai, admin].filter((actor) => applySkpAction(state, action, actor, AT).ok).map((a) => a.capacity).sort();
      expect({ action: action.type, who }).toEqual({ action: action.type, who: allowed[action.type] });
    }
  });

  it('refuses an illegal move with the status in Indonesian', () => {
    const approved = run([[{ type: 'submit' }, pegawai], [{ type: 'approve' }, penilai]]);
    const r = applySkpAction(approved, { type: 'edit', contentId: 'x' }, pegawai, AT);
    expect(r).toEqual({ ok: false, code: 'CONFLICT', message: "SKP berstatus 'Disetujui' tidak dapat diubah." });
  });

  it('lets the employee withdraw a submission to keep editing', () => {
    expect(statuses(run([[{ type: 'submit' }, pegawai], [{ type: 'withdraw' }, pegawai]]))).toEqual(['1:draft']);
  });
});
