import { useState } from 'react';
import type { Me } from './api/types';
import { LANGS, useI18n } from './i18n';
import { canSeeAdmin, signedInName } from './session';
import { useInboxCount } from './features/validation/count';
import { useAttendanceNavLabel } from './features/attendance';
import { Icon, type IconName } from './components/Icon';
import { canSeeTppAgency, useTppText } from './features/tpp';

export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="langswitch" role="group" aria-label={t.lang.label}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="langswitch__btn"
          aria-pressed={lang === l}
          aria-label={t.lang[l]}
          title={t.lang[l]}
          onClick={() => setLang(l)}
          data-testid={`lang-${l}`}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

export function Header({ me, onSignOut }: { me: Me | null; onSignOut?: () => Promise<void> }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const userName = me ? signedInName(me) : null;
  return (
    <header className="topbar">
      <div className="topbar__row">
        <a className="brand" href="#/" aria-label={`${t.app.name}: ${me?.employee ? t.nav.journal : t.nav.home}`}>
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <span>{t.app.name}</span>
        </a>
        <LangSwitch />
      </div>
      {me && userName && (
        <div className="topbar__row topbar__row--user">
          <p className="topbar__user" data-testid="header-user">
            <span className="visually-hidden">{t.header.signedInAs} </span>
            <span className="topbar__username">{userName}</span>
            {me.account.role !== 'employee' && <span className="topbar__role">{t.roles[me.account.role]}</span>}
          </p>
          {onSignOut && (
            <button
              type="button"
              className="btn btn--ghost topbar__signout"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void onSignOut().finally(() => setBusy(false));
              }}
              data-testid="sign-out"
            >
              <Icon name="logout" />
              <span>{busy ? t.header.signingOut : t.header.signOut}</span>
            </button>
          )}
        </div>
      )}
    </header>
  );
}

interface NavItem {
  to: string;
  match: string;
  icon: IconName;
  label: string;
  /** A count shown on the item (entries waiting for my decision). */
  badge?: { n: number; label: string } | undefined;
}

export function BottomNav({ me, section }: { me: Me; section: string }) {
  const { t } = useI18n();
  const role = me.account.role;
  const supervises = me.subordinates.length > 0;
  const waiting = useInboxCount(me.account.id, supervises);
  const attendanceLabel = useAttendanceNavLabel();
  const tppText = useTppText();
  // Employees land on their journal ("#/"); Beranda (their profile, supervisor, subordinates) has its own address.
  const items: NavItem[] = me.employee
    ? [
        { to: '#/', match: 'jurnal', icon: 'journal', label: t.nav.journal },
        { to: '#/beranda', match: 'beranda', icon: 'home', label: t.nav.home },
      ]
    : [{ to: '#/', match: '', icon: 'home', label: t.nav.home }];
  if (supervises || (waiting ?? 0) > 0) {
    const badge = waiting ? { n: waiting, label: t.nav.validationCount(waiting) } : undefined;
    items.push({ to: '#/validasi', match: 'validasi', icon: 'checkDouble', label: t.nav.validation, badge });
  }
  // Attendance is looked at daily: the next place an employee has (Beranda leads there too).
  if (me.employee && items.length + (canSeeAdmin(role) ? 1 : 0) < 4) items.push({ to: '#/presensi', match: 'presensi', icon: 'clock', label: attendanceLabel });
  // At most four places, so every label stays readable at 360 px: import and password change are
  // reached from Beranda, where their shortcuts are.
  // TPP (my month, or the agency's runs for finance) before the SKP; either is also on Beranda.
  const tppTo = me.employee ? '#/tpp' : canSeeTppAgency(role) ? '#/tpp/instansi' : null;
  if (tppTo && items.length + (canSeeAdmin(role) ? 1 : 0) < 4) items.push({ to: tppTo, match: 'tpp', icon: 'wallet', label: tppText.nav });
  // The SKP takes a place only where one is left; otherwise Beranda's shortcut leads to it.
  if (me.employee && items.length + (canSeeAdmin(role) ? 1 : 0) < 4) items.push({ to: '#/skp', match: 'skp', icon: 'star', label: t.nav.skp });
  if (canSeeAdmin(role)) items.push({ to: '#/instansi', match: 'instansi', icon: 'building', label: t.nav.admin });
  const current = me.employee && section === '' ? 'jurnal' : section;
  return (
    <nav className="bottomnav" aria-label={t.nav.label}>
      <ul>
        {items.map((it) => (
          <li key={it.match}>
            <a
              href={it.to}
              aria-current={current === it.match ? 'page' : undefined}
              data-testid={it.match === 'beranda' || it.match === '' ? 'nav-home' : `nav-${it.match}`}
            >
              <span className="bottomnav__icon">
                <Icon name={it.icon} />
                {it.badge && (
                  <span className="navbadge" data-testid={`nav-${it.match}-count`}>
                    <span aria-hidden="true">{it.badge.n > 99 ? '99+' : it.badge.n}</span>
                    <span className="visually-hidden">{it.badge.label}</span>
                  </span>
                )}
              </span>
              <span className="bottomnav__label">{it.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SkipLink() {
  const { t } = useI18n();
  return (
    <a
      className="skiplink"
      href="#main"
      onClick={(e) => {
        // Hash routing: do not let "#main" become a route.
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t.app.skipToContent}
    </a>
  );
}
