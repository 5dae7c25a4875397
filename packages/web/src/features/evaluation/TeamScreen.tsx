/**
 * The pejabat penilai's team ("#/evaluasi/tim", "?dari=&sampai=" for another period): the people
 * whose approved SKP names them as penilai, each with the status and predikat of the period's
 * evaluation and one tap to rate, and beside them the live curve of every organisation they count in.
 */
import { useState } from 'react';
import { evaluationApi, type TeamAnswer } from '../../api/evaluation';
import { ErrorBox, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';
import type { Route } from '../../router';
import { href, navigate } from '../../router';
import { CurveChart } from './CurveChart';
import { useOverviewText } from './overview-text';
import { API_BASE } from '../../api/client';
import './evaluation.css';

export function TeamScreen({ route }: { route: Route }) {
  const { t } = useI18n();
  const from = route.query.get('dari');
  const to = route.query.get('sampai');
  const period = from && to ? { periodFrom: from, periodTo: to } : null;
  const team = useLoad((signal) => evaluationApi.team(period, signal), [from, to], true);
  const data = team.data;
  return (
    <div className="stack evaluation">
      <PageTitle testId="team-title">{t.evaluation.team.title}</PageTitle>
      <p className="muted">{t.evaluation.team.intro}</p>
      {data && <PeriodPicker data={data} />}
      {team.loading && !data && <Loading />}
      {team.error !== undefined && <ErrorBox error={team.error} onRetry={team.retry} />}
      {data && <TeamBody data={data} />}
    </div>
  );
}

function PeriodPicker({ data }: { data: TeamAnswer }) {
  const { t } = useI18n();
  const value = `${data.periodFrom}/${data.periodTo}`;
  return (
    <div className="field">
      <label htmlFor="team-period" className="field__label">
        {t.evaluation.team.period}
      </label>
      <div className="field__control">
        <select
          id="team-period"
          className="eval-select"
          value={value}
          data-testid="team-period"
          onChange={(e) => {
            const [dari, sampai] = e.target.value.split('/');
            navigate(href(['evaluasi', 'tim'], { dari, sampai }), { replace: true });
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

function TeamBody({ data }: { data: TeamAnswer }) {
  const { t } = useI18n();
  const done = data.items.filter((i) => i.status === 'final').length;
  return (
    <>
      {data.items.length === 0 ? (
        <p className="empty" data-testid="team-empty">
          {t.evaluation.team.empty}
        </p>
      ) : (
        <p data-testid="team-progress">
          <strong>{t.evaluation.team.progress(done, data.items.length)}</strong>
        </p>
      )}
      {data.curves.map((c) => (
        <CurveChart key={`${c.agencyId}/${c.unitId}`} curve={c} policy={c.curvePolicy} />
      ))}
      {data.outsideCurve > 0 && <Notice kind="info">{t.evaluation.team.outsideCurve(data.outsideCurve)}</Notice>}
      {data.items.length > 0 && <TeamDownload data={data} />}
      {data.items.length > 0 && (
        <section className="card" aria-labelledby="team-people">
          <h3 id="team-people">{t.evaluation.team.people}</h3>
          <ul className="plain-list team-list" data-testid="team-list">
            {data.items.map((i) => (
              <TeamMember key={i.skpId} item={i} data={data} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function TeamMember({ item, data }: { item: TeamAnswer['items'][number]; data: TeamAnswer }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const kind = data.periods.find((p) => p.periodFrom === data.periodFrom && p.periodTo === data.periodTo)?.kind ?? 'periodik';
  const statusKind = item.status === 'final' ? 'ok' : item.status === 'berjalan' ? 'info' : 'neutral';
  async function open() {
    setBusy(true);
    setError(null);
    try {
      const opened = await evaluationApi.open(item.agencyId, item.skpId, kind, data.periodFrom);
      navigate(href(['evaluasi', item.agencyId, item.skpId, opened.evaluation.id], { dari: 'tim' }));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }
  return (
    <li className="team-member" data-testid="team-member" data-employee={item.employeeId} data-status={item.status} data-predikat={item.predikat ?? ''}>
      <div className="team-member__head">
        <strong>{item.name}</strong>
        <span className={`eval-status eval-status--${statusKind}`}>{t.evaluation.team.status[item.status]}</span>
      </div>
      <p className="muted team-member__post">
        {item.positionName}
        {item.leadsOrganisation ? ` · ${t.evaluation.team.leader}` : ''}
      </p>
      <p>
        {t.evaluation.predikat}: <strong data-testid="team-member-predikat">{item.predikat ? t.evaluation.predikatLabel[item.predikat] : t.evaluation.notRated}</strong>
      </p>
      {error !== null && <ErrorBox error={error} />}
      {item.evaluationId ? (
        <a className="btn btn--secondary btn--block" href={href(['evaluasi', item.agencyId, item.skpId, item.evaluationId], { dari: 'tim' })} data-testid="team-member-open">
          {item.status === 'final' ? t.evaluation.team.view : t.evaluation.team.rate} <Icon name="chevron" />
        </a>
      ) : (
        <button type="button" className="btn btn--secondary btn--block" onClick={open} disabled={busy} data-testid="team-member-start">
          {t.evaluation.team.start}
        </button>
      )}
    </li>
  );
}

/** The team's table (status, ratings, predikat) and curves as XLSX; the download is audited. */
function TeamDownload({ data }: { data: TeamAnswer }) {
  const text = useOverviewText();
  const q = `periodFrom=${encodeURIComponent(data.periodFrom)}&periodTo=${encodeURIComponent(data.periodTo)}`;
  return (
    <a className="btn btn--secondary btn--block" href={`${API_BASE}/evaluation-team.xlsx?${q}`} download data-testid="team-xlsx">
      <Icon name="download" /> {text.downloadTeam}
    </a>
  );
}
