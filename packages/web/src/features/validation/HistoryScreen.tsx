/** "Riwayat Kegiatan": every step of one entry, oldest first (GET /agencies/:id/entries/:id/history). */
import { validationApi, type HistoryEvent } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { refusedPage } from '../../components/StatusPages';
import { ErrorBox, Loading, PageTitle, useLoad } from '../../components/ui';
import { shownText } from '../../format';
import { useI18n, type Dict } from '../../i18n';
import { shortInstant } from '../journal';
import { longDate, showHm } from '../../lib/dates';
import { useSession } from '../../session';

function actionText(ev: HistoryEvent, t: Dict): string {
  return t.history.actions[ev.action] ?? ev.action;
}

export function HistoryScreen({ entryId, agencyId }: { entryId: string; agencyId: string | null }) {
  const { t } = useI18n();
  const { me } = useSession();
  const agency = agencyId ?? me.account.agencyId ?? me.agency?.id ?? '';
  const { data, error, loading, retry } = useLoad((signal) => validationApi.history(agency, entryId, signal), [agency, entryId]);
  const status = data?.entry.status as keyof Dict['journal']['entryStatus'] | undefined;
  const refused = refusedPage(error);
  if (refused) return refused;
  return (
    <div className="stack">
      <button type="button" className="backlink" onClick={() => history.back()}>
        <Icon name="back" /> {t.history.back}
      </button>
      <PageTitle testId="history-title">{t.history.title}</PageTitle>
      {loading && !data && <Loading />}
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {data && (
        <>
          <p data-testid="history-entry">
            <strong>{longDate(data.entry.workDate, t.locale)}</strong>
            <br />
            <strong>{data.entry.activityName}</strong>
            <br />
            <span className="muted">
              {data.entry.startTime && data.entry.endTime ? `${showHm(data.entry.startTime, t.locale)}–${showHm(data.entry.endTime, t.locale)} · ` : ''}
              {t.journal.minutes(data.entry.creditedMinutes)}
            </span>
            {data.entry.description && (
              <>
                <br />
                <span>{shownText(data.entry.description)}</span>
              </>
            )}
            <br />
            <span data-testid="history-status">{t.history.status(status ? (t.journal.entryStatus[status] ?? data.entry.status) : '')}</span>
          </p>
          <p className="muted">{t.history.intro}</p>
          {data.events.length === 0 ? (
            <p className="empty">{t.history.empty}</p>
          ) : (
            <ol className="plain-list timeline" data-testid="history-list">
              {data.events.map((ev) => {
                const note = typeof ev.data.note === 'string' ? shownText(ev.data.note) : '';
                return (
                  <li key={ev.seq} className={`timeline__item timeline__item--${ev.action}`} data-testid="history-item" data-action={ev.action}>
                    <span className="timeline__when">{shortInstant(ev.at, t.locale)}</span>
                    <strong className="timeline__what">{actionText(ev, t)}</strong>
                    <span className="muted">{ev.actor?.name ? t.history.by(ev.actor.name) : t.history.system}</span>
                    {note && (
                      <span className="timeline__note" data-testid="history-note">
                        <strong>{ev.action === 'rejected' ? t.decision.reason : t.decision.note}:</strong> {note}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
