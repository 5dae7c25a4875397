import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applySkpAction,
  createSkpWorkflow,
  SKP_ACTION_ACTORS,
  SKP_ACTOR_CAPACITIES,
  SKP_TRANSITIONS,
  type SkpAction,
  type SkpActor,
  type SkpWorkflow,
} from './workflow.js';

// Random sequences of actions by random actors, most of them illegal; the invariants must hold
// after every step whether the step was accepted or refused.
const actionArb: fc.Arbitrary<SkpAction> = fc.oneof(
  fc.constantFrom<SkpAction>({ type: 'submit' }, { type: 'withdraw' }, { type: 'approve' }, { type: 'cancel_revision' }),
  fc.constantFrom('c1', 'c2', 'c3').chain((contentId) =>
    fc.constantFrom<SkpAction>({ type: 'edit', contentId }, { type: 'edit_and_approve', contentId }, { type: 'revise', contentId }),
  ),
  fc.constantFrom('', '   ', 'Perbaiki target RHK 1.').map((note): SkpAction => ({ type: 'return', note })),
);
const actorArb: fc.Arbitrary<SkpActor> = fc.constantFrom(...SKP_ACTOR_CAPACITIES).map((capacity) => ({ accountId: `acc-${capacity}`, capacity }));
const stepsArb = fc.array(fc.tuple(actionArb, actorArb), { maxLength: 40 });

/**
 * Mostly-legal walks: a step either takes its random action and actor as drawn, or (weighted 4:1)
 * steers to an action the current status allows, done by an allowed actor, so that the walks reach
 * versions 2 and 3 rather than dying in the first draft.
 */
const guidedStepsArb = fc.array(fc.tuple(actionArb, actorArb, fc.nat(), fc.nat({ max: 4 })), { maxLength: 40 });
function steer(w: SkpWorkflow, [action, actor, seed, dice]: [SkpAction, SkpActor, number, number]): [SkpAction, SkpActor] {
  if (dice === 0) return [action, actor];
  const legal = Object.keys(SKP_TRANSITIONS[w.versions.at(-1)!.status]) as SkpAction['type'][];
  // Half the steered steps move forward (submit, approve, revise) so that later versions are reached.
  const forward = legal.find((t) => t === 'submit' || t === 'approve' || t === 'revise');
  const type = dice <= 2 && forward ? forward : legal[seed % legal.length]!;
  const chosen: SkpAction =
    type === 'return' ? { type, note: 'Perbaiki target.' } : type === 'edit' || type === 'edit_and_approve' || type === 'revise' ? { type, contentId: `c${seed % 3}` } : ({ type } as SkpAction);
  const actors = SKP_ACTION_ACTORS[type];
  return [chosen, { accountId: 'acc', capacity: actors[seed % actors.length]! }];
}

function checkInvariants(w: SkpWorkflow): void {
  expect(w.versions.length).toBeGreaterThan(0);
  w.versions.forEach((v, i) => {
    expect(v.version).toBe(i + 1);
    expect(v.events.length).toBeGreaterThan(0);
    // Every event of a version chains: each starts where the previous ended; the last ends at the status.
    v.events.forEach((e, j) => {
      if (j > 0) expect(e.from).toBe(v.events[j - 1]!.to);
      if (e.action !== 'create') {
        expect(SKP_TRANSITIONS[e.from!][e.action]).toBe(e.to);
        expect(SKP_ACTION_ACTORS[e.action]).toContain(e.actor.capacity);
      }
      expect(e.onBehalf).toBe(e.actor.capacity === 'pengelola_kinerja');
      if (e.action === 'return') expect(e.note?.trim()).toBeTruthy();
      else expect(e.note).toBeNull();
    });
    expect(v.events.at(-1)!.to).toBe(v.status);
    expect(v.events.at(-1)!.contentId).toBe(v.contentId);
    // Only the last version may be open; earlier ones are approved or a revision given up.
    if (i < w.versions.length - 1) expect(['disetujui', 'dibatalkan']).toContain(v.status);
    // A version after the first is a revision: it opened from an approved SKP.
    if (i > 0) expect(v.events[0]!.action).toBe('revise');
  });
  expect(w.versions[0]!.status).not.toBe('dibatalkan');
  // A given-up revision always leaves an approved version in force.
  if (w.versions.some((v) => v.status === 'dibatalkan')) expect(w.versions.some((v) => v.status === 'disetujui')).toBe(true);
}

describe('SKP workflow (properties)', () => {
  it('no sequence of actions reaches an invalid state, and every version and event is kept', () => {
    // The random walks must reach the interesting corners, or the invariants are checked on drafts only.
    const reached = new Set<string>();
    fc.assert(
      fc.property(actorArb, guidedStepsArb, (creator, steps) => {
        const created = createSkpWorkflow(creator, 'c0', 't0');
        if (!created.ok) {
          expect(creator.capacity).toBe('pejabat_penilai');
          return;
        }
        let w = created.workflow;
        for (const [i, step] of steps.entries()) {
          const [action, actor] = steer(w, step);
          const before = w;
          const r = applySkpAction(w, action, actor, `t${i + 1}`);
          if (!r.ok) {
            expect(['FORBIDDEN', 'CONFLICT', 'VALIDATION']).toContain(r.code);
            expect(r.message.length).toBeGreaterThan(0);
            continue;
          }
          w = r.workflow;
          // Append-only: every earlier version is untouched, the last one only gains events.
          expect(w.versions.length - before.versions.length).toBeGreaterThanOrEqual(0);
          expect(w.versions.length - before.versions.length).toBeLessThanOrEqual(1);
          before.versions.forEach((v, k) => {
            if (k < before.versions.length - 1 || w.versions.length > before.versions.length) expect(w.versions[k]).toBe(v);
            else expect(w.versions[k]!.events.slice(0, v.events.length)).toEqual(v.events);
          });
          expect(w.versions.at(-1)!.events.at(-1)).toBe(r.event);
          checkInvariants(w);
          reached.add(`${Math.min(w.versions.length, 3)}:${w.versions.at(-1)!.status}`);
        }
        checkInvariants(w);
      }),
      { numRuns: 200 },
    );
    for (const corner of ['1:dikembalikan', '1:disetujui', '2:draft', '2:dibatalkan', '3:disetujui']) expect(reached).toContain(corner);
  });

  it('refusals leave the workflow as it was (nothing changed in place)', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        let w = (createSkpWorkflow({ accountId: 'a', capacity: 'pegawai' }, 'c0', 't0') as { ok: true; workflow: SkpWorkflow }).workflow;
        for (const [action, actor] of steps) {
          const snapshot = structuredClone(w);
          const r = applySkpAction(w, action, actor, 't');
          expect(w).toEqual(snapshot);
          if (r.ok) w = r.workflow;
        }
      }),
    );
  });
});
