/** Small pieces shared by the journal screen and the entry sheet. */
import type { DayStatus, EntryStatus } from '../../api/journal';
import { Icon, type IconName } from '../../components/Icon';
import { useI18n } from '../../i18n';

export const DAY_STATUS_ICON: Record<DayStatus, IconName> = {
  approved: 'checkDouble',
  complete: 'check',
  waiting: 'clock',
  incomplete: 'half',
  returned: 'alert',
  empty: 'circle',
  non_working: 'minus',
};

const ENTRY_STATUS_ICON: Record<EntryStatus, IconName> = {
  draft: 'pencil',
  submitted: 'clock',
  approved: 'check',
  rejected: 'x',
  returned: 'alert',
};

export function EntryStatusChip({ status }: { status: EntryStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status status--${status}`} data-testid="entry-status" data-status={status}>
      <Icon name={ENTRY_STATUS_ICON[status]} size={18} />
      {t.journal.entryStatus[status]}
    </span>
  );
}

export function formatVolume(v: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v);
}

/** A day's status: an icon and words, never colour alone. */
export function DayStatusChip({ status, testId }: { status: DayStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`daystatus daystatus--${status}`} data-status={status}>
      <Icon name={DAY_STATUS_ICON[status]} size={20} />
      <span data-testid={testId}>{t.journal.dayStatus[status]}</span>
    </span>
  );
}
