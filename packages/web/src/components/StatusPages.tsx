/**
 * What a page shows instead of its content when it cannot be shown: the account may not open it
 * (a role the route is not for, or a 403 from the API) or it does not exist (404). The two say
 * different things on purpose: "not found" sends people looking for a typo; "not allowed" tells
 * them the page is real and whom to ask.
 */
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { useSession } from '../session';
import { Icon } from './Icon';
import { PageTitle } from './ui';

function WayBack() {
  const { t } = useI18n();
  return (
    <div className="stack">
      <button
        type="button"
        className="btn btn--secondary btn--block"
        onClick={() => (history.length > 1 ? history.back() : navigate('#/', { replace: true }))}
        data-testid="status-back"
      >
        <Icon name="back" /> {t.app.back}
      </button>
      <a className="btn btn--primary btn--block" href="#/" data-testid="status-home">
        <Icon name="home" /> {t.app.toHome}
      </a>
    </div>
  );
}

export function ForbiddenPage() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <div className="stack" data-testid="page-forbidden">
      <PageTitle>{t.app.forbiddenTitle}</PageTitle>
      <p>{t.app.forbiddenBody(t.roles[me.account.role])}</p>
      <WayBack />
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="stack" data-testid="page-not-found">
      <PageTitle>{t.app.notFound}</PageTitle>
      <p>{t.app.notFoundBody}</p>
      <WayBack />
    </div>
  );
}

/**
 * The page to show instead of a screen whose own data could not be read because the account may not
 * see it (403) or it is not there (404); null for any other failure (the screen shows it, with a retry).
 */
export function refusedPage(error: unknown): ReactNode {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 403 && error.code !== 'CSRF') return <ForbiddenPage />;
  if (error.status === 404) return <NotFoundPage />;
  return null;
}
