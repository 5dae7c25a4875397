/**
 * The supervisor's "Tim hari ini": their direct staff grouped by today's status (not scanned in yet,
 * late with the TL band, absent, on leave, present, off), the worrying groups first, each person on
 * one line with the time they came in. #/presensi/tim
 */
import { attendanceApi, type TeamDayAnswer } from '../../api/attendance';
import { Icon } from '../../components/Icon';
import { refusedPage } from '../../components/StatusPages';
import { ErrorBox, initials, Loading, PageTitle, useLoad } from '../../components/ui';
import { formatNip } from '../../format';
import { useI18n } from '../../i18n';
import { longDate } from '../../lib/dates';
import { clockOf, dayLine, TEAM_GROUPS, type TeamGroup } from './dayStatus';
import { PersonalTabs } from './PersonalTabs';
import { useAttendanceText } from './text';

type Member = TeamDayAnswer['items'][number];

export function TeamToday() {
  const { t } = useI18n();
  const x = useAttendanceText();
  const answer = useLoad((signal) => attendanceApi.teamToday(signal), [], true);
  const refused = refusedPage(answer.error);
  if (refused) return refused;
  const data = answer.data;
  const groups = new Map<TeamGroup, Member[]>();
  for (const m of data?.items ?? []) groups.set(m.state, [...(groups.get(m.state) ?? []), m]);
  return (
    <div className="stack att">
      <PersonalTabs current="team" />
      <PageTitle testId="att-team-title">{x.team.title}</PageTitle>
      {data && <p className="eyebrow">{longDate(data.date, t.locale)}</p>}
      <p className="muted">{x.team.intro}</p>
      {answer.error != null && <ErrorBox error={answer.error} onRetry={answer.retry} />}
      {answer.loading && !data && <Loading />}
      {data && data.items.length === 0 && <p className="empty">{x.team.none}</p>}
      {data && data.items.length > 0 && (
        <>
          <ul className="plain-list att-counts" data-testid="att-team-counts">
            {TEAM_GROUPS.filter((g) => groups.has(g)).map((g) => (
              <li key={g} className={`att-count att-count--${g}`}>
                <a href={`#att-group-${g}`} onClick={(e) => { e.preventDefault(); document.getElementById(`att-group-${g}`)?.scrollIntoView({ block: 'start' }); }}>
                  <strong>{groups.get(g)!.length}</strong> {x.team.groups[g]}
                </a>
              </li>
            ))}
          </ul>
          {TEAM_GROUPS.filter((g) => groups.has(g)).map((g) => (
            <section key={g} id={`att-group-${g}`} className="stack" aria-labelledby={`att-group-${g}-title`} data-testid={`att-team-${g}`}>
              <h2 id={`att-group-${g}-title`} className={`att-group-title att-group-title--${g}`}>
                {x.team.groups[g]} ({groups.get(g)!.length})
              </h2>
              <ul className="plain-list people">
                {groups.get(g)!.map((m) => (
                  <TeamRow key={m.employee.id} member={m} />
                ))}
              </ul>
            </section>
          ))}
          <button type="button" className="btn btn--secondary btn--block" onClick={answer.retry} data-testid="att-team-refresh">
            <Icon name="repeat" /> {x.team.refresh}
          </button>
        </>
      )}
    </div>
  );
}

function TeamRow({ member: m }: { member: Member }) {
  const { t } = useI18n();
  const x = useAttendanceText();
  const g = m.state;
  // Not in yet: the group says it; otherwise the day in words ("TL2, terlambat 45 menit", "Cuti tahunan").
  const status = g === 'missing' || g === 'not_yet' ? x.team.groups[g] : dayLine(m.day, x, t.locale);
  return (
    <li className={`person att-person att-person--${g}`} data-testid="att-team-person" data-nip={m.employee.nip} data-code={m.day.late ?? ''}>
      <span className="person__avatar" aria-hidden="true">
        {initials(m.employee.name)}
      </span>
      <span className="person__body">
        <span className="person__name">{m.employee.name}</span>
        <span className="att-person__status" data-testid="att-team-status">
          {status}
        </span>
        {m.day.arrival && g === 'leave' && <span className="muted">{x.team.arrivedAt(clockOf(m.day.arrival, t.locale))}</span>}
        <span className="nip muted">{formatNip(m.employee.nip)}</span>
      </span>
    </li>
  );
}
