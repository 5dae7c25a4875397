/** "Ajukan": sending the day's draft and returned activities to the supervisor, asked twice. */
import type { Day, Entry } from '../../../api/journal';
import { Icon } from '../../../components/Icon';
import { Notice } from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { longDate } from '../../../lib/dates';
import { useSession } from '../../../session';

export function SubmitBox({
  date,
  day,
  toSend,
  busy,
  confirmSubmit,
  setConfirmSubmit,
  onSubmit,
}: {
  date: string;
  day: Day;
  toSend: Entry[];
  busy: null | 'copy' | 'submit';
  confirmSubmit: boolean;
  setConfirmSubmit: (on: boolean) => void;
  onSubmit: () => void;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <section className="card submitbox" aria-labelledby="submit-title">
      <h2 id="submit-title">
        <Icon name="send" /> {t.journal.submit}
      </h2>
      <p className="muted">{t.journal.submitCount(toSend.length)}</p>
      {!confirmSubmit ? (
        <button type="button" className="btn btn--primary btn--big btn--block" onClick={() => setConfirmSubmit(true)} data-testid="submit-day">
          <Icon name="send" /> {t.journal.submit}
        </button>
      ) : (
        <div className="stack" role="group" aria-labelledby="submit-confirm-title" data-testid="submit-confirm">
          <p id="submit-confirm-title" className="submitbox__q">
            {t.journal.submitTitle}
          </p>
          <p>
            {t.journal.submitWhat(
              toSend.length,
              toSend.reduce((s, e) => s + e.creditedMinutes, 0),
              longDate(date, t.locale),
              me.supervisor?.name ?? t.journal.yourSupervisor,
            )}
          </p>
          <p>{t.journal.submitAfter}</p>
          {day.isWorkingDay && day.remainingMinutes > 0 && (
            <Notice kind="warn">
              <p>{t.journal.submitShort(day.remainingMinutes)}</p>
            </Notice>
          )}
          <button type="button" className="btn btn--primary btn--big btn--block" disabled={busy !== null} onClick={onSubmit} data-testid="submit-yes">
            <Icon name="send" /> {busy === 'submit' ? t.journal.submitting : t.journal.submitYes}
          </button>
          <button type="button" className="btn btn--ghost btn--block" disabled={busy !== null} onClick={() => setConfirmSubmit(false)} data-testid="submit-no">
            {t.journal.submitNo}
          </button>
        </div>
      )}
      <p className="muted">{t.journal.autoSubmit}</p>
    </section>
  );
}
