import { useEffect, useState } from 'react';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { errorText } from '../../errors';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { privacyApi, type DataExport, type DataReadsAnswer } from './api';
import { usePrivacyText } from './text';
import './privacy.css';

/**
 * "Data saya" (UU PDP): the archive of everything held about me, prepared in the background and
 * downloaded here; and who opened my data. An account without an employee record has neither.
 */
export default function MyData() {
  const x = usePrivacyText();
  const { me } = useSession();
  const agencyId = me.agency?.id;
  const employeeId = me.employee?.id;
  return (
    <div className="stack my-data">
      <PageTitle testId="my-data-title">{x.title}</PageTitle>
      {agencyId && employeeId ? (
        <>
          <ArchiveCard agencyId={agencyId} employeeId={employeeId} />
          <ReadsCard />
        </>
      ) : null}
    </div>
  );
}

function size(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

const unfinished = (e: DataExport | undefined) => e?.status === 'queued' || e?.status === 'running';

function ArchiveCard({ agencyId, employeeId }: { agencyId: string; employeeId: string }) {
  const { t, lang } = useI18n();
  const x = usePrivacyText();
  const list = useLoad((signal) => privacyApi.exports(agencyId, employeeId, signal), [agencyId, employeeId]);
  const [latest, setLatest] = useState<DataExport | undefined>();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>();
  const shown = latest ?? list.data?.exports[0];

  // While it is being made, ask how far it got every 1.5 s (a small answer).
  useEffect(() => {
    if (!shown || !unfinished(shown)) return;
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      privacyApi.exportStatus(agencyId, shown.id, ctrl.signal).then(
        (r) => setLatest(r.export),
        (err: unknown) => !ctrl.signal.aborted && setError(err),
      );
    }, 1500);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [agencyId, shown]);

  async function start() {
    setAsking(true);
    setError(undefined);
    try {
      setLatest((await privacyApi.startExport(agencyId, employeeId)).export);
    } catch (err) {
      setError(err);
    } finally {
      setAsking(false);
    }
  }

  const startButton = (label: string) => (
    <button type="button" className="btn btn--primary btn--big btn--block" onClick={() => void start()} disabled={asking} aria-busy={asking} data-testid="archive-start">
      <Icon name="file" /> {asking ? x.archive.starting : label}
    </button>
  );

  return (
    <section className="card stack" aria-labelledby="archive-title" data-testid="archive-card">
      <h2 id="archive-title">{x.archive.title}</h2>
      <p className="muted">{x.archive.intro}</p>
      {list.loading && !shown ? <Loading /> : null}
      {list.error ? <ErrorBox error={list.error} onRetry={list.retry} /> : null}
      {error ? <Notice kind="error" live>{errorText(error, t, lang)}</Notice> : null}
      {shown?.reason ? <p className="muted" data-testid="archive-on-behalf">{x.archive.onBehalf(shown.reason)}</p> : null}
      {unfinished(shown) ? (
        <div className="archive-progress" role="status" data-testid="archive-progress">
          <p>{x.archive.making(shown!.partsDone, shown!.partsTotal)}</p>
          <progress max={Math.max(1, shown!.partsTotal)} value={shown!.partsDone} />
          <p className="muted">{x.archive.makingHint}</p>
        </div>
      ) : shown?.status === 'ready' ? (
        <>
          <Notice kind="ok" live>
            <span data-testid="archive-ready">{x.archive.ready(size(shown.sizeBytes ?? 0, t.locale), formatDate(shown.expiresAt, t.locale))}</span>
          </Notice>
          <a className="btn btn--primary btn--big btn--block" href={privacyApi.fileUrl(agencyId, shown.id)} download data-testid="archive-download">
            <Icon name="download" /> {x.archive.download}
          </a>
          {startButton(x.archive.again)}
        </>
      ) : shown?.status === 'failed' ? (
        <>
          <Notice kind="warn" live>
            <span data-testid="archive-failed">
              {x.archive.failed} {shown.error}
            </span>
          </Notice>
          {startButton(x.archive.again)}
        </>
      ) : list.data ? (
        startButton(x.archive.start)
      ) : null}
    </section>
  );
}

function ReadsCard() {
  const { t } = useI18n();
  const x = usePrivacyText();
  const reads = useLoad((signal) => privacyApi.reads(signal), []);
  return (
    <section className="card stack" aria-labelledby="reads-title" data-testid="reads-card">
      <h2 id="reads-title">{x.reads.title}</h2>
      <p className="muted">{x.reads.intro}</p>
      {reads.loading ? <Loading /> : reads.error ? <ErrorBox error={reads.error} onRetry={reads.retry} /> : <ReadsList answer={reads.data!} locale={t.locale} />}
    </section>
  );
}

function ReadsList({ answer, locale }: { answer: DataReadsAnswer; locale: string }) {
  const x = usePrivacyText();
  if (answer.reads.length === 0) return <p className="empty" data-testid="reads-none">{x.reads.none}</p>;
  const days = [...new Set(answer.reads.map((r) => r.date))];
  return (
    <>
      {days.map((day) => (
        <div key={day} className="reads-day">
          <h3>{formatDate(day, locale)}</h3>
          <ul className="reads">
            {answer.reads
              .filter((r) => r.date === day)
              .map((r) => (
                <li key={`${r.firstAt}-${r.kind}-${r.reader.nip}`} data-testid="read-item">
                  <strong>{r.reader.name}</strong> <span className="muted">({x.reads.role[r.reader.role] ?? r.reader.role})</span> {x.reads.kind[r.kind]}
                </li>
              ))}
          </ul>
        </div>
      ))}
      {answer.truncated ? <p className="muted">{x.reads.truncated}</p> : null}
    </>
  );
}
