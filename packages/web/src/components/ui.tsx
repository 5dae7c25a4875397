import { Component, useEffect, useId, useRef, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import type { Capacity, PersonLink } from '../api/types';
import { errorText } from '../errors';
import { formatNip } from '../format';
import { useI18n } from '../i18n';
import { href } from '../router';
import { Icon } from './Icon';

/** A failure message, read out by screen readers as soon as it appears. */
export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <Icon name="alert" />
      <div>
        <p>{errorText(error, t, lang)}</p>
        {onRetry && (
          <button type="button" className="btn btn--secondary" onClick={onRetry}>
            {t.app.retry}
          </button>
        )}
      </div>
    </div>
  );
}

export function Notice({ kind, children, live }: { kind: 'ok' | 'info' | 'warn' | 'error'; children: ReactNode; live?: boolean }) {
  const icon = kind === 'ok' ? 'check' : kind === 'info' ? 'file' : 'alert';
  return (
    <div className={`notice notice--${kind}`} role={live ? (kind === 'error' || kind === 'warn' ? 'alert' : 'status') : undefined}>
      <Icon name={icon} />
      <div>{children}</div>
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t.app.loading}
    </p>
  );
}

/** The page heading; takes focus after navigation so screen readers announce the new page. */
export function PageTitle({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <h1 className="page-title" tabIndex={-1} data-testid={testId}>
      {children}
    </h1>
  );
}

export function Badge({ kind = 'neutral', title, children }: { kind?: 'neutral' | 'plt' | 'plh' | 'info' | 'warn'; title?: string; children: ReactNode }) {
  return (
    <span className={`badge badge--${kind}`} title={title}>
      {children}
    </span>
  );
}

/** Plt/Plh/"set by admin" badge; nothing for a definitive holder. */
export function CapacityBadge({ capacity, prefix }: { capacity: Capacity; prefix?: (label: string) => string }) {
  const { t } = useI18n();
  if (capacity === 'definitive') return null;
  if (capacity === 'override') return <Badge kind="info">{t.capacity.override}</Badge>;
  const label = capacity === 'plt' ? t.capacity.plt : t.capacity.plh;
  const long = capacity === 'plt' ? t.capacity.pltLong : t.capacity.plhLong;
  return (
    <Badge kind={capacity} title={long}>
      {prefix ? prefix(label) : label}
    </Badge>
  );
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Extra content to the right of the input (e.g. a show/hide button). */
  addon?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input with hint and error wired up through aria-describedby. */
export function Field({ label, hint, error, addon, inputRef, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="field__control">
        <input id={id} ref={inputRef} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
        {addon}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          <Icon name="alert" size={20} /> {error}
        </p>
      )}
    </div>
  );
}

/** A password input with a large "show/hide" button next to it. */
export function PasswordField(props: Omit<FieldProps, 'type' | 'addon'> & { visible?: boolean }) {
  const { t } = useI18n();
  const { visible: forced, ...rest } = props;
  const [own, setOwn] = useState(false);
  const visible = forced ?? own;
  const addon =
    forced === undefined ? (
      <button
        type="button"
        className="btn btn--addon"
        aria-pressed={own}
        aria-label={own ? t.signIn.hidePassword : t.signIn.showPassword}
        onClick={() => setOwn((v) => !v)}
      >
        <Icon name={own ? 'eyeOff' : 'eye'} />
        <span>{own ? t.signIn.hide : t.signIn.show}</span>
      </button>
    ) : undefined;
  return <Field {...rest} type={visible ? 'text' : 'password'} autoCapitalize="off" autoCorrect="off" spellCheck={false} addon={addon} />;
}

/** A person (supervisor, subordinate): name, NIP, position; links to their detail page. */
export function PersonCard({
  person,
  nameTestId,
  testId,
  capacityPrefix,
  omitUnit,
}: {
  person: PersonLink;
  nameTestId?: string;
  testId?: string;
  capacityPrefix?: (label: string) => string;
  /** A unit name not worth repeating (the viewer's own unit, in a list of their subordinates). */
  omitUnit?: string | undefined;
}) {
  return (
    <a className="person" href={href(['pegawai', person.agencyId, person.employeeId])} data-testid={testId}>
      <span className="person__avatar" aria-hidden="true">
        {initials(person.name)}
      </span>
      <span className="person__body">
        <span className="person__name" data-testid={nameTestId}>
          {person.name}
        </span>
        {person.positionName && <span className="person__position">{person.positionName}</span>}
        {person.unitName && person.unitName !== omitUnit && <span className="person__unit">{person.unitName}</span>}
        <span className="person__meta">
          <span className="nip">{formatNip(person.nip)}</span>
          <CapacityBadge capacity={person.capacity} prefix={capacityPrefix} />
        </span>
      </span>
      <Icon name="chevron" />
    </a>
  );
}

// Front titles (gelar depan); back titles come after the first comma and are cut off anyway.
const TITLE_WORDS = /^(dr|drs|dra|ir|h|hj|prof|ns|apt|kh|raden|r|rr)\.?$/i;
export function initials(name: string): string {
  const words = name
    .split(',')[0]!
    .split(/\s+/)
    .filter((w) => w && !TITLE_WORDS.test(w) && /^[A-Za-z]/.test(w));
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** Runs `fn` after `ms` of quiet. */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/**
 * Loads data for the current inputs; aborts the previous request when they change. With `keepStale`
 * the previous data stays visible while the next loads (paging through a list); otherwise it is cleared
 * (one person's page must never show another person's data, even for a moment).
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[], keepStale = false) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => (keepStale ? { data: s.data, loading: true } : { loading: true }));
    loadRef.current(ctrl.signal).then(
      (data) => {
        if (!ctrl.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ error, loading: false });
      },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  return { ...state, retry: () => setAttempt((a) => a + 1) };
}

/** A label and its value; `half` facts sit two to a row (short values such as a rank or a class). */
export function Fact({ label, value, testId, half }: { label: string; value: string | null | undefined; testId?: string; half?: boolean }) {
  return (
    <div className={half ? 'fact fact--half' : 'fact'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value || '—'}</dd>
    </div>
  );
}

/**
 * Catches a screen that failed to load (its code chunk) and offers a reload. After a new version is
 * deployed the old chunks are gone: when online, reload once by itself to pick up the new version.
 */
export class LoadBoundary extends Component<{ children: ReactNode; fallback: (retry: () => void) => ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    const KEY = 'kinerja.reloadedAt';
    try {
      const last = Number(sessionStorage.getItem(KEY) ?? 0);
      if (navigator.onLine && Date.now() - last > 60_000) {
        sessionStorage.setItem(KEY, String(Date.now()));
        location.reload();
      }
    } catch {
      // No storage: leave it to the user's "try again".
    }
  }
  override render() {
    return this.state.failed ? this.props.fallback(() => location.reload()) : this.props.children;
  }
}
