import { OrgChart, type OrgSnapshot, type Role } from '@kinerja/core';
import type { DemoPlan, PlannedAgency, PlannedEmployee } from './plan.js';
import type { PlannedPosition } from './structure.js';

export interface DemoAccount {
  nip: string;
  password: string;
  role: Role;
  /** What this sign-in shows, in Bahasa Indonesia. */
  label: string;
  /** The person's name with titles (the auditor has no employee record, but a name all the same). */
  name?: string;
}

/** The org chart of one planned agency, with codes as unit/position ids and NIPs as employee ids. */
export function planSnapshot(agency: PlannedAgency): OrgSnapshot {
  return {
    units: agency.units.map((u) => ({ id: u.code, parentId: u.parentCode })),
    positions: agency.positions.map((p) => ({ id: p.code, unitId: p.unitCode, isUnitHead: p.isHead })),
    assignments: agency.assignments.map((a) => ({ employeeId: a.nip, positionId: a.positionCode, role: a.role, startsOn: a.startsOn, endsOn: a.endsOn })),
    employees: agency.employees.map((e) => ({ id: e.nip, active: true, supervisorOverrideId: null })),
  };
}

export function displayName(p: { name: string; frontTitle: string | null; backTitle: string | null }): string {
  return `${p.frontTitle ? `${p.frontTitle} ` : ''}${p.name}${p.backTitle ? `, ${p.backTitle}` : ''}`;
}

class AgencyView {
  readonly chart: OrgChart;
  readonly byNip: Map<string, PlannedEmployee>;
  readonly position: Map<string, PlannedPosition>;
  readonly unitName: Map<string, string>;

  constructor(
    readonly agency: PlannedAgency,
    today: string,
  ) {
    this.chart = new OrgChart(planSnapshot(agency), today);
    this.byNip = new Map(agency.employees.map((e) => [e.nip, e]));
    this.position = new Map(agency.positions.map((p) => [p.code, p]));
    this.unitName = new Map(agency.units.map((u) => [u.code, u.name]));
  }

  postOf(e: PlannedEmployee): PlannedPosition {
    return this.position.get(e.positionCode)!;
  }

  account(e: PlannedEmployee, password: string, label: string): DemoAccount {
    return { nip: e.nip, password, role: e.accountRole, label, name: displayName(e) };
  }
}

function fail(what: string): never {
  throw new Error(`Akun demo tidak ditemukan: ${what}`);
}

/**
 * The sign-ins the README and the start-up banner list. Each is found by asking core's OrgChart, so a
 * label can only claim a relationship the chart really has on `plan.today`.
 */
export function pickFromPlan(plan: DemoPlan, password: string): DemoAccount[] {
  const agency = (code: string) => plan.agencies.find((a) => a.spec.code === code) ?? fail(code);
  const dinkes = new AgencyView(agency('DINKES'), plan.today);
  const { chart } = dinkes;
  const out: DemoAccount[] = [];

  // A pelaksana whose supervisor is a definitive pengawas with at least three subordinates.
  const pengawasUnits = dinkes.agency.units
    .filter((u) => u.spec.tier === 'pengawas')
    .sort((a, b) => Number(b.spec.showcase ?? false) - Number(a.spec.showcase ?? false));
  let pair: { staff: PlannedEmployee; boss: PlannedEmployee; subordinates: number } | undefined;
  for (const unit of pengawasUnits) {
    const head = chart.headPositionOf(unit.code);
    const occupant = head ? chart.occupantOf(head) : undefined;
    if (!occupant || occupant.role !== 'definitive' || chart.actingPostsOf(occupant.employeeId).length > 0) continue;
    const subordinates = chart.subordinatesOf(occupant.employeeId);
    if (subordinates.length < 3) continue;
    const staff = subordinates
      .map((nip) => dinkes.byNip.get(nip)!)
      .find((e) => e.accountRole === 'employee' && dinkes.postOf(e).kind === 'pelaksana' && chart.supervisorOf(e.nip)?.capacity === 'definitive');
    if (staff) {
      pair = { staff, boss: dinkes.byNip.get(occupant.employeeId)!, subordinates: subordinates.length };
      break;
    }
  }
  if (!pair) fail('pelaksana Dinas Kesehatan dengan atasan pengawas');
  const staffPost = dinkes.postOf(pair.staff);
  out.push(dinkes.account(pair.staff, password, `Pegawai (pelaksana) di Dinas Kesehatan: ${staffPost.name}, ${dinkes.unitName.get(staffPost.unitCode)}`));
  out.push(
    dinkes.account(pair.boss, password, `Atasan langsung (pengawas) di Dinas Kesehatan: ${dinkes.postOf(pair.boss).name}, ${pair.subordinates} bawahan`),
  );

  // Someone whose unit head post is vacant and filled by a Plt.
  const underPlt = dinkes.agency.employees.find((e) => {
    const post = dinkes.postOf(e);
    const sup = chart.supervisorOf(e.nip);
    return !post.isHead && e.accountRole === 'employee' && sup?.capacity === 'plt' && sup.unitId === post.unitCode;
  });
  if (!underPlt) fail('pegawai dengan atasan Plt');
  const pltUnit = dinkes.unitName.get(dinkes.postOf(underPlt).unitCode)!;
  const plt = dinkes.byNip.get(chart.supervisorOf(underPlt.nip)!.employeeId)!;
  out.push(dinkes.account(underPlt, password, `Pegawai di Dinas Kesehatan yang kepala unitnya kosong: atasannya Plt Kepala ${pltUnit} (${displayName(plt)})`));

  // Someone whose unit head post is vacant with nobody acting: supervision passes one level up.
  const skipped = dinkes.agency.employees.find((e) => {
    const post = dinkes.postOf(e);
    const unit = dinkes.agency.units.find((u) => u.code === post.unitCode)!;
    return !post.isHead && e.accountRole === 'employee' && unit.spec.vacancy === 'empty' && chart.supervisorOf(e.nip)?.unitId === unit.parentCode;
  });
  if (skipped) {
    const unit = dinkes.unitName.get(dinkes.postOf(skipped).unitCode)!;
    out.push(dinkes.account(skipped, password, `Pegawai di Dinas Kesehatan yang kepala unitnya kosong tanpa Plt (${unit}): atasannya naik satu tingkat`));
  }

  const kadis = dinkes.byNip.get(chart.occupantOf(chart.headPositionOf('DINKES')!)!.employeeId)!;
  out.push(dinkes.account(kadis, password, 'Kepala Dinas Kesehatan (JPT Pratama): melihat seluruh bawahan'));

  const bappeda = new AgencyView(agency('BAPPEDA'), plan.today);
  const plh = bappeda.agency.assignments.find((a) => a.role === 'plh');
  if (plh) {
    const post = bappeda.position.get(plh.positionCode)!;
    out.push(bappeda.account(bappeda.byNip.get(plh.nip)!, password, `Plh ${post.name} di Bappeda (pejabat sementara, ${plh.startsOn} s.d. ${plh.endsOn})`));
  }

  const disdik = new AgencyView(agency('DISDIKBUD'), plan.today);
  const teacher = disdik.agency.employees.find((e) => e.kind === 'pppk' && disdik.postOf(e).jabatan === 'GURU');
  if (teacher) {
    out.push(disdik.account(teacher, password, `Guru PPPK di ${disdik.unitName.get(disdik.postOf(teacher).unitCode)}`));
  }

  const dinkesAdmin = dinkes.agency.employees.find((e) => e.accountRole === 'agency_admin') ?? fail('admin OPD Dinas Kesehatan');
  out.push(dinkes.account(dinkesAdmin, password, 'Admin OPD Dinas Kesehatan (juga pegawai)'));
  const dinkesFinance = dinkes.agency.employees.find((e) => e.accountRole === 'finance') ?? fail('pengelola keuangan Dinas Kesehatan');
  out.push(dinkes.account(dinkesFinance, password, 'Pengelola keuangan (bendahara) Dinas Kesehatan: TPP instansi dan daftar nominatif (juga pegawai)'));

  const bkd = new AgencyView(agency('BKD'), plan.today);
  const bkdAgencyAdmin = bkd.agency.employees.find((e) => e.accountRole === 'agency_admin') ?? fail('admin OPD BKD');
  out.push(bkd.account(bkdAgencyAdmin, password, 'Admin OPD Badan Kepegawaian Daerah (juga pegawai)'));
  const bkdAdmin = bkd.agency.employees.find((e) => e.accountRole === 'bkd_admin') ?? fail('admin BKD');
  out.push(bkd.account(bkdAdmin, password, 'Admin BKD: mengelola seluruh OPD di provinsi (juga pegawai BKD)'));

  out.push({
    nip: plan.auditor.nip,
    password,
    role: 'auditor',
    label: 'Auditor provinsi (Inspektorat): hanya membaca, seluruh OPD',
    name: displayName(plan.auditor),
  });
  return out;
}
