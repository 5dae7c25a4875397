import type { TwoFactorStep } from '@kinerja/core/api';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/client';
import type { Me } from '../../api/types';
import { Field } from '../../components/ui';
import { Icon } from '../../components/Icon';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { accountApi } from './api';
import { EnrolTwoFactor } from './EnrolTwoFactor';
import { RecoveryCodes } from './RecoveryCodes';
import { useAccountText } from './text';
import './account.css';

/**
 * The sign-in's second step, after a right password: a code from the authenticator app (or a recovery
 * code), or — for a role that must use two-factor sign-in and has not yet — enrolling one. Until it is
 * done the server answers nothing else, so this screen is all there is.
 */
export function SecondStep({ step, onSignedIn, onCancel }: { step: TwoFactorStep; onSignedIn: (me: Me) => void; onCancel: (notice?: string) => void }) {
  const { t } = useI18n();
  const x = useAccountText();
  const [codes, setCodes] = useState<{ codes: string[]; me: Me } | null>(null);

  // After a reload the CSRF token of the waiting session comes from here; a session gone (10 minutes) means signing in again.
  useEffect(() => {
    const ctrl = new AbortController();
    accountApi.twoFactorStatus(ctrl.signal).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 401) onCancel(t.errors.sessionExpired);
    });
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const cancel = () => {
    void api.logout().catch(() => undefined).finally(() => onCancel());
  };

  return (
    <div className="signin">
      <section className="card" aria-labelledby="second-step-title">
        <h1 id="second-step-title" className="page-title" tabIndex={-1}>
          {step === 'verify' ? x.secondStep.title : x.enrol.title}
        </h1>
        {codes ? (
          <RecoveryCodes codes={codes.codes} onDone={() => onSignedIn(codes.me)} />
        ) : step === 'verify' ? (
          <VerifyForm onSignedIn={onSignedIn} />
        ) : (
          <EnrolTwoFactor
            needsPassword={false}
            required
            onEnabled={(answer) => {
              if (answer.me) setCodes({ codes: answer.recoveryCodes, me: answer.me });
            }}
          />
        )}
        {!codes && (
          <button type="button" className="btn btn--ghost btn--block signin__cancel" onClick={cancel} data-testid="second-step-cancel">
            <Icon name="logout" /> {x.secondStep.cancel}
          </button>
        )}
      </section>
    </div>
  );
}

function VerifyForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t, lang } = useI18n();
  const x = useAccountText();
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setFieldError(undefined);
    setFormError(null);
    if (!code.trim()) {
      setFieldError(x.secondStep.codeRequired);
      return ref.current?.focus();
    }
    setBusy(true);
    try {
      onSignedIn(await accountApi.verify(code));
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.code === 'BAD_TWO_FACTOR_CODE') {
        setFieldError(errorText(err, t, lang));
        ref.current?.select();
      } else setFormError(err);
    }
  }

  return (
    <form onSubmit={submit} noValidate data-testid="second-step">
      <p>{x.secondStep.intro}</p>
      <Field
        label={x.secondStep.code}
        hint={x.secondStep.codeHint}
        error={fieldError}
        inputRef={ref}
        type="text"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        maxLength={20}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        data-testid="second-step-code"
      />
      <div aria-live="assertive" className="form-error-slot">
        {formError != null && (
          <p className="form-error" data-testid="second-step-error">
            <Icon name="alert" /> <span>{errorText(formError, t, lang)}</span>
          </p>
        )}
      </div>
      <button type="submit" className="btn btn--primary btn--block btn--big" disabled={busy} aria-busy={busy} data-testid="second-step-submit">
        {busy ? x.secondStep.submitting : x.secondStep.submit}
      </button>
      <p className="muted">{x.secondStep.lost}</p>
    </form>
  );
}
