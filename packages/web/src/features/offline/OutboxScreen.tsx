/**
 * "Kiriman" (#/kiriman): what waits on this phone, what went out, what needs the user. Conflicts
 * show the server's copy next to mine and let the user choose; nothing is overwritten silently.
 */
import { useEffect, useState } from 'react';
import type { Entry } from '../../api/journal';
import { Icon } from '../../components/Icon';
import { Notice, PageTitle } from '../../components/ui';
import { shownText } from '../../format';
import { useI18n } from '../../i18n';
import { href } from '../../router';
import { useSession } from '../../session';
import { longDate, showHm } from '../../lib/dates';
import { formatVolume } from '../journal';
import { discard, syncNow } from './engine';
import { downloadUnsent } from './exportUnsent';
import { useOfflineText, type OfflineDict } from './i18n';
import { countUnsent, useOutbox } from './outbox';
import { isPersisted } from './persist';
import { reapply, requeue } from './queue';
import { keepServerEntry } from './cache';
import { useSyncStatus } from './status';
import { daysUnsent, formatWhen, useOnline } from './SyncBadge';
import { itemDate, type OutboxItem, type PutItem } from './types';

export default function OutboxScreen() {
  const { t } = useI18n();
  const ot = useOfflineText();
  const { me } = useSession();
  const items = useOutbox();
  const status = useSyncStatus();
  const online = useOnline();
  const [persisted, setPersisted] = useState(true);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void isPersisted().then(setPersisted);
  }, []);
  const list = [...(items ?? [])].reverse();
  const unsent = countUnsent(items ?? []);
  return (
    <div className="stack outbox">
      <PageTitle>{ot.title}</PageTitle>
      <p className="muted">{ot.intro}</p>
      {!persisted && (
        <Notice kind="warn">
          <p data-testid="not-persisted">{ot.notPersisted}</p>
        </Notice>
      )}
      {daysUnsent(items ?? [], status.lastSuccessAt) > 0 && (
        <Notice kind="warn">
          <p data-testid="outbox-nag">{ot.nag(daysUnsent(items ?? [], status.lastSuccessAt))}</p>
        </Notice>
      )}
      {status.needsSignIn && (
        <Notice kind="warn">
          <p>{ot.signInAgain}</p>
        </Notice>
      )}
      <p data-testid="outbox-last">
        {!online && `${ot.offline} · `}
        {status.lastSuccessAt ? ot.lastSync(formatWhen(status.lastSuccessAt, t.locale)) : ot.neverSynced}
        {status.retryAt && ` · ${ot.nextTry(formatWhen(new Date(status.retryAt).toISOString(), t.locale))}`}
      </p>
      <button
        type="button"
        className="btn btn--primary btn--big btn--block"
        disabled={busy || status.running}
        onClick={() => {
          setBusy(true);
          void syncNow().finally(() => setBusy(false));
        }}
        data-testid="sync-now"
      >
        <Icon name="send" /> {busy || status.running ? ot.sending : ot.sendNow}
      </button>
      {list.length === 0 || unsent === 0 ? (
        <p className="empty" data-testid="outbox-empty">
          {ot.nothing}
        </p>
      ) : null}
      {list.length > 0 && (
        <ul className="plain-list outbox__list" data-testid="outbox-list">
          {list.map((it) => (
            <li key={it.itemId}>
              <ItemCard it={it} ot={ot} />
            </li>
          ))}
        </ul>
      )}
      {unsent > 0 && (
        <section className="card stack">
          <button type="button" className="btn btn--secondary btn--block" onClick={() => void downloadUnsent(me.account.nip)} data-testid="download-unsent">
            <Icon name="download" /> {ot.download}
          </button>
          <p className="muted">{ot.downloadHint}</p>
        </section>
      )}
    </div>
  );
}

function ItemCard({ it, ot }: { it: OutboxItem; ot: OfflineDict }) {
  const { t } = useI18n();
  const date = itemDate(it);
  const what = it.kind === 'entry.put' ? it.display.activityName : ot.kinds[it.kind];
  const clock = (iso: string) => new Date(iso).toLocaleTimeString(t.locale, { hour: '2-digit', minute: '2-digit' });
  return (
    <article className={`card outitem outitem--${it.state}`} data-testid="outbox-item" data-state={it.state} data-kind={it.kind}>
      <p className="outitem__top">
        <span className={`syncstate syncstate--${it.state}`}>{ot.state[it.state]}</span>
        <span className="muted">{longDate(date, t.locale)}</span>
      </p>
      <p className="outitem__what">
        <strong>{what}</strong>
        {it.kind === 'entry.put' && it.entry.startTime && it.entry.endTime && (
          <span>
            {' '}
            {showHm(it.entry.startTime, t.locale)}–{showHm(it.entry.endTime, t.locale)}
          </span>
        )}
        {it.kind === 'entry.put' && it.files.length > 0 && <span> · {it.files.length} foto</span>}
        {it.kind === 'attendance.checkin' && <span> · {ot.checkinTaken(clock(it.checkin.deviceTime))}</span>}
      </p>
      {it.kind === 'attendance.checkin' && it.answer && (
        <p data-testid="outbox-checkin-answer">
          {it.answer.accepted ? ot.checkinAccepted(clock(it.answer.at)) : `${ot.checkinRefused}: ${it.answer.reasons.join('; ')}`}
        </p>
      )}
      {it.state === 'attention' && it.message && <p className="field__error" data-testid="outbox-reason">{it.message}</p>}
      {it.state === 'attention' && it.status === 'conflict' && it.kind === 'entry.put' && <Conflict it={it} ot={ot} />}
      {it.state === 'attention' && it.status !== 'conflict' && (
        <div className="outitem__actions">
          {it.kind === 'entry.put' && (
            <a className="btn btn--secondary" href={href(['jurnal', date, 'kegiatan', it.entryId])}>
              <Icon name="pencil" /> {ot.edit}
            </a>
          )}
          <button type="button" className="btn btn--secondary" onClick={() => void requeue(it).then(() => syncNow())} data-testid="outbox-retry">
            <Icon name="repeat" /> {ot.retry}
          </button>
          <DiscardButton it={it} ot={ot} />
        </div>
      )}
      {it.state === 'attention' && it.status === 'conflict' && it.kind !== 'entry.put' && <DiscardButton it={it} ot={ot} />}
    </article>
  );
}

function DiscardButton({ it, ot }: { it: OutboxItem; ot: OfflineDict }) {
  return (
    <button type="button" className="btn btn--ghost" onClick={() => window.confirm(ot.discardConfirm) && void discard(it.itemId)} data-testid="outbox-discard">
      <Icon name="trash" /> {ot.discard}
    </button>
  );
}

type Shown = Pick<Entry, 'activityName' | 'startTime' | 'endTime' | 'volume' | 'activityUnit' | 'description'> & { status?: string };

/** One side of a conflict; the fields that differ from the other side are marked. */
function Facts({ title, e, other, ot, testId }: { title: string; e: Shown; other: Shown | null; ot: OfflineDict; testId: string }) {
  const { t } = useI18n();
  const diff = (k: keyof Shown) => (other && (other[k] ?? '') !== (e[k] ?? '') ? 'conflict__diff' : undefined);
  const time = (x: Shown) => (x.startTime && x.endTime ? `${showHm(x.startTime, t.locale)}–${showHm(x.endTime, t.locale)}` : '—');
  return (
    <div className="conflict__side" data-testid={testId}>
      <h3>{title}</h3>
      <dl>
        <dt>{ot.fields.activity}</dt>
        <dd className={diff('activityName')}>{e.activityName}</dd>
        <dt>{ot.fields.time}</dt>
        <dd className={other && time(other) !== time(e) ? 'conflict__diff' : undefined}>{time(e)}</dd>
        <dt>{ot.fields.volume}</dt>
        <dd className={diff('volume')}>
          {formatVolume(e.volume, t.locale)} {e.activityUnit}
        </dd>
        <dt>{ot.fields.description}</dt>
        <dd className={diff('description')}>{shownText(e.description) || '—'}</dd>
        {e.status && (
          <>
            <dt>{ot.fields.status}</dt>
            <dd>{t.journal.entryStatus[e.status as Entry['status']] ?? e.status}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

function Conflict({ it, ot }: { it: PutItem; ot: OfflineDict }) {
  const server = it.serverEntry ?? null;
  const mine = { ...it.entry, activityName: it.display.activityName, activityUnit: it.display.activityUnit };
  return (
    <section className="conflict stack" aria-label={ot.conflictTitle} data-testid="conflict">
      <p>
        <strong>{ot.conflictTitle}.</strong> {ot.conflictIntro}
      </p>
      <div className="conflict__sides">
        {server ? <Facts title={ot.serverCopy} e={server} other={mine} ot={ot} testId="conflict-server" /> : <p data-testid="conflict-server">{ot.serverGone}</p>}
        <Facts title={ot.myCopy} e={mine} other={server} ot={ot} testId="conflict-mine" />
      </div>
      <button type="button" className="btn btn--secondary btn--block" onClick={() => void (server ? keepServerEntry(server) : Promise.resolve()).then(() => discard(it.itemId))} data-testid="conflict-theirs">
        {ot.keepServer}
      </button>
      {server && (
        <button type="button" className="btn btn--primary btn--block" onClick={() => void reapply(it, server.version).then(() => syncNow())} data-testid="conflict-mine-send">
          {ot.keepMine}
        </button>
      )}
    </section>
  );
}
