import { localDateOf, POSITION_KIND_LABEL, compareText } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import type { SessionPrincipal } from '../auth/index.js';
import { describePeople, displayName, rankName, type PersonLink } from './people.js';
import { accountDisplayName, agencyHeader, employeeProfile, postsOfEmployee } from './queries.js';

export interface Me {
  account: {
    id: string;
    nip: string;
    role: SessionPrincipal['role'];
    agencyId: string | null;
    mustChangePassword: boolean;
    /** Who signed in, to greet them: the employee's name with titles, else the account's own name (null if none was given). */
    displayName: string | null;
  };
  csrfToken: string;
  agency: { id: string; code: string; name: string } | null;
  employee: {
    id: string;
    nip: string;
    name: string;
    displayName: string;
    kind: 'pns' | 'pppk';
    sex: 'L' | 'P';
    birthDate: string;
    rankCode: string | null;
    rankName: string | null;
  } | null;
  position: {
    id: string;
    name: string;
    kind: keyof typeof POSITION_KIND_LABEL;
    kindLabel: string;
    jfLevel: string | null;
    kelasJabatan: number;
    isUnitHead: boolean;
    unit: { id: string; name: string };
    since: string;
  } | null;
  acting: { role: 'plt' | 'plh'; positionName: string; unitName: string; startsOn: string; endsOn: string | null }[];
  supervisor: PersonLink | null;
  appraiser: PersonLink | null;
  subordinates: PersonLink[];
}

export async function buildMe(ctx: AppContext, s: SessionPrincipal): Promise<Me> {
  const me = await meWithoutName(ctx, s);
  // Accounts without an employee record (the province auditor) carry their own name.
  me.account.displayName = me.employee?.displayName ?? (await accountName(ctx, s.accountId));
  return me;
}

async function accountName(ctx: AppContext, accountId: string): Promise<string | null> {
  const row = await accountDisplayName(ctx.db, accountId);
  return row?.display_name ?? null;
}

async function meWithoutName(ctx: AppContext, s: SessionPrincipal): Promise<Me> {
  const account = { id: s.accountId, nip: s.nip, role: s.role, agencyId: s.agencyId, mustChangePassword: s.mustChangePassword, displayName: null };
  const base: Me = { account, csrfToken: s.csrfToken, agency: null, employee: null, position: null, acting: [], supervisor: null, appraiser: null, subordinates: [] };
  if (!s.agencyId) return base;
  const agency = await agencyHeader(ctx.db, s.agencyId);
  if (!agency) return base;
  base.agency = { id: agency.id, code: agency.code, name: agency.name };
  if (!s.employeeId) return base;

  const agencyId = agency.id;
  const employeeId = s.employeeId;
  const chart = await ctx.charts.get(agencyId, localDateOf(ctx.now(), agency.time_zone), agency.org_version);
  const employee = await employeeProfile(ctx.db, agencyId, employeeId);
  if (!employee) return base;
  base.employee = {
    id: employee.id,
    nip: employee.nip,
    name: employee.name,
    displayName: displayName(employee),
    kind: employee.kind,
    sex: employee.sex,
    birthDate: employee.birth_date,
    rankCode: employee.rank_code,
    rankName: rankName(employee.rank_code),
  };

  const postIds = [chart.positionOf(employeeId), ...chart.actingPostsOf(employeeId).map((a) => a.positionId)].filter(
    (p): p is string => !!p,
  );
  const posts = postIds.length ? await postsOfEmployee(ctx.db, agencyId, employeeId, postIds) : [];
  const own = posts.find((p) => p.id === chart.positionOf(employeeId));
  if (own) {
    base.position = {
      id: own.id,
      name: own.name,
      kind: own.kind,
      kindLabel: POSITION_KIND_LABEL[own.kind],
      jfLevel: own.jf_level,
      kelasJabatan: own.kelas_jabatan,
      isUnitHead: own.is_unit_head,
      unit: { id: own.unit_id, name: own.unit_name },
      since: own.starts_on ?? '',
    };
  }
  base.acting = chart.actingPostsOf(employeeId).flatMap((a) => {
    const p = posts.find((x) => x.id === a.positionId);
    return p && a.role !== 'definitive'
      ? [{ role: a.role, positionName: p.name, unitName: p.unit_name, startsOn: a.startsOn, endsOn: a.endsOn }]
      : [];
  });

  const supervisor = chart.supervisorOf(employeeId);
  const appraiser = chart.atasanPejabatPenilaiOf(employeeId);
  const subordinateLinks = chart.subordinatesOf(employeeId).map((id) => ({ employeeId: id, unitId: null, capacity: 'definitive' as const }));
  const [sup, app, subs] = await Promise.all([
    describePeople(ctx.db, agencyId, chart, supervisor ? [supervisor] : []),
    describePeople(ctx.db, agencyId, chart, appraiser ? [appraiser] : []),
    describePeople(ctx.db, agencyId, chart, subordinateLinks),
  ]);
  base.supervisor = sup[0] ?? null;
  base.appraiser = app[0] ?? null;
  base.subordinates = subs.sort((a, b) => compareText(a.name, b.name));
  return base;
}
