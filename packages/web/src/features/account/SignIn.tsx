import { normaliseNip } from '@kinerja/core';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/client';
import type { Me } from '../../api/types';
import type { TwoFactorStep } from '@kinerja/core/api';
import { Notice, PasswordField, Field } from '../../components/ui';
import { Icon } from '../../components/Icon';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import './account.css';

export function SignIn({
  onSignedIn,
  onSecondStep,
  notice,
}: {
  onSignedIn: (me: Me) => void;
  /** The password was right but a second factor follows (a code, or enrolling an authenticator first). */
  onSecondStep: (step: TwoFactorStep) => void;
  notice?: string | undefined;
}) {
  const { t, lang } = useI18n();
  const [nip, setNip] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ nip?: string; password?: string }>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const nipRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const cleanNip = normaliseNip(nip);
    const errs: { nip?: string; password?: string } = {};
    if (!cleanNip) errs.nip = t.signIn.nipRequired;
    if (!password) errs.password = t.signIn.passwordRequired;
    setFieldErrors(errs);
    setFormError(null);
    if (errs.nip) return nipRef.current?.focus();
    if (errs.password) return passwordRef.current?.focus();
    setBusy(true);
    try {
      const answer = await api.login(cleanNip, password);
      if ('me' in answer) onSignedIn(answer.me);
      else onSecondStep(answer.twoFactor);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.code === 'VALIDATION' && err.details.length) {
        const nipMsg = err.fieldMessage('nip');
        const pwMsg = err.fieldMessage('password');
        if (nipMsg || pwMsg) {
          setFieldErrors({ ...(nipMsg ? { nip: nipMsg } : {}), ...(pwMsg ? { password: pwMsg } : {}) });
          (nipMsg ? nipRef : passwordRef).current?.focus();
          return;
        }
      }
      setFormError(err);
      if (err instanceof ApiError && err.code === 'BAD_CREDENTIALS') passwordRef.current?.select();
    }
  }

  return (
    <div className="signin">
      <p className="signin__tagline">{t.app.tagline}</p>
      <section className="card" aria-labelledby="signin-title">
        <h1 id="signin-title" className="page-title" tabIndex={-1}>
          {t.signIn.title}
        </h1>
        <p>{t.signIn.intro}</p>
        {notice && <Notice kind="info">{notice}</Notice>}
        <form onSubmit={submit} noValidate>
          <Field
            label={t.signIn.nip}
            hint={t.signIn.nipHint}
            error={fieldErrors.nip}
            inputRef={nipRef}
            name="nip"
            type="text"
            inputMode="numeric"
            autoComplete="username"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            maxLength={32}
            value={nip}
            onChange={(e) => setNip(e.target.value)}
            data-testid="login-nip"
          />
          <PasswordField
            label={t.signIn.password}
            error={fieldErrors.password}
            inputRef={passwordRef}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="login-password"
          />
          <div aria-live="assertive" className="form-error-slot">
            {formError != null && (
              <p className="form-error" data-testid="login-error">
                <Icon name="alert" /> <span>{errorText(formError, t, lang)}</span>
              </p>
            )}
          </div>
          <button type="submit" className="btn btn--primary btn--block btn--big" disabled={busy} aria-busy={busy} data-testid="login-submit">
            {busy ? t.signIn.submitting : t.signIn.submit}
          </button>
        </form>
        <p className="muted">{t.signIn.forgot}</p>
      </section>
    </div>
  );
}
