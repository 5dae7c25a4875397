import { Icon, type IconName } from '../../components/Icon';
import { useI18n } from '../../i18n';
import { dayHref, monthHref, weekHref } from './links';

/** Day, week and month: the journal's three views, as tabs. */
export function ViewTabs({ view, date }: { view: 'day' | 'week' | 'month'; date: string }) {
  const { t } = useI18n();
  const tabs: { key: typeof view; to: string; label: string; icon: IconName }[] = [
    { key: 'day', to: dayHref(date), label: t.journal.viewDay, icon: 'journal' },
    { key: 'week', to: weekHref(date), label: t.journal.viewWeek, icon: 'week' },
    { key: 'month', to: monthHref(date.slice(0, 7)), label: t.journal.viewMonth, icon: 'calendar' },
  ];
  return (
    <nav className="tabs tabs--journal" aria-label={t.journal.views}>
      {tabs.map((x) => (
        <a key={x.key} href={x.to} aria-current={view === x.key ? 'page' : undefined} data-testid={`view-${x.key}`}>
          <Icon name={x.icon} /> {x.label}
        </a>
      ))}
    </nav>
  );
}
