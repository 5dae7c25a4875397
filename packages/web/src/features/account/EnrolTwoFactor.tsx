import type { RecoveryCodesAnswer } from '@kinerja/core/api';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { Field, Notice, PasswordField } from '../../components/ui';
import { Icon } from '../../components/Icon';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { accountApi, type TwoFactorEnrolment } from './api';
import { useAccountText } from './text';

/**
 * Enrolling an authenticator app: (the password, unless this is the sign-in's own step) → the secret
 * as a QR code and as text → a first code confirms it. The parent shows the recovery codes it answers.
 */
export function EnrolTwoFactor({
  needsPassword,
  required,
  onEnabled,
  onCancel,
}: {
  needsPassword: boolean;
  required?: boolean;
  onEnabled: (answer: RecoveryCodesAnswer) => void;
  onCancel?: () => void;
}) {
  const { t, lang } = useI18n();
  const x = useAccountText();
  const [password, setPassword] = useState('');
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  // The QR code is SVG made by the server; shown as an image from a blob: URL (the CSP allows blob: images, never inline markup).
  const qrUrl = useMemo(() => (enrolment ? URL.createObjectURL(new Blob([enrolment.qrSvg], { type: 'image/svg+xml' })) : null), [enrolment]);
  useEffect(() => () => void (qrUrl && URL.revokeObjectURL(qrUrl)), [qrUrl]);
  useEffect(() => {
    if (enrolment) codeRef.current?.focus();
  }, [enrolment]);

  async function start(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setFormError(null);
    setFieldError(undefined);
    if (needsPassword && !password) {
      setFieldError(t.signIn.passwordRequired);
      return passwordRef.current?.focus();
    }
    setBusy(true);
    try {
      setEnrolment(await accountApi.startEnrolment(needsPassword ? password : undefined));
      setPassword('');
    } catch (err) {
      const msg = err instanceof ApiError ? err.fieldMessage('password') : undefined;
      if (msg) {
        setFieldError(msg);
        passwordRef.current?.select();
      } else setFormError(err);
    } finally {
      setBusy(false);
    }
  }

  async function confirm(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setFormError(null);
    setFieldError(undefined);
    if (!code.trim()) {
      setFieldError(x.secondStep.codeRequired);
      return codeRef.current?.focus();
    }
    setBusy(true);
    try {
      onEnabled(await accountApi.confirmEnrolment(code));
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.code === 'BAD_TWO_FACTOR_CODE') {
        setFieldError(errorText(err, t, lang));
        codeRef.current?.select();
      } else setFormError(err);
    }
  }

  const errorSlot = (
    <div aria-live="assertive" className="form-error-slot">
      {formError != null && (
        <p className="form-error">
          <Icon name="alert" /> <span>{errorText(formError, t, lang)}</span>
        </p>
      )}
    </div>
  );

  if (!enrolment) {
    return (
      <form className="enrol" onSubmit={start} noValidate data-testid="enrol-start">
        {required && <Notice kind="warn">{x.enrol.required}</Notice>}
        <p>{x.enrol.intro}</p>
        {needsPassword && (
          <PasswordField
            label={x.enrol.password}
            hint={x.enrol.passwordHint}
            error={fieldError}
            inputRef={passwordRef}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="enrol-password"
          />
        )}
        {errorSlot}
        <button type="submit" className="btn btn--primary btn--block btn--big" disabled={busy} aria-busy={busy} data-testid="enrol-begin">
          {busy ? x.enrol.starting : x.enrol.start}
        </button>
        {onCancel && (
          <button type="button" className="btn btn--ghost btn--block" onClick={onCancel}>
            {x.twoFactor.cancel}
          </button>
        )}
      </form>
    );
  }

  const time = new Date(enrolment.expiresAt).toLocaleTimeString(lang === 'id' ? 'id-ID' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <form className="enrol" onSubmit={confirm} noValidate data-testid="enrol-confirm">
      <p>{x.enrol.step1}</p>
      {qrUrl && <img className="enrol__qr" src={qrUrl} alt={x.enrol.qrAlt} width={240} height={240} data-testid="enrol-qr" />}
      <p className="enrol__manual">{x.enrol.manual}</p>
      <p className="enrol__secret">
        <code data-testid="enrol-secret">{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
      </p>
      <p>{x.enrol.step2}</p>
      <Field
        label={x.secondStep.code}
        error={fieldError}
        inputRef={codeRef}
        type="text"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        maxLength={12}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        data-testid="enrol-code"
      />
      <p className="muted">{x.enrol.expires(time)}</p>
      {errorSlot}
      <button type="submit" className="btn btn--primary btn--block btn--big" disabled={busy} aria-busy={busy} data-testid="enrol-submit">
        {busy ? x.enrol.confirming : x.enrol.confirm}
      </button>
      {onCancel && (
        <button type="button" className="btn btn--ghost btn--block" onClick={onCancel}>
          {x.twoFactor.cancel}
        </button>
      )}
    </form>
  );
}
