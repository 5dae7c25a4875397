/** The tabs over an employee's attendance pages; a supervisor also gets approvals and the team today. */
import { useSession } from '../../session';
import { approvalsHref, leaveHref, monthHref, teamHref } from './links';
import { useAttendanceText } from './text';

export type PersonalTab = 'month' | 'leave' | 'approvals' | 'team' | 'selfie';

export function PersonalTabs({ current }: { current: PersonalTab }) {
  const x = useAttendanceText();
  const { me } = useSession();
  const supervises = me.subordinates.length > 0;
  const tabs: { tab: PersonalTab; to: string }[] = [
    { tab: 'month', to: monthHref() },
    { tab: 'leave', to: leaveHref() },
    { tab: 'selfie', to: '#/presensi/swafoto' },
    ...(supervises
      ? [
          { tab: 'team' as const, to: teamHref() },
          { tab: 'approvals' as const, to: approvalsHref() },
        ]
      : []),
  ];
  return (
    <nav className={`tabs att-tabs${tabs.length > 2 ? ' att-tabs--grid' : ''}`} aria-label={x.title}>
      {tabs.map((it) => (
        <a key={it.tab} href={it.to} aria-current={current === it.tab ? 'page' : undefined} data-testid={`att-tab-${it.tab}`}>
          {x.tabs[it.tab]}
        </a>
      ))}
    </nav>
  );
}
