import { PASSWORD_MIN_LENGTH, checkNewPassword } from '@kinerja/core';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/client';
import { Icon } from '../../components/Icon';
import { Notice, PageTitle, PasswordField } from '../../components/ui';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { useSession } from '../../session';

type Errors = { current?: string; next?: string; repeat?: string };

export function ChangePassword() {
  const { t, lang } = useI18n();
  const { me, setMe, endSession } = useSession();
  const forced = me.account.mustChangePassword;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [show, setShow] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const refs = {
    current: useRef<HTMLInputElement>(null),
    next: useRef<HTMLInputElement>(null),
    repeat: useRef<HTMLInputElement>(null),
  };

  function focusFirst(errs: Errors) {
    const first = (['current', 'next', 'repeat'] as const).find((k) => errs[k]);
    if (first) refs[first].current?.focus();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const errs: Errors = {};
    if (!current) errs.current = t.password.currentRequired;
    const problem = checkNewPassword(next, me.account.nip);
    if (problem) errs.next = t.password.problems[problem];
    else if (next === current) errs.next = t.password.sameAsOld;
    if (!errs.next && repeat !== next) errs.repeat = t.password.mismatch;
    setErrors(errs);
    setFormError(null);
    setDone(false);
    if (Object.keys(errs).length) return focusFirst(errs);

    setBusy(true);
    try {
      await api.changePassword(current, next);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError) {
        const fe: Errors = {};
        const c = err.fieldMessage('currentPassword');
        const n = err.fieldMessage('newPassword');
        if (c) fe.current = c;
        if (n) fe.next = n;
        if (err.code === 'BAD_CREDENTIALS' && !c) fe.current = errorText(err, t, lang);
        if (Object.keys(fe).length) {
          // The field messages say it all; a second, general message would only repeat them.
          setErrors(fe);
          return focusFirst(fe);
        }
      }
      setFormError(err);
      return;
    }
    // The server may rotate the session on a password change: fetch it again.
    try {
      const fresh = await api.me();
      setBusy(false);
      setCurrent('');
      setNext('');
      setRepeat('');
      setMe(fresh);
      setDone(true);
      if (forced) navigate('#/', { replace: true });
    } catch {
      endSession(t.password.signInAgain);
    }
  }

  return (
    <div className="stack">
      <PageTitle>{t.password.title}</PageTitle>
      {forced && <Notice kind="warn">{t.password.mustChange}</Notice>}
      <div aria-live="polite">{done && <Notice kind="ok">{t.password.done}</Notice>}</div>
      <form className="card" onSubmit={submit} noValidate>
        <PasswordField
          label={t.password.current}
          visible={show}
          error={errors.current}
          inputRef={refs.current}
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <PasswordField
          label={t.password.next}
          hint={t.password.rule(PASSWORD_MIN_LENGTH)}
          visible={show}
          error={errors.next}
          inputRef={refs.next}
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
        <PasswordField
          label={t.password.repeat}
          visible={show}
          error={errors.repeat}
          inputRef={refs.repeat}
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
        <label className="check">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
          <span>{t.password.showAll}</span>
        </label>
        <div aria-live="assertive" className="form-error-slot">
          {formError != null && (
            <p className="form-error">
              <Icon name="alert" /> <span>{errorText(formError, t, lang)}</span>
            </p>
          )}
        </div>
        <button type="submit" className="btn btn--primary btn--block btn--big" disabled={busy} aria-busy={busy}>
          {busy ? t.password.submitting : t.password.submit}
        </button>
      </form>
    </div>
  );
}
