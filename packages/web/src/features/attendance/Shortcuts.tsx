/**
 * Beranda's way into attendance: my month for every employee, the team today and leave approvals
 * for a supervisor, the agency's machines, recap and schedules for admins. Its few words live here
 * so Beranda does not load the attendance screens' texts.
 */
import { Icon } from '../../components/Icon';
import { useI18n, type Lang } from '../../i18n';
import { canSeeAdmin, useSession } from '../../session';
import { adminHref, approvalsHref, monthHref, teamHref } from './links';

const TEXT: Record<Lang, { nav: string; mine: string; team: string; approvals: string; admin: string }> = {
  id: { nav: 'Presensi', mine: 'Presensi saya', team: 'Tim hari ini', approvals: 'Persetujuan cuti & izin', admin: 'Presensi instansi: mesin, rekap, jadwal' },
  // A soft hyphen: at 360 px a quarter of the menu is narrower than 'Attendance' in bold, so it breaks as
  // 'Atten-dance' on two lines there and stays whole where it fits.
  en: { nav: 'Atten\u00addance', mine: 'My attendance', team: 'Team today', approvals: 'Leave approvals', admin: 'Agency attendance: machines, recap, schedules' },
};

/** The bottom menu's label. */
export function useAttendanceNavLabel(): string {
  return TEXT[useI18n().lang].nav;
}

export function AttendanceShortcuts() {
  const { lang } = useI18n();
  const { me } = useSession();
  const x = TEXT[lang];
  const supervises = me.subordinates.length > 0;
  return (
    <div className="shortcuts">
      {me.employee && (
        <a className="btn btn--secondary btn--block" href={monthHref()} data-testid="attendance-shortcut">
          <Icon name="clock" /> {x.mine}
        </a>
      )}
      {me.employee && supervises && (
        <a className="btn btn--secondary btn--block" href={teamHref()} data-testid="team-today-shortcut">
          <Icon name="users" /> {x.team}
        </a>
      )}
      {me.employee && supervises && (
        <a className="btn btn--secondary btn--block" href={approvalsHref()} data-testid="leave-approvals-shortcut">
          <Icon name="checkDouble" /> {x.approvals}
        </a>
      )}
      {canSeeAdmin(me.account.role) && (
        <a className="btn btn--secondary btn--block" href={adminHref()} data-testid="attendance-admin-shortcut">
          <Icon name="building" /> {x.admin}
        </a>
      )}
    </div>
  );
}
