/** An entry that can no longer change (sent, approved, rejected, or its day closed): shown, not edited. */
import { evidenceUrl, type Day, type Entry } from '../../../api/journal';
import { Notice } from '../../../components/ui';
import { shownName, shownText } from '../../../format';
import { useI18n } from '../../../i18n';
import { showHm } from '../../../lib/dates';
import { HistoryLink } from '../../validation';
import { DecisionNote } from '../DecisionNote';
import { EntryStatusChip, formatVolume } from '../parts';

/** `rhkText`: the text of the entry's RHK when the kept context knows it (one of the user's approved SKP). */
export function EntryDetails({ entry: e, day, rhkText }: { entry: Entry; day: Day; rhkText?: string | undefined }) {
  const { t } = useI18n();
  const time = e.startTime && e.endTime ? `${showHm(e.startTime, t.locale)}–${showHm(e.endTime, t.locale)}` : t.journal.noTime;
  return (
    <div className="sheet__body">
      <div className="stack">
        <Notice kind="info">
          <p data-testid="entry-readonly">{day.windowOpen ? t.sheet.readOnly(t.journal.entryStatus[e.status]) : t.journal.closed('')}</p>
        </Notice>
        {e.status !== 'draft' && (
          <p className="sheet__decision">
            <DecisionNote entry={e} />
            <HistoryLink entryId={e.id} />
          </p>
        )}
        <section className="chosen">
          <p className="chosen__label">{t.sheet.activity}</p>
          <p className="chosen__name">{e.activityName}</p>
          <p className="chosen__meta">{e.activityCode}</p>
          <p>
            <EntryStatusChip status={e.status} />
          </p>
        </section>
        <dl className="facts">
          <div className="fact fact--half">
            <dt>{t.sheet.start}–{t.sheet.end.toLowerCase()}</dt>
            <dd>{time}</dd>
          </div>
          <div className="fact fact--half">
            <dt>{t.sheet.volume}</dt>
            <dd>
              {formatVolume(e.volume, t.locale)} {e.activityUnit}
            </dd>
          </div>
          <div className="fact">
            <dt>{t.sheet.credited}</dt>
            <dd>{t.sheet.creditedValue(e.creditedMinutes)}</dd>
          </div>
          {e.rhkId && (
            <div className="fact">
              <dt>{t.sheet.rhk}</dt>
              <dd data-testid="entry-rhk-text">{rhkText ?? t.sheet.rhkGone}</dd>
            </div>
          )}
          {e.description && (
            <div className="fact">
              <dt>{t.sheet.description}</dt>
              <dd className="prewrap">{shownText(e.description)}</dd>
            </div>
          )}
        </dl>
        {e.evidence.length > 0 && (
          <section aria-labelledby="evidence-ro-title">
            <h2 id="evidence-ro-title">{t.sheet.evidence}</h2>
            <ul className="plain-list evgrid">
              {e.evidence.map((ev) => (
                <li key={ev.sha256}>
                  <a className="evtile__thumb evtile__thumb--big" href={evidenceUrl(ev.sha256)} target="_blank" rel="noreferrer" aria-label={t.sheet.openFile(shownName(ev.fileName))}>
                    {ev.mediaType === 'application/pdf' ? <span className="evtile__pdf">{t.sheet.pdf}</span> : <img src={evidenceUrl(ev.sha256)} alt="" />}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
