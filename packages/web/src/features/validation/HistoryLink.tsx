import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';
import { href } from '../../router';

/** "Lihat riwayat": the entry's history page (#/riwayat/:entryId, optionally ?instansi= for admins). */
export function HistoryLink({ entryId, agencyId }: { entryId: string; agencyId?: string }) {
  const { t } = useI18n();
  return (
    <a className="backlink" href={href(['riwayat', entryId], { instansi: agencyId })} data-testid="entry-history-link">
      <Icon name="clock" /> {t.history.open}
    </a>
  );
}
