/**
 * "Validasi": my subordinates' sent entries waiting for my decision, by person then day, oldest
 * first; paged by the API's cursor ("Muat lagi"). Single decisions send the entry's version; bulk ones
 * the inbox's asOf, so entries sent after I looked are left alone.
 */
import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { validationApi, type BulkResult, type Decision, type Inbox, type InboxPerson, type InboxRest, type ReviewDay, type ReviewEntry } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { ApproveAll } from './ApproveAll';
import { setInboxCount } from './count';
import { dayKey } from './labels';
import { PersonHeader } from './PersonHeader';
import { ReviewDayCard } from './ReviewDayCard';

const PAGE = 10;

interface Flash {
  kind: 'ok' | 'warn' | 'error';
  title?: string;
  text: string;
  lines?: string[];
}

interface Loaded {
  inbox: Inbox;
  days: ReviewDay[];
  cursor: string | null;
  /** What waits on the pages after the last one loaded (from that page's answer). */
  rest: InboxRest;
}

/** Each page brings only its own people: keep the earlier ones, the newer answer wins for the same person. */
function mergePeople(had: readonly InboxPerson[], next: readonly InboxPerson[]): InboxPerson[] {
  const fresh = new Map(next.map((p) => [p.employee.employeeId, p]));
  const kept = had.filter((p) => !fresh.has(p.employee.employeeId));
  return [...kept, ...next];
}

export function InboxScreen({ pageSize = PAGE }: { pageSize?: number | undefined }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Map<string, Decision>>(new Map());
  const [flash, setFlash] = useState<Flash | null>(null);
  const flashRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    setError(null);
    validationApi.inbox(null, pageSize, ctrl.signal).then(
      (inbox) => {
        if (ctrl.signal.aborted) return;
        setData({ inbox, days: inbox.page.items, cursor: inbox.page.nextCursor, rest: inbox.page.rest });
        setOutcomes(new Map());
        setInboxCount(inbox.counts.entries);
      },
      (e: unknown) => !ctrl.signal.aborted && setError(e),
    );
    return () => ctrl.abort();
  }, [attempt, pageSize]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const show = useCallback((f: Flash) => {
    setFlash(f);
    requestAnimationFrame(() => flashRef.current?.scrollIntoView({ block: 'center' }));
  }, []);

  async function loadMore() {
    if (!data?.cursor) return;
    setMore(true);
    try {
      const next = await validationApi.inbox(data.cursor, pageSize);
      setData((d) => {
        if (!d) return d;
        const seen = new Set(d.days.map(dayKey));
        // People are ordered by their oldest day: one whose day was decided meanwhile may come round again.
        const days = [...d.days, ...next.page.items.filter((x) => !seen.has(dayKey(x)))];
        return { inbox: { ...d.inbox, counts: next.counts, people: mergePeople(d.inbox.people, next.people) }, days, cursor: next.page.nextCursor, rest: next.page.rest };
      });
    } catch (err) {
      show({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setMore(false);
    }
  }

  /** A refusal: a conflict names who decided and when, then the list is fetched again. */
  function failed(err: unknown): boolean {
    if (err instanceof ApiError && err.status === 409) {
      show({ kind: 'warn', title: t.validation.conflictTitle, text: err.message || errorText(err, t, lang), lines: [t.validation.refreshed] });
      reload();
      return true;
    }
    show({ kind: 'error', text: errorText(err, t, lang) });
    return false;
  }

  function bulkFlash(decision: Decision, r: BulkResult) {
    const lines = [...(r.skipped ? [t.validation.bulkSkipped(r.skipped)] : []), ...(r.flagged ? [t.validation.bulkFlagged(r.flagged)] : [])];
    show({ kind: r.skipped ? 'warn' : 'ok', text: t.validation.bulkDone(decision, r.decided), lines });
  }

  const decideEntry = async (e: ReviewEntry, decision: Decision, note: string): Promise<boolean> => {
    setBusy(true);
    try {
      await validationApi.decideEntry(e.id, decision, note, e.version);
      setOutcomes((m) => new Map(m).set(e.id, decision));
      setData((d) => d && { ...d, inbox: { ...d.inbox, counts: { ...d.inbox.counts, entries: d.inbox.counts.entries - 1 } } });
      if (data) setInboxCount(data.inbox.counts.entries - 1);
      return true;
    } catch (err) {
      return failed(err);
    } finally {
      setBusy(false);
    }
  };

  const bulk = async (scope: { employeeId: string; date?: string }, decision: Decision, note: string): Promise<boolean> => {
    if (!data) return false;
    setBusy(true);
    try {
      const r = await validationApi.decideBulk(scope, decision, note, data.inbox.asOf);
      bulkFlash(decision, r);
      reload();
      return true;
    } catch (err) {
      return failed(err);
    } finally {
      setBusy(false);
    }
  };
  const decideDay = (day: ReviewDay, decision: Decision, note: string) => bulk({ employeeId: day.employeeId, date: day.date }, decision, note);
  const decidePerson = (p: InboxPerson, decision: Decision, note: string) => bulk({ employeeId: p.employee.employeeId }, decision, note);

  const approveAll = async (): Promise<void> => {
    if (!data) return;
    setBusy(true);
    try {
      bulkFlash('approved', await validationApi.approveAll(data.inbox.asOf));
      reload();
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  const inbox = data?.inbox;
  // A person's count less what was decided here since the last load.
  const decidedHere = new Map<string, number>();
  for (const d of data?.days ?? []) for (const e of d.entries ?? []) if (outcomes.has(e.id)) decidedHere.set(d.employeeId, (decidedHere.get(d.employeeId) ?? 0) + 1);
  const people = new Map((inbox?.people ?? []).map((p) => [p.employee.employeeId, { ...p, pendingCount: p.pendingCount - (decidedHere.get(p.employee.employeeId) ?? 0) }]));
  return (
    <div className="stack inbox">
      <PageTitle testId="inbox-title">{t.validation.title}</PageTitle>
      <p>{t.validation.intro}</p>
      <div ref={flashRef} className="form-error-slot" aria-live="polite">
        {flash && (
          <Notice kind={flash.kind}>
            {flash.title && <p className="notice__title">{flash.title}</p>}
            <p data-testid="inbox-flash">{flash.text}</p>
            {flash.lines?.map((l, i) => (
              <p key={i}>{l}</p>
            ))}
          </Notice>
        )}
      </div>
      {error != null && <ErrorBox error={error} onRetry={reload} />}
      {!data && error == null && <Loading />}
      {inbox && me.subordinates.length === 0 && inbox.counts.entries === 0 && <p className="empty">{t.validation.noSubordinates}</p>}
      {inbox && me.subordinates.length > 0 && inbox.counts.entries === 0 && (
        <p className="empty" data-testid="inbox-empty">
          <Icon name="checkDouble" /> {t.validation.empty}
        </p>
      )}
      {/* Decided entries stay on screen (marked) until the next reload, even after the last one. */}
      {data && inbox && (inbox.counts.entries > 0 || data.days.length > 0) && (
        <>
          {inbox.counts.entries > 0 && (
            <section className="card inbox__summary" aria-label={t.validation.title}>
              <p className="inbox__count" data-testid="inbox-count">
                {t.validation.summary(inbox.counts.entries, inbox.counts.people)}
              </p>
              {inbox.counts.overdue > 0 && (
                <p className="inbox__overdue" data-testid="inbox-overdue">
                  <Icon name="alert" size={20} /> {t.validation.overdue(inbox.counts.overdue)}
                </p>
              )}
              <ApproveAll days={data.days} rest={data.rest} outcomes={outcomes} complete={data.cursor === null} busy={busy} onConfirm={approveAll} />
            </section>
          )}
          <div className="inbox__list" data-testid="inbox-list">
            {data.days.map((day, i) => {
              const person = people.get(day.employeeId);
              const first = i === 0 || data.days[i - 1]!.employeeId !== day.employeeId;
              return (
                <Fragment key={dayKey(day)}>
                  {first && person && <PersonHeader person={person} busy={busy} onDecidePerson={decidePerson} />}
                  <ReviewDayCard day={day} outcomes={outcomes} busy={busy} onDecide={decideEntry} onDecideDay={decideDay} />
                </Fragment>
              );
            })}
          </div>
          {data.cursor && (
            <div className="stack">
              <p className="muted">{t.validation.notLoaded(data.rest.days)}</p>
              <button type="button" className="btn btn--secondary btn--block" disabled={more} onClick={() => void loadMore()} data-testid="inbox-more">
                {more ? t.validation.loadingMore : t.validation.loadMore}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
