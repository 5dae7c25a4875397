import type { SessionInfo } from '@kinerja/core/api';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, Notice, PageTitle, PasswordField, useLoad } from '../../components/ui';
import { errorText } from '../../errors';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { accountApi } from './api';
import { EnrolTwoFactor } from './EnrolTwoFactor';
import { RecoveryCodes } from './RecoveryCodes';
import { useAccountText } from './text';
import './account.css';

/**
 * "Perangkat saya": the devices signed in with my account (sign one out, or all the others — another
 * device needs the password again), and my two-factor sign-in (turn on, move to another phone, new
 * recovery codes, turn off — each with the password).
 */
export default function MyDevices() {
  const x = useAccountText();
  return (
    <div className="stack devices">
      <PageTitle testId="devices-title">{x.devices.title}</PageTitle>
      <TwoFactorCard />
      <DevicesCard />
    </div>
  );
}

function dateTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A password asked right where the action is; the action answers a field message or throws. */
function PasswordPrompt({ label, submitLabel, onSubmit, onCancel, testId }: { label: string; submitLabel: string; onSubmit: (password: string) => Promise<void>; onCancel: () => void; testId: string }) {
  const { t, lang } = useI18n();
  const x = useAccountText();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!password) return setError(t.signIn.passwordRequired);
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(password);
    } catch (err) {
      setBusy(false);
      setError((err instanceof ApiError && err.fieldMessage('password')) || errorText(err, t, lang));
    }
  }
  return (
    <form className="prompt" onSubmit={submit} noValidate data-testid={testId}>
      <PasswordField label={label} error={error} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus data-testid={`${testId}-password`} />
      <div className="prompt__actions">
        <button type="submit" className="btn btn--primary btn--big" disabled={busy} aria-busy={busy} data-testid={`${testId}-submit`}>
          {submitLabel}
        </button>
        <button type="button" className="btn btn--secondary btn--big" onClick={onCancel}>
          {x.twoFactor.cancel}
        </button>
      </div>
    </form>
  );
}

type TwoFactorMode = { kind: 'idle' } | { kind: 'enrol' } | { kind: 'regenerate' } | { kind: 'disable' } | { kind: 'codes'; codes: string[] };

function TwoFactorCard() {
  const { lang } = useI18n();
  const x = useAccountText();
  const [version, setVersion] = useState(0);
  const status = useLoad((signal) => accountApi.twoFactorStatus(signal), [version]);
  const [mode, setMode] = useState<TwoFactorMode>({ kind: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string | null, next: TwoFactorMode = { kind: 'idle' }) => {
    setNotice(message);
    setMode(next);
    setVersion((v) => v + 1);
  };

  let body: ReactNode;
  if (status.error) body = <ErrorBox error={status.error} onRetry={() => setVersion((v) => v + 1)} />;
  else if (!status.data) body = <Loading />;
  else {
    const s = status.data;
    body = (
      <>
        {s.exempt && (
          <Notice kind="info">
            <span data-testid="two-factor-exempt">{x.twoFactor.exempt}</span>
          </Notice>
        )}
        <p data-testid="two-factor-state">
          {s.enabled && s.enabledAt ? x.twoFactor.on(formatDate(s.enabledAt.slice(0, 10), lang === 'id' ? 'id-ID' : 'en-GB')) : x.twoFactor.off}
          {s.required && ` ${x.twoFactor.requiredNote}`}
        </p>
        {s.enabled && <p className="muted">{x.twoFactor.codesLeft(s.recoveryCodesLeft)}</p>}
        {mode.kind === 'enrol' && (
          <EnrolTwoFactor needsPassword onEnabled={(a) => done(x.twoFactor.enabled, { kind: 'codes', codes: a.recoveryCodes })} onCancel={() => setMode({ kind: 'idle' })} />
        )}
        {mode.kind === 'codes' && <RecoveryCodes codes={mode.codes} onDone={() => setMode({ kind: 'idle' })} />}
        {mode.kind === 'regenerate' && (
          <PasswordPrompt
            label={x.twoFactor.passwordFor}
            submitLabel={x.twoFactor.confirm}
            testId="regenerate"
            onCancel={() => setMode({ kind: 'idle' })}
            onSubmit={async (password) => done(null, { kind: 'codes', codes: (await accountApi.regenerateRecoveryCodes(password)).recoveryCodes })}
          />
        )}
        {mode.kind === 'disable' && (
          <PasswordPrompt
            label={x.twoFactor.passwordFor}
            submitLabel={x.twoFactor.disable}
            testId="disable"
            onCancel={() => setMode({ kind: 'idle' })}
            onSubmit={async (password) => {
              await accountApi.disableTwoFactor(password);
              done(x.twoFactor.disabled);
            }}
          />
        )}
        {mode.kind === 'idle' && (
          <div className="devices__actions">
            <button type="button" className="btn btn--primary btn--block" onClick={() => setMode({ kind: 'enrol' })} data-testid="two-factor-enrol">
              <Icon name="lock" /> {s.enabled ? x.twoFactor.newPhone : x.twoFactor.enable}
            </button>
            {s.enabled && (
              <button type="button" className="btn btn--secondary btn--block" onClick={() => setMode({ kind: 'regenerate' })} data-testid="two-factor-regenerate">
                <Icon name="repeat" /> {x.twoFactor.regenerate}
              </button>
            )}
            {s.enabled && !s.required && (
              <button type="button" className="btn btn--ghost btn--block" onClick={() => setMode({ kind: 'disable' })} data-testid="two-factor-disable">
                {x.twoFactor.disable}
              </button>
            )}
          </div>
        )}
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="two-factor-title" data-testid="two-factor-card">
      <h2 id="two-factor-title">{x.twoFactor.title}</h2>
      <div aria-live="polite">{notice && <Notice kind="ok">{notice}</Notice>}</div>
      {body}
    </section>
  );
}

function DevicesCard() {
  const { lang } = useI18n();
  const x = useAccountText();
  const { signOut } = useSession();
  const [version, setVersion] = useState(0);
  const sessions = useLoad((signal) => accountApi.sessions(signal), [version]);
  const [asking, setAsking] = useState<string | 'others' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = (message: string) => {
    setNotice(message);
    setAsking(null);
    setVersion((v) => v + 1);
  };

  let body: ReactNode;
  if (sessions.error) body = <ErrorBox error={sessions.error} onRetry={() => setVersion((v) => v + 1)} />;
  else if (!sessions.data) body = <Loading />;
  else {
    const list: SessionInfo[] = sessions.data.sessions;
    const others = list.filter((s) => !s.current);
    body = (
      <>
        <ul className="devices__list">
          {list.map((s) => (
            <li key={s.id} className="device" data-testid="device">
              <p className="device__name">
                <strong>{s.device}</strong>
                {s.current && <span className="device__current">{x.devices.current}</span>}
              </p>
              <p className="device__facts">
                {x.devices.lastSeen}: {dateTime(s.lastSeenAt, lang)}
                <br />
                {x.devices.since}: {dateTime(s.createdAt, lang)}
                {s.ipPrefix && (
                  <>
                    <br />
                    {x.devices.network}: {s.ipPrefix}
                  </>
                )}
              </p>
              {asking === s.id ? (
                <PasswordPrompt
                  label={x.devices.confirmPassword}
                  submitLabel={x.devices.confirm}
                  testId="device-sign-out"
                  onCancel={() => setAsking(null)}
                  onSubmit={async (password) => {
                    await accountApi.signOutSession(s.id, password);
                    reload(x.devices.signedOut);
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="btn btn--secondary btn--block"
                  data-testid={s.current ? 'device-sign-out-this' : 'device-sign-out-start'}
                  onClick={() => (s.current ? void signOut() : setAsking(s.id))}
                >
                  <Icon name="logout" /> {s.current ? x.devices.signOutThis : x.devices.signOut}
                </button>
              )}
            </li>
          ))}
        </ul>
        {others.length === 0 ? (
          <p className="muted">{x.devices.none}</p>
        ) : asking === 'others' ? (
          <PasswordPrompt
            label={x.devices.confirmPassword}
            submitLabel={x.devices.confirm}
            testId="others-sign-out"
            onCancel={() => setAsking(null)}
            onSubmit={async (password) => reload(x.devices.signedOutOthers((await accountApi.signOutOthers(password)).signedOut))}
          />
        ) : (
          <button type="button" className="btn btn--danger btn--block" onClick={() => setAsking('others')} data-testid="others-sign-out-start">
            <Icon name="logout" /> {x.devices.signOutOthers}
          </button>
        )}
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="devices-title-list" data-testid="devices-card">
      <h2 id="devices-title-list">{x.devices.listTitle}</h2>
      <p className="muted">{x.devices.intro}</p>
      <div aria-live="polite">{notice && <Notice kind="ok">{notice}</Notice>}</div>
      {body}
    </section>
  );
}
