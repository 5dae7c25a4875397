import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError, api, setUnauthenticatedHandler } from './api/client';
import type { Me } from './api/types';
import type { TwoFactorStep } from '@kinerja/core/api';
import { BottomNav, Header, SkipLink } from './Shell';
import { ForbiddenPage, NotFoundPage } from './components/StatusPages';
import { ErrorBox, LoadBoundary, Loading, PageTitle } from './components/ui';
import { useI18n } from './i18n';
import { isOverlayRoute, navigate, useRoute, type Route } from './router';
import { ChangePassword } from './features/account/ChangePassword';
import { Home } from './features/home/Home';
import { SignIn } from './features/account/SignIn';
import { SessionContext, canImport, canSeeAdmin, type Session } from './session';
import { forgetMe, rememberMe, rememberedMe } from './features/offline/identity';
import { confirmSignOut, endOfflineSession, useOfflineSession } from './features/offline/boot';
import { SyncBadge } from './features/offline/SyncBadge';

// Screens most employees never open are loaded on demand.
const AdminScreens = lazy(() => import('./features/admin/AdminScreens'));
const ImportScreen = lazy(() => import('./features/import/ImportScreen'));
const ValidationScreens = lazy(() => import('./features/validation/ValidationScreens'));
const OutboxScreen = lazy(() => import('./features/offline/OutboxScreen'));
// The SKP is drafted and approved a few times a year.
const SkpScreens = lazy(() => import('./features/skp/SkpScreens'));
const EvaluationScreens = lazy(() => import('./features/evaluation/EvaluationScreens'));
// Two-factor sign-in and "Perangkat saya": a few screens most people see rarely.
const SecondStep = lazy(() => import('./features/account/SecondStep').then((m) => ({ default: m.SecondStep })));
const MyDevices = lazy(() => import('./features/account/MyDevices'));
const MyData = lazy(() => import('./features/privacy/MyData'));
// Attendance (e-Presensi): my month, leave, the team today, the agency's machines and recap.
const AttendanceScreens = lazy(() => import('./features/attendance/AttendanceScreens'));
// TPP: the employee's month and explanation, the agency's runs, rule sets (features/tpp).
const TppScreens = lazy(() => import('./features/tpp/TppScreens'));
// The journal is most employees' landing page: its chunk starts downloading at once, alongside GET /me,
// so code splitting costs no extra round trip there.
const journalChunk = () => import('./features/journal/JournalScreen');
const JournalScreen = lazy(journalChunk);
if (/^#?\/?(jurnal|$)/.test(location.hash) || location.hash === '') void journalChunk().catch(() => {});

type State =
  | { kind: 'loading' }
  | { kind: 'offline'; error: unknown }
  | { kind: 'signedOut'; notice?: string | undefined }
  /** The password was right; a second factor (a code, or enrolling one) is still due. */
  | { kind: 'twoFactor'; step: TwoFactorStep }
  | { kind: 'signedIn'; me: Me };

export function App() {
  const { t, lang } = useI18n();
  // Whoever signed in last on this phone shows at once, with the journal kept for them; GET /me
  // confirms it (or ends it) when the network answers. A link that carries nothing must not hold the
  // screen on "Memuat…".
  const [state, setState] = useState<State>(() => {
    const kept = rememberedMe();
    return kept ? { kind: 'signedIn', me: kept } : { kind: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  const route = useRoute();
  const tRef = useRef(t);
  tRef.current = t;

  // Who am I? 401 means "show the sign-in screen"; anything else is a connection problem.
  useEffect(() => {
    const ctrl = new AbortController();
    api.me(ctrl.signal).then(
      (me) => {
        rememberMe(me);
        setState((s) => (s.kind === 'signedIn' && JSON.stringify(s.me) === JSON.stringify({ ...me, csrfToken: s.me.csrfToken }) ? s : { kind: 'signedIn', me }));
      },
      (err: unknown) => {
        if (ctrl.signal.aborted) return;
        if (err instanceof ApiError && err.status === 401) {
          forgetMe();
          setState({ kind: 'signedOut' });
          return;
        }
        // A sign-in waiting for its second factor (the page was reloaded in between).
        if (err instanceof ApiError && (err.code === 'TWO_FACTOR_REQUIRED' || err.code === 'TWO_FACTOR_ENROLMENT_REQUIRED')) {
          forgetMe();
          setState({ kind: 'twoFactor', step: err.code === 'TWO_FACTOR_REQUIRED' ? 'verify' : 'enrol' });
          return;
        }
        // No connection is not "signed out": the phone remembers who signed in (features/offline/identity.ts).
        const kept = rememberedMe();
        setState((s) => (s.kind === 'signedIn' ? s : kept ? { kind: 'signedIn', me: kept } : { kind: 'offline', error: err }));
      },
    );
    return () => ctrl.abort();
  }, [attempt]);

  // Any request answered with UNAUTHENTICATED ends the session in the UI.
  useEffect(() => {
    setUnauthenticatedHandler(() =>
      setState((s) => (s.kind === 'signedIn' ? { kind: 'signedOut', notice: tRef.current.errors.sessionExpired } : s)),
    );
    return () => setUnauthenticatedHandler(null);
  }, []);

  const endSession = useCallback((notice?: string) => setState({ kind: 'signedOut', notice }), []);
  const signOut = useCallback(async () => {
    if (!(await confirmSignOut(lang))) return;
    forgetMe();
    endOfflineSession();
    try {
      await api.logout();
    } catch {
      // Signed out locally anyway; the server session expires on its own.
    }
    // The next person to sign in on this phone starts at the home page, not at the last one's screen.
    navigate('#/', { replace: true });
    setState({ kind: 'signedOut' });
  }, [lang]);

  const session: Session | null = useMemo(
    () =>
      state.kind === 'signedIn'
        ? { me: state.me, setMe: (me: Me) => { rememberMe(me); setState({ kind: 'signedIn', me }); }, signOut, endSession }
        : null,
    [state, signOut, endSession],
  );

  // Query-only changes (search, paging) stay on the same page and keep focus where it is.
  const routePath = route.parts.join('/');
  // Move focus to the new page's heading so screen readers announce it, and scroll to the top;
  // except when an overlay (the journal's entry sheet) opens or closes over the same page.
  const firstRender = useRef(true);
  const overlay = isOverlayRoute(route);
  const overlayBefore = useRef(overlay);
  useEffect(() => {
    const wasOverlay = overlayBefore.current;
    overlayBefore.current = overlay;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (overlay || wasOverlay) return;
    window.scrollTo(0, 0);
    const id = requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [routePath, state.kind]);

  const me = session?.me ?? null;
  useOfflineSession(me);
  const section = route.parts[0] ?? '';
  const showNav = me !== null && !me.account.mustChangePassword;

  let content;
  if (state.kind === 'loading') content = <Loading />;
  else if (state.kind === 'offline')
    content = (
      <div className="stack">
        <PageTitle>{t.app.name}</PageTitle>
        <ErrorBox error={state.error} onRetry={() => { setState({ kind: 'loading' }); setAttempt((a) => a + 1); }} />
      </div>
    );
  else if (state.kind === 'signedOut')
    content = (
      <SignIn
        notice={state.notice}
        onSignedIn={(m) => { rememberMe(m); setState({ kind: 'signedIn', me: m }); }}
        onSecondStep={(step) => setState({ kind: 'twoFactor', step })}
      />
    );
  else if (state.kind === 'twoFactor')
    content = (
      <Lazy>
        <SecondStep
          step={state.step}
          onSignedIn={(m) => { rememberMe(m); setState({ kind: 'signedIn', me: m }); }}
          onCancel={(notice) => setState({ kind: 'signedOut', notice })}
        />
      </Lazy>
    );
  else content = <SignedIn me={state.me} route={route} />;

  useEffect(() => {
    document.title = state.kind === 'signedOut' || state.kind === 'twoFactor' ? `${t.signIn.title} · ${t.app.name}` : t.app.name;
  }, [state.kind, t]);

  return (
    <SessionContext.Provider value={session}>
      <SkipLink />
      <Header me={me} onSignOut={signOut} />
      {me?.employee && !me.account.mustChangePassword && <SyncBadge />}
      <main id="main" tabIndex={-1} className={showNav ? 'main main--nav' : 'main'}>
        {content}
      </main>
      {showNav && me && <BottomNav me={me} section={section} />}
    </SessionContext.Provider>
  );
}

function SignedIn({ me, route }: { me: Me; route: Route }) {
  // A temporary password must be replaced before anything else.
  if (me.account.mustChangePassword) return <ChangePassword />;
  const [section = ''] = route.parts;
  const role = me.account.role;
  switch (section) {
    case '':
    case 'jurnal':
      // The daily journal is an employee's main screen; accounts without one land on Beranda.
      if (!me.employee) {
        if (section === '') return <Home />;
        break;
      }
      return (
        <Lazy>
          <JournalScreen route={route} />
        </Lazy>
      );
    case 'beranda':
      return <Home />;
    case 'sandi':
      return <ChangePassword />;
    case 'perangkat':
      return (
        <Lazy>
          <MyDevices />
        </Lazy>
      );
    case 'data-saya':
      return (
        <Lazy>
          <MyData />
        </Lazy>
      );
    case 'kiriman':
      return (
        <Lazy>
          <OutboxScreen />
        </Lazy>
      );
    case 'instansi':
    case 'pegawai':
      // Employee detail ("pegawai") is also open to supervisors looking at their subordinates.
      if (section === 'instansi' && !canSeeAdmin(role)) break;
      return (
        <Lazy>
          <AdminScreens route={route} />
        </Lazy>
      );
    case 'validasi':
    case 'riwayat':
      if (!me.employee && section === 'validasi') break;
      return (
        <Lazy>
          <ValidationScreens route={route} />
        </Lazy>
      );
    case 'rekap':
      if (!canSeeAdmin(role)) break;
      return (
        <Lazy>
          <ValidationScreens route={route} />
        </Lazy>
      );
    case 'skp':
      // The agency overview (#/skp/ringkasan) is the admins', auditors' and BKD's; the rest an employee's own.
      if (route.parts[1] === 'ringkasan' ? !canSeeAdmin(role) : !me.employee) break;
      return (
        <Lazy>
          <SkpScreens route={route} />
        </Lazy>
      );
    case 'evaluasi':
      // The agency's overview is also for accounts with no employee (an auditor).
      if (!me.employee && !(route.parts[1] === 'ringkasan' && canSeeAdmin(role))) break;
      if (route.parts[1] === 'siasn' && role !== 'agency_admin' && role !== 'bkd_admin') break;
      return (
        <Lazy>
          <EvaluationScreens route={route} />
        </Lazy>
      );
    case 'tpp':
      return (
        <Lazy>
          <TppScreens route={route} />
        </Lazy>
      );
    case 'presensi':
      // Each page checks its own role (an admin's pages, an employee's own): never a bare break here.
      return (
        <Lazy>
          <AttendanceScreens route={route} />
        </Lazy>
      );
    case 'impor':
      if (!canImport(role)) break;
      return (
        <Lazy>
          <ImportScreen />
        </Lazy>
      );
  }
  // A page that exists but not for this role says so; only an unknown address is "not found".
  return KNOWN_SECTIONS.has(section) ? <ForbiddenPage /> : <NotFoundPage />;
}

/** Every first path segment the app has a page for (whichever roles may open it). */
const KNOWN_SECTIONS: ReadonlySet<string> = new Set(['', 'jurnal', 'beranda', 'sandi', 'kiriman', 'instansi', 'pegawai', 'validasi', 'riwayat', 'rekap', 'impor', 'skp', 'evaluasi', 'perangkat', 'data-saya', 'tpp']);

/** A code-split screen: a loading line while it downloads, a "no connection" box if it cannot. */
function Lazy({ children }: { children: ReactNode }) {
  return (
    <LoadBoundary fallback={(retry) => <ErrorBox error={new ApiError('NETWORK', '', 0)} onRetry={retry} />}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </LoadBoundary>
  );
}
