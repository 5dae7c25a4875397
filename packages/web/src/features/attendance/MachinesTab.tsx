/**
 * The agency's attendance machines at a glance: name and serial, last seen, scans today, the
 * clock's drift; and the serials that called without being registered, to accept or refuse.
 */
import { useState } from 'react';
import { attendanceApi, type AttendanceMachine, type UndecidedSerial } from '../../api/attendance';
import { Icon } from '../../components/Icon';
import { ErrorBox, Field, Loading, Notice, useLoad } from '../../components/ui';
import { errorText } from '../../errors';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { formatInstant } from '../../lib/dates';
import { useSession } from '../../session';
import { useAttendanceText } from './text';

const ZONE_IANA = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' } as const;
type Zone = keyof typeof ZONE_IANA;
/** A machine clock further off than this is flagged (scans judged against the schedule shift with it). */
const DRIFT_WARN_SECONDS = 120;
const OFFLINE_AFTER_MS = 3600_000;

export function MachinesTab({ agencyId, canDecide }: { agencyId: string; canDecide: boolean }) {
  const x = useAttendanceText();
  const machines = useLoad((signal) => attendanceApi.machines(agencyId, signal), [agencyId]);
  return (
    <div className="stack">
      {machines.error != null && <ErrorBox error={machines.error} onRetry={machines.retry} />}
      {machines.loading && !machines.data && <Loading />}
      {machines.data && machines.data.items.length === 0 && <p className="empty">{x.machines.none}</p>}
      {machines.data && machines.data.items.length > 0 && (
        <ul className="plain-list cards" data-testid="machine-list">
          {machines.data.items.map((m) => (
            <MachineCard key={m.id} machine={m} />
          ))}
        </ul>
      )}
      {canDecide && <PendingSerials agencyId={agencyId} onAccepted={machines.retry} />}
    </div>
  );
}

function MachineCard({ machine: m }: { machine: AttendanceMachine }) {
  const { t, lang } = useI18n();
  const x = useAttendanceText();
  const zone = ZONE_IANA[m.zone as Zone] ?? 'Asia/Jakarta';
  const offline = !m.lastSeenAt || Date.now() - Date.parse(m.lastSeenAt) > OFFLINE_AFTER_MS;
  const drifting = m.clockDriftSeconds !== null && Math.abs(m.clockDriftSeconds) > DRIFT_WARN_SECONDS;
  void lang;
  return (
    <li className="card att-machine" data-testid="machine-item" data-serial={m.serialNumber}>
      <h3 className="att-machine__name">
        {m.name} {!m.active && <span className="badge badge--warn">{x.machines.inactive}</span>}
      </h3>
      <p className="muted">
        {x.machines.serial} <span className="nip">{m.serialNumber}</span> · {m.zone}
      </p>
      <dl className="att-facts">
        <div>
          <dt>{x.machines.punchesToday}</dt>
          <dd data-testid="machine-punches">{formatNumber(m.punchesToday, t.locale)}</dd>
        </div>
        <div>
          <dt>{x.machines.drift}</dt>
          <dd className={drifting ? 'att-warn' : undefined} data-testid="machine-drift">
            {m.clockDriftSeconds === null ? x.machines.driftUnknown : x.machines.driftValue(m.clockDriftSeconds)}
          </dd>
        </div>
        <div className="att-facts__wide">
          <dt>{x.machines.lastSeen}</dt>
          <dd data-testid="machine-last-seen">{m.lastSeenAt ? formatInstant(m.lastSeenAt, zone, t.locale, t.journal.at) : x.machines.never}</dd>
        </div>
      </dl>
      {offline && m.active && <Notice kind="warn">{x.machines.offline}</Notice>}
      {drifting && <Notice kind="warn">{x.machines.driftWarn}</Notice>}
      {m.badLines > 0 && <p className="muted">{x.machines.badLines(m.badLines)}</p>}
    </li>
  );
}

function PendingSerials({ agencyId, onAccepted }: { agencyId: string; onAccepted: () => void }) {
  const x = useAttendanceText();
  const list = useLoad((signal) => attendanceApi.pendingSerials(signal), []);
  const [done, setDone] = useState<string | null>(null);
  const waiting = list.data?.items.filter((s) => s.state === 'pending') ?? [];
  return (
    <section className="card stack" aria-labelledby="att-pending-title" data-testid="pending-serials">
      <h2 id="att-pending-title">{x.machines.pending}</h2>
      <p className="muted">{x.machines.pendingIntro}</p>
      {done && (
        <Notice kind="ok" live>
          {done}
        </Notice>
      )}
      {list.error != null && <ErrorBox error={list.error} onRetry={list.retry} />}
      {list.loading && !list.data && <Loading />}
      {list.data && waiting.length === 0 && <p className="empty">{x.machines.pendingNone}</p>}
      {waiting.length > 0 && (
        <ul className="plain-list cards">
          {waiting.map((s) => (
            <PendingSerial
              key={s.serialNumber}
              serial={s}
              agencyId={agencyId}
              onDone={(message, accepted) => {
                setDone(message);
                list.retry();
                if (accepted) onAccepted();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function PendingSerial({ serial: s, agencyId, onDone }: { serial: UndecidedSerial; agencyId: string; onDone: (message: string, accepted: boolean) => void }) {
  const { t, lang } = useI18n();
  const x = useAttendanceText();
  const [name, setName] = useState('');
  const [zone, setZone] = useState<Zone>('WIB');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  async function decide(accept: boolean) {
    if (accept && !name.trim()) return setError(x.machines.nameRequired);
    setBusy(true);
    setError(undefined);
    try {
      if (accept) await attendanceApi.acceptSerial(s.serialNumber, { agencyId, name: name.trim(), zone });
      else await attendanceApi.refuseSerial(s.serialNumber);
      onDone(accept ? x.machines.accepted(s.serialNumber) : `${s.serialNumber}: ${x.machines.refused}`, accept);
    } catch (err) {
      setError(errorText(err, t, lang));
    } finally {
      setBusy(false);
    }
  }
  return (
    <li className="att-pending stack" data-testid="pending-serial" data-serial={s.serialNumber}>
      <p>
        <strong className="nip">{s.serialNumber}</strong>
        <br />
        <span className="muted">
          {x.machines.requests(s.requests)} · {formatInstant(s.lastSeenAt, 'Asia/Jakarta', t.locale, t.journal.at)}
        </span>
      </p>
      <Field label={x.machines.name} type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} error={error} data-testid="pending-name" />
      <div className="field">
        <label className="field__label" htmlFor={`zone-${s.serialNumber}`}>
          {x.machines.zone}
        </label>
        <select id={`zone-${s.serialNumber}`} className="att-select" value={zone} onChange={(e) => setZone(e.target.value as Zone)}>
          {(Object.keys(ZONE_IANA) as Zone[]).map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </div>
      <div className="att-actions">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void decide(true)} data-testid="pending-accept">
          <Icon name="check" /> {x.machines.accept}
        </button>
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void decide(false)} data-testid="pending-refuse">
          <Icon name="x" /> {x.machines.refuse}
        </button>
      </div>
    </li>
  );
}
