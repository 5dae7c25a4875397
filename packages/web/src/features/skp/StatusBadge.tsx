import type { SkpStatus } from '../../api/skp';
import { useI18n } from '../../i18n';

/** The SKP's workflow status in words, coloured by what it asks of the reader. */
export function StatusBadge({ status }: { status: SkpStatus | null }) {
  const { t } = useI18n();
  const kind = status === 'disetujui' ? 'ok' : status === 'dikembalikan' ? 'warn' : status === 'diajukan' ? 'info' : 'neutral';
  return (
    <span className={`skp-status skp-status--${kind}`} data-testid="skp-status" data-status={status ?? 'none'}>
      {status ? t.skp.status[status] : t.skp.notStarted}
    </span>
  );
}
