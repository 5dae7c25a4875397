import { applySkpAction, skpVersionInForce, type Principal, type SkpAction, type SkpActor, type SkpStatus, type SkpWorkflow } from '@kinerja/core';
import type { SkpContent } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/query.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { agencyToday } from '../org/index.js';
import { actorFor, capacitiesOn } from './capacity.js';
import { cascadeDetails, cascadeIssues } from './cascade.js';
import { checkContent, contentOf, normalContent } from './content.js';
import { chainDate } from './create.js';
import { peopleOnSkp } from './people.js';
import {
  eventOfRequest,
  insertEvent,
  insertVersion,
  replaceSkpPeople,
  setVersionStatus,
  skpRow,
  updateSkpState,
  versionContent,
  versionPerilaku,
  versionStatuses,
  writeVersionContent,
  type SkpRow,
} from './queries.js';
import { peopleOf, SKP_NOT_FOUND } from './read.js';

/** What the caller asks: core's action, with the content for an edit, and the client's request id. */
export type SkpRequest =
  | { type: 'edit'; content: SkpContent; requestId: string }
  | { type: 'submit'; requestId?: string | undefined }
  | { type: 'return'; note: string; requestId?: string | undefined }
  | { type: 'approve'; requestId?: string | undefined }
  | { type: 'edit_and_approve'; content: SkpContent; requestId?: string | undefined }
  | { type: 'revise'; requestId?: string | undefined }
  | { type: 'withdraw'; requestId?: string | undefined }
  | { type: 'cancel_revision'; requestId?: string | undefined };

/** What a step needs that is read before its transaction: the SKP as first read, the caller's capacity, the people named at submission. */
export interface PreparedSkpStep {
  agencyId: string;
  skpId: string;
  request: SkpRequest;
  actor: SkpActor;
  people: Awaited<ReturnType<typeof peopleOnSkp>> | null;
}

/**
 * The checks and reads of a step that come before its transaction: read access (404/403), the
 * content's shape, the caller's capacity from the access point, and for a submission the people
 * named as of now. Read before the transaction: the org chart loads on its own connection, which
 * PGlite's single one cannot give while a transaction holds it.
 */
export async function prepareSkpStep(ctx: AppContext, p: Principal, agencyId: string, skpId: string, request: SkpRequest): Promise<PreparedSkpStep> {
  await requireAccess(ctx, p, 'skp.read', { agencyId, ids: [skpId] });
  const first = await skpRow(ctx.db, agencyId, skpId, false);
  if (!first) throw new AppError('NOT_FOUND', SKP_NOT_FOUND);
  if ('content' in request) {
    checkContent(request.content, first.form);
    request = { ...request, content: normalContent(request.content) };
  }
  const actor = actorFor(p, await capacitiesOn(ctx, p, first), request.type);
  // The penilai is named as of submission (a move since the draft changes who approves).
  let people: PreparedSkpStep['people'] = null;
  if (request.type === 'submit') {
    const { today, orgVersion } = await agencyToday(ctx, agencyId);
    people = await peopleOnSkp(ctx, ctx.db, agencyId, first.employee_id, chainDate(today, first.period_from, first.period_to), orgVersion);
  }
  return { agencyId, skpId, request, actor, people };
}

/**
 * One workflow step in one transaction, under the SKP's row lock: the caller's capacity from the
 * access point, the move from core's state machine, then the rows. A request id already applied
 * answers the SKP as it is and changes nothing, so a retried save or a double tap is harmless.
 */
export async function actOnSkp(
  ctx: AppContext,
  p: Principal,
  agencyId: string,
  skpId: string,
  request: SkpRequest,
  /** Runs last in the step's transaction when the step applies (not on a repeated request id): the RHK import's audit row. */
  alsoInTransaction?: (trx: Db) => Promise<void>,
): Promise<SkpRow> {
  const prepared = await prepareSkpStep(ctx, p, agencyId, skpId, request);
  await ctx.db.transaction().execute((trx) => runSkpStep(ctx, trx, p, prepared, alsoInTransaction));
  return (await skpRow(ctx.db, agencyId, skpId, false))!;
}

/**
 * The step's writes inside a transaction the caller holds (`actOnSkp`'s own, or one transaction for
 * many SKP: the many-employee RHK import, all or nothing). Throws to roll the transaction back.
 */
export async function runSkpStep(ctx: AppContext, trx: Db, p: Principal, prepared: PreparedSkpStep, alsoInTransaction?: (trx: Db) => Promise<void>): Promise<void> {
  const { agencyId, skpId, request, actor, people } = prepared;
  const skp = await skpRow(trx, agencyId, skpId, true);
  if (!skp) throw new AppError('NOT_FOUND', SKP_NOT_FOUND);
  if (request.requestId && (await eventOfRequest(trx, agencyId, skpId, request.requestId))) return;

  const versions = await versionStatuses(trx, agencyId, skpId);
  const workflow: SkpWorkflow = { versions: versions.map((v) => ({ version: v.version, status: v.status as SkpStatus, contentId: String(v.version), events: [] })) };
  const nextVersion = String(skp.current_version + 1);
  const action: SkpAction =
    request.type === 'edit' || request.type === 'edit_and_approve'
      ? { type: request.type, contentId: String(skp.current_version) }
      : request.type === 'revise'
        ? { type: 'revise', contentId: nextVersion }
        : request.type === 'return'
          ? { type: 'return', note: request.note }
          : { type: request.type };
  const moved = applySkpAction(workflow, action, actor, ctx.now().toISOString());
  if (!moved.ok) throw new AppError(moved.code, moved.message);
  const last = moved.workflow.versions[moved.workflow.versions.length - 1]!;

  if (request.type === 'revise') {
    // The revision starts from the version in force, which stays as it is until the revision is approved.
    const source = await versionContent(trx, agencyId, skpId, skp.version_in_force ?? skp.current_version);
    await insertVersion(trx, agencyId, skpId, last.version);
    await writeVersionContent(trx, agencyId, skpId, last.version, source ?? { rhk: [], perilaku: [], lampiran: [] });
  }
  if (request.type === 'edit') {
    // Only the pejabat penilai writes the Ekspektasi Khusus Pimpinan (edit-and-approve): the
    // employee's (or the admin's on their behalf) save keeps what the version holds, whatever the
    // device sent, so a draft typed before the penilai wrote them cannot erase them.
    const perilaku = (await versionPerilaku(trx, agencyId, skpId, last.version)) ?? [];
    await writeVersionContent(trx, agencyId, skpId, last.version, { ...request.content, perilaku });
  } else if ('content' in request) await writeVersionContent(trx, agencyId, skpId, last.version, request.content);

  if (request.type === 'submit' || request.type === 'edit_and_approve') {
    // The cascade rule is checked against the approved SKP of the penilai named now.
    if (people) await replaceSkpPeople(trx, agencyId, skpId, people);
    const stored = await versionContent(trx, agencyId, skpId, last.version);
    const content = contentOf(stored!);
    const issues = await cascadeIssues(trx, skp, content, await peopleOf(trx, agencyId, skpId));
    if (issues.length > 0) throw new AppError('SKP_CASCADE', undefined, cascadeDetails(issues, content));
  }

  await setVersionStatus(trx, agencyId, skpId, last.version, last.status);
  await updateSkpState(trx, agencyId, skpId, { status: last.status, currentVersion: last.version, versionInForce: skpVersionInForce(moved.workflow)?.version ?? null });
  const e = moved.event;
  await insertEvent(trx, agencyId, skpId, {
    id: newId(),
    version: last.version,
    action: e.action,
    from: e.from,
    to: e.to,
    actorAccountId: p.accountId,
    capacity: e.actor.capacity,
    onBehalf: e.onBehalf,
    note: e.note,
    requestId: request.requestId ?? null,
  });
  if (alsoInTransaction) await alsoInTransaction(trx);
}
