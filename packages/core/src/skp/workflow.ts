/**
 * The SKP workflow (PermenPANRB 6/2022: the SKP is drafted by the employee, agreed with and
 * approved by the pejabat penilai): draft → diajukan → disetujui, or dikembalikan with a note and
 * then revised and submitted again. An approved SKP is revised mid-year through the same workflow
 * as a new version; the approved version stays in force until the new one is approved.
 *
 * Who acts (the caller works out the capacity from the org chart and the account):
 * - pegawai: the employee whose SKP it is: create, edit, submit, withdraw, open a revision;
 * - pengelola_kinerja: an admin doing the employee's part on their behalf (PP 30/2019 Pasal 8(3):
 *   SKP is drafted "oleh PNS dan Pejabat Penilai Kinerja PNS dan/atau Pengelola Kinerja"); every
 *   such event is marked `onBehalf`;
 * - pejabat_penilai: approves, returns, or edits and approves in one step (common practice), and may
 *   open a revision of an approved SKP (the expectations changed mid-year).
 * No one can approve on the penilai's behalf: approval is the penilai's judgment.
 *
 * Every version is kept. Only the last version changes; earlier ones are frozen (approved, or a
 * revision given up). Pure: the state is returned new, never changed in place.
 */
import type { ErrorCode } from '../errors/codes.js';
import { checkDecisionNote } from '../validation/decision.js';

export const SKP_STATUSES = ['draft', 'diajukan', 'disetujui', 'dikembalikan', 'dibatalkan'] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];

export const SKP_STATUS_LABEL: Record<SkpStatus, string> = {
  draft: 'Draf',
  diajukan: 'Diajukan',
  disetujui: 'Disetujui',
  dikembalikan: 'Dikembalikan',
  dibatalkan: 'Revisi dibatalkan',
};

export const SKP_ACTOR_CAPACITIES = ['pegawai', 'pejabat_penilai', 'pengelola_kinerja'] as const;
export type SkpActorCapacity = (typeof SKP_ACTOR_CAPACITIES)[number];

export interface SkpActor {
  accountId: string;
  capacity: SkpActorCapacity;
}

/** `contentId` names the version's content (RHK, IKI, perilaku, lampiran) as the caller stores it. */
export type SkpAction =
  | { type: 'edit'; contentId: string }
  | { type: 'submit' }
  | { type: 'withdraw' }
  | { type: 'return'; note: string }
  | { type: 'approve' }
  | { type: 'edit_and_approve'; contentId: string }
  | { type: 'revise'; contentId: string }
  | { type: 'cancel_revision' };
export type SkpActionType = SkpAction['type'];

export const SKP_ACTION_LABEL: Record<SkpActionType, string> = {
  edit: 'diubah',
  submit: 'diajukan',
  withdraw: 'ditarik kembali',
  return: 'dikembalikan',
  approve: 'disetujui',
  edit_and_approve: 'diubah dan disetujui',
  revise: 'direvisi',
  cancel_revision: 'dibatalkan revisinya',
};

/** The legal moves of the last version: from status, by action, to status. */
export const SKP_TRANSITIONS: Readonly<Record<SkpStatus, Partial<Record<SkpActionType, SkpStatus>>>> = {
  draft: { edit: 'draft', submit: 'diajukan', cancel_revision: 'dibatalkan' },
  dikembalikan: { edit: 'dikembalikan', submit: 'diajukan', cancel_revision: 'dibatalkan' },
  diajukan: { withdraw: 'draft', return: 'dikembalikan', approve: 'disetujui', edit_and_approve: 'disetujui' },
  // A revision is a new version in draft; the approved one stays as it is.
  disetujui: { revise: 'draft' },
  // A revision given up: the approved version before it is still in force; a new revision may follow.
  dibatalkan: { revise: 'draft' },
};

export const SKP_ACTION_ACTORS: Readonly<Record<SkpActionType, readonly SkpActorCapacity[]>> = {
  edit: ['pegawai', 'pengelola_kinerja'],
  submit: ['pegawai', 'pengelola_kinerja'],
  withdraw: ['pegawai', 'pengelola_kinerja'],
  return: ['pejabat_penilai'],
  approve: ['pejabat_penilai'],
  edit_and_approve: ['pejabat_penilai'],
  revise: ['pegawai', 'pengelola_kinerja', 'pejabat_penilai'],
  cancel_revision: ['pegawai', 'pengelola_kinerja', 'pejabat_penilai'],
};

export interface SkpEvent {
  action: SkpActionType | 'create';
  actor: SkpActor;
  /** An admin did the employee's part. */
  onBehalf: boolean;
  at: string;
  from: SkpStatus | null;
  to: SkpStatus;
  note: string | null;
  contentId: string;
}

export interface SkpVersion {
  version: number;
  status: SkpStatus;
  contentId: string;
  events: readonly SkpEvent[];
}

export interface SkpWorkflow {
  versions: readonly SkpVersion[];
}

export type SkpTransitionResult =
  | { ok: true; workflow: SkpWorkflow; event: SkpEvent }
  | { ok: false; code: Extract<ErrorCode, 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION'>; message: string };

/** A new SKP: version 1 in draft, made by the employee or an admin on their behalf. */
export function createSkpWorkflow(actor: SkpActor, contentId: string, at: string): SkpTransitionResult {
  if (actor.capacity === 'pejabat_penilai') {
    return { ok: false, code: 'FORBIDDEN', message: 'SKP disusun oleh pegawai yang bersangkutan atau pengelola kinerja atas namanya.' };
  }
  const event: SkpEvent = { action: 'create', actor, onBehalf: actor.capacity === 'pengelola_kinerja', at, from: null, to: 'draft', note: null, contentId };
  return { ok: true, workflow: { versions: [{ version: 1, status: 'draft', contentId, events: [event] }] }, event };
}

export function applySkpAction(workflow: SkpWorkflow, action: SkpAction, actor: SkpActor, at: string): SkpTransitionResult {
  const current = workflow.versions[workflow.versions.length - 1];
  if (!current) return { ok: false, code: 'CONFLICT', message: 'SKP belum dibuat.' };
  // Own-key lookups: type and status may arrive as strings from storage or the network.
  const row = Object.hasOwn(SKP_TRANSITIONS, current.status) ? SKP_TRANSITIONS[current.status] : undefined;
  const to = row && Object.hasOwn(row, action.type) ? row[action.type] : undefined;
  if (to === undefined) {
    const act = Object.hasOwn(SKP_ACTION_LABEL, action.type) ? SKP_ACTION_LABEL[action.type] : String(action.type);
    return { ok: false, code: 'CONFLICT', message: `SKP berstatus '${SKP_STATUS_LABEL[current.status]}' tidak dapat ${act}.` };
  }
  if (!SKP_ACTION_ACTORS[action.type].includes(actor.capacity)) {
    return { ok: false, code: 'FORBIDDEN', message: `Anda tidak berhak melakukan tindakan ini: SKP hanya dapat ${SKP_ACTION_LABEL[action.type]} oleh ${actorsText(action.type)}.` };
  }
  if (action.type === 'cancel_revision' && current.version === 1) {
    return { ok: false, code: 'CONFLICT', message: 'Hanya revisi SKP yang dapat dibatalkan; SKP pertama tetap disimpan sebagai draf.' };
  }

  let note: string | null = null;
  if (action.type === 'return') {
    const checked = checkDecisionNote('returned', action.note);
    if (!checked.ok) return { ok: false, code: 'VALIDATION', message: checked.message };
    note = checked.note;
  }
  const contentId = 'contentId' in action ? action.contentId : current.contentId;
  const event: SkpEvent = {
    action: action.type,
    actor,
    onBehalf: actor.capacity === 'pengelola_kinerja',
    at,
    from: current.status,
    to,
    note,
    contentId,
  };

  if (action.type === 'revise') {
    const next: SkpVersion = { version: current.version + 1, status: 'draft', contentId, events: [event] };
    return { ok: true, workflow: { versions: [...workflow.versions, next] }, event };
  }
  const updated: SkpVersion = { ...current, status: to, contentId, events: [...current.events, event] };
  return { ok: true, workflow: { versions: [...workflow.versions.slice(0, -1), updated] }, event };
}

/** The version in force: the latest approved one, or undefined before the first approval. */
export function skpVersionInForce(workflow: SkpWorkflow): SkpVersion | undefined {
  for (let i = workflow.versions.length - 1; i >= 0; i--) {
    if (workflow.versions[i]!.status === 'disetujui') return workflow.versions[i];
  }
  return undefined;
}

/** The version being worked on, if any: the last one while it is not approved or given up. */
export function skpVersionInProgress(workflow: SkpWorkflow): SkpVersion | undefined {
  const last = workflow.versions[workflow.versions.length - 1];
  return last && last.status !== 'disetujui' && last.status !== 'dibatalkan' ? last : undefined;
}

const CAPACITY_TEXT: Record<SkpActorCapacity, string> = {
  pegawai: 'pegawai yang bersangkutan',
  pejabat_penilai: 'pejabat penilai kinerja',
  pengelola_kinerja: 'pengelola kinerja',
};

function actorsText(type: SkpActionType): string {
  return SKP_ACTION_ACTORS[type].map((c) => CAPACITY_TEXT[c]).join(' atau ');
}
