/** One activity in the day's list: a link that opens it in the sheet. */
import { evidenceUrl } from '../../../api/journal';
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n';
import { showHm } from '../../../lib/dates';
import { href } from '../../../router';
import { EntrySyncState, type ShownEntry } from '../../offline';
import { DecisionNote } from '../DecisionNote';
import { openSheet } from '../links';
import { EntryStatusChip, formatVolume } from '../parts';

export function EntryCard({ entry: e, date }: { entry: ShownEntry; date: string }) {
  const { t } = useI18n();
  const time = e.startTime && e.endTime ? `${showHm(e.startTime, t.locale)}–${showHm(e.endTime, t.locale)}` : t.journal.noTime;
  return (
    <a
      className={`entry entry--${e.status}`}
      href={href(['jurnal', date, 'kegiatan', e.id])}
      onClick={(ev) => {
        ev.preventDefault();
        openSheet(href(['jurnal', date, 'kegiatan', e.id]));
      }}
      data-testid="journal-entry"
      data-status={e.status}
      data-code={e.activityCode}
    >
      <span className="entry__top">
        <span className="entry__time">{time}</span>
        <EntryStatusChip status={e.status} />
      </span>
      {e.local && <EntrySyncState mark={e.local} />}
      <span className="entry__name">{e.activityName}</span>
      <span className="entry__meta">
        <span>
          {formatVolume(e.volume, t.locale)} {e.activityUnit}
        </span>
        <span aria-hidden="true">·</span>
        <strong className={e.status === 'rejected' ? 'entry__minutes--void' : undefined} data-testid="entry-minutes">
          {t.journal.minutes(e.creditedMinutes)}
        </strong>
      </span>
      <DecisionNote entry={e} />
      {e.evidence.length > 0 && (
        <span className="entry__evidence" data-testid="entry-evidence">
          {e.evidence.map((ev) =>
            ev.mediaType === 'application/pdf' ? (
              <span key={ev.sha256} className="thumb thumb--pdf" title={ev.fileName}>
                <Icon name="file" /> PDF
              </span>
            ) : (
              <img key={ev.sha256} className="thumb" src={ev.localUrl ?? evidenceUrl(ev.sha256)} alt={ev.fileName} loading="lazy" width={56} height={56} data-testid="entry-thumb" />
            ),
          )}
        </span>
      )}
    </a>
  );
}
