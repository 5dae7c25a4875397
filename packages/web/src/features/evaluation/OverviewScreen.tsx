/**
 * "Ringkasan evaluasi kinerja" for agency admins, BKD and auditors (issue 17 item 9):
 * "#/evaluasi/ringkasan[/<agencyId>][?dari=&sampai=][&unit=]". Per unit (with the units under it),
 * how many evaluations of the period are not started, in progress and finalised; one tap on a unit
 * lists by name who has not finished there, the list admins chase before the deadline. Both tables
 * download as XLSX.
 */
import { useEffect, useState, type CSSProperties } from 'react';
import type { EvaluationOverviewAnswer, EvaluationOverviewCounts } from '@kinerja/core/api';
import { API_BASE, request } from '../../api/client';
import { AgencyPicker } from '../../components/AgencyPicker';
import { Icon } from '../../components/Icon';
import { refusedPage } from '../../components/StatusPages';
import { ErrorBox, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { formatDate, formatNip, formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import type { Route } from '../../router';
import { href, navigate } from '../../router';
import { useSession } from '../../session';
import { useOverviewText } from './overview-text';
import './evaluation.css';
import './eval-overview.css';

const enc = encodeURIComponent;
const STATES = ['belum_dibuka', 'berjalan', 'final'] as const;
/** Names shown before "show all": the first screenful of a large OPD stays quick on a cheap phone. */
const FIRST_NAMES = 50;

const overviewHref = (agencyId: string | null, q: { dari?: string | null; sampai?: string | null; unit?: string | null } = {}) =>
  href(agencyId ? ['evaluasi', 'ringkasan', agencyId] : ['evaluasi', 'ringkasan'], q);

export function OverviewScreen({ agencyId, route }: { agencyId: string | undefined; route: Route }) {
  const { me } = useSession();
  const text = useOverviewText();
  const own = me.account.agencyId;
  useEffect(() => {
    if (!agencyId && own && me.account.role !== 'bkd_admin') navigate(overviewHref(own), { replace: true });
  }, [agencyId, own, me.account.role]);
  if (!agencyId) return <AgencyPicker title={text.title} intro={text.pickAgency} hrefOf={(id) => overviewHref(id)} testId="evaluation-overview-agency" />;
  return <OverviewView agencyId={agencyId} from={route.query.get('dari')} to={route.query.get('sampai')} unitId={route.query.get('unit')} />;
}

function OverviewView({ agencyId, from, to, unitId }: { agencyId: string; from: string | null; to: string | null; unitId: string | null }) {
  const { t } = useI18n();
  const text = useOverviewText();
  const query = from && to ? { periodFrom: from, periodTo: to } : undefined;
  const { data, error, loading, retry } = useLoad(
    (signal) => request<EvaluationOverviewAnswer>('GET', `/agencies/${enc(agencyId)}/evaluation-overview`, { query, signal }),
    [agencyId, from, to],
    true,
  );
  const n = (x: number) => formatNumber(x, t.locale);
  const refused = refusedPage(error);
  if (refused) return refused;
  const period = data ? `periodFrom=${data.periodFrom}&periodTo=${data.periodTo}` : '';
  const unit = data && unitId ? data.units.find((u) => u.unitId === unitId) : undefined;
  return (
    <div className="stack evaluation eval-overview">
      <a className="backlink" href={href(['instansi', agencyId])} data-testid="evaluation-overview-back">
        <Icon name="back" /> {text.back}
      </a>
      <PageTitle testId="evaluation-overview-title">{text.title}</PageTitle>
      {data && <p className="eyebrow" data-testid="evaluation-overview-agency-name">{data.agency.name}</p>}
      <p className="muted">{text.intro}</p>
      {data && <PeriodPicker data={data} agencyId={agencyId} />}
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {loading && !data && <Loading />}
      {data && (
        <div className={loading ? 'stack is-stale' : 'stack'}>
          {data.deadline && <Notice kind="info">{text.deadline(formatDate(data.deadline, t.locale))}</Notice>}
          <section className="card" aria-labelledby="eval-overview-totals" data-testid="evaluation-overview-totals">
            <h2 id="eval-overview-totals">{text.progress(n(data.totals.final), n(data.totals.total))}</h2>
            <Bar counts={data.totals} />
            <Counts counts={data.totals} n={n} />
          </section>
          <div className="stack eval-overview__downloads">
            <a className="btn btn--primary btn--block" href={`${API_BASE}/agencies/${enc(agencyId)}/evaluation-overview.xlsx?${period}`} download data-testid="evaluation-overview-xlsx">
              <Icon name="download" /> {text.downloadOverview}
            </a>
            <p className="muted">{text.downloadHint}</p>
          </div>
          {unit ? (
            <Unfinished data={data} agencyId={agencyId} unit={unit} n={n} period={period} />
          ) : (
            <>
              <Units data={data} agencyId={agencyId} n={n} />
              <Unfinished data={data} agencyId={agencyId} unit={undefined} n={n} period={period} />
            </>
          )}
        </div>
      )}
    </div>
  );
}

function PeriodPicker({ data, agencyId }: { data: EvaluationOverviewAnswer; agencyId: string }) {
  const text = useOverviewText();
  return (
    <div className="field">
      <label htmlFor="eval-overview-period" className="field__label">
        {text.period}
      </label>
      <div className="field__control">
        <select
          id="eval-overview-period"
          className="eval-select"
          value={`${data.periodFrom}/${data.periodTo}`}
          data-testid="evaluation-overview-period"
          onChange={(e) => {
            const [dari, sampai] = e.target.value.split('/');
            navigate(overviewHref(agencyId, { dari, sampai }), { replace: true });
          }}
        >
          {data.periods.map((p) => (
            <option key={`${p.periodFrom}/${p.periodTo}`} value={`${p.periodFrom}/${p.periodTo}`}>
              {p.label} {p.periodFrom.slice(0, 4)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The share of each state as one bar, readable at a glance on a phone. */
function Bar({ counts }: { counts: EvaluationOverviewCounts }) {
  if (counts.total === 0) return null;
  return (
    <div className="eval-overview__bar" aria-hidden="true">
      {STATES.map((s) => (counts[s] > 0 ? <span key={s} data-state={s} style={{ flexGrow: counts[s] }} /> : null))}
    </div>
  );
}

function Counts({ counts, n }: { counts: EvaluationOverviewCounts; n: (x: number) => string }) {
  const text = useOverviewText();
  return (
    <dl className="eval-overview__counts">
      <div>
        <dt>{text.total}</dt>
        <dd>{n(counts.total)}</dd>
      </div>
      {STATES.map((s) => (
        <div key={s} data-state={s}>
          <dt>{text.state[s]}</dt>
          <dd data-testid={`count-${s}`}>{n(counts[s])}</dd>
        </div>
      ))}
    </dl>
  );
}

function Units({ data, agencyId, n }: { data: EvaluationOverviewAnswer; agencyId: string; n: (x: number) => string }) {
  const text = useOverviewText();
  const shown = data.units.filter((u) => u.subtree.total > 0);
  const hidden = data.units.length - shown.length;
  const q = { dari: data.periodFrom, sampai: data.periodTo };
  return (
    <section aria-labelledby="eval-overview-units" className="stack">
      <h2 id="eval-overview-units">{text.units}</h2>
      <p className="muted">{text.unitsHint}</p>
      <ul className="plain-list eval-overview__units" data-testid="evaluation-overview-units">
        {shown.map((u) => {
          const open = u.subtree.belum_dibuka + u.subtree.berjalan;
          return (
            // The depth indents the unit's card, so the tree reads at 360 px without a table.
            <li key={u.unitId} className="card eval-overview__unit" style={{ '--depth': Math.min(u.depth, 4) } as CSSProperties} data-testid="evaluation-overview-unit" data-unit={u.unitId}>
              <strong>{u.name}</strong>
              <Bar counts={u.subtree} />
              <Counts counts={u.subtree} n={n} />
              {open > 0 && (
                <a className="btn btn--secondary btn--block" href={overviewHref(agencyId, { ...q, unit: u.unitId })} data-testid="evaluation-overview-unit-open">
                  {text.showUnfinished(n(open))} <Icon name="chevron" />
                </a>
              )}
            </li>
          );
        })}
      </ul>
      {hidden > 0 && <p className="muted">{text.hiddenUnits(hidden)}</p>}
    </section>
  );
}

/** Who has not finished: the whole agency, or a unit with the units under it. */
function Unfinished({ data, agencyId, unit, n, period }: { data: EvaluationOverviewAnswer; agencyId: string; unit: EvaluationOverviewAnswer['units'][number] | undefined; n: (x: number) => string; period: string }) {
  const text = useOverviewText();
  const [all, setAll] = useState(false);
  let rows = data.unfinished;
  if (unit) {
    const under = new Set([unit.unitId]);
    for (const u of data.units) if (u.parentId !== null && under.has(u.parentId)) under.add(u.unitId);
    rows = rows.filter((r) => under.has(r.unitId));
  }
  const visible = all ? rows : rows.slice(0, FIRST_NAMES);
  const unitQuery = unit ? `&unitId=${enc(unit.unitId)}` : '';
  return (
    <section aria-labelledby="eval-overview-unfinished" className="stack">
      {unit && (
        <a className="backlink" href={overviewHref(agencyId, { dari: data.periodFrom, sampai: data.periodTo })} data-testid="evaluation-overview-all-units">
          <Icon name="back" /> {text.allUnits}
        </a>
      )}
      <h2 id="eval-overview-unfinished" data-testid="evaluation-overview-unfinished-title">
        {unit ? text.unfinishedIn(n(rows.length), unit.name) : text.unfinished(n(rows.length))}
      </h2>
      <p className="muted">{text.unfinishedHint}</p>
      {unit && <Counts counts={unit.subtree} n={n} />}
      {rows.length > 0 && (
        <a className="btn btn--secondary btn--block" href={`${API_BASE}/agencies/${enc(agencyId)}/evaluation-overview/unfinished.xlsx?${period}${unitQuery}`} download data-testid="evaluation-overview-unfinished-xlsx">
          <Icon name="download" /> {unit ? text.downloadUnfinishedUnit(unit.name) : text.downloadUnfinished}
        </a>
      )}
      {rows.length === 0 ? (
        <p className="empty" data-testid="evaluation-overview-none-unfinished">
          {text.noneUnfinished}
        </p>
      ) : (
        <ul className="plain-list cards" data-testid="evaluation-overview-unfinished">
          {visible.map((r) => (
            <li key={r.skpId} className="card eval-overview__person" data-testid="evaluation-overview-person" data-employee={r.employeeId} data-status={r.status}>
              <div className="eval-overview__person-head">
                <strong>{r.name}</strong>
                <span className={`eval-status eval-status--${r.status === 'berjalan' ? 'info' : 'neutral'}`}>{text.state[r.status]}</span>
              </div>
              <span className="muted">
                NIP {formatNip(r.nip)} · {r.positionName}
              </span>
              <span className="muted">{r.unitName}</span>
              <span>{r.penilaiName ? text.penilai(r.penilaiName) : text.noPenilai}</span>
            </li>
          ))}
        </ul>
      )}
      {!all && rows.length > visible.length && (
        <button type="button" className="btn btn--ghost btn--block" onClick={() => setAll(true)} data-testid="evaluation-overview-show-all">
          {text.showAll(n(rows.length))}
        </button>
      )}
    </section>
  );
}
