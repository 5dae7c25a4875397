/**
 * Posts' TPP position groups (#/tpp/instansi/:agencyId/kelompok-jabatan): where a Perkada sets
 * separate rules for a group of posts, the agency's admins, finance or the BKD put the posts into
 * the group a stored rule set names (scope.positionGroups); their holders are then computed with
 * that rule set (agency and group > agency > group > province). Each change is one PUT, checked
 * and audited by the server; readers without tpp.manage see the groups without the selects.
 */
import { useMemo, useState } from 'react';
import type { TppPositionGroupsAnswer } from '../../api/tpp';
import { tppApi } from '../../api/tpp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Field, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { href } from '../../router';
import { canManage, useSession } from '../../session';
import { isFinance } from './access';
import { useTppText } from './text';

export const positionGroupsHref = (agencyId: string) => href(['tpp', 'instansi', agencyId, 'kelompok-jabatan']);
const PAGE = 50;

export function PositionGroups({ agencyId }: { agencyId: string }) {
  const tx = useTppText();
  const g = tx.groups;
  const { me } = useSession();
  const mayWrite = canManage(me, agencyId) || (isFinance(me.account.role) && me.account.agencyId === agencyId);
  const q = useLoad((signal) => tppApi.positionGroups(agencyId, signal), [agencyId]);
  const [data, setData] = useState<TppPositionGroupsAnswer | null>(null);
  const [search, setSearch] = useState('');
  const [onlyGrouped, setOnlyGrouped] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [busy, setBusy] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const answer = data ?? q.data ?? null;
  const posts = useMemo(() => {
    const s = search.trim().toLowerCase();
    return (answer?.posts ?? []).filter((p) => (!onlyGrouped || p.group !== null) && (s === '' || p.name.toLowerCase().includes(s) || p.unitName.toLowerCase().includes(s)));
  }, [answer, search, onlyGrouped]);

  const put = async (positionId: string, name: string, group: string | null) => {
    setBusy(positionId);
    setError(null);
    setSaved(null);
    try {
      setData(await tppApi.setPositionGroups(agencyId, { positionIds: [positionId], group }));
      setSaved(name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="stack tpp">
      <a className="backlink" href={href(['tpp', 'instansi', agencyId, 'penggajian'])}>
        <Icon name="back" /> {tx.payroll.title}
      </a>
      <PageTitle testId="tpp-title">{g.title}</PageTitle>
      <p className="muted">{g.intro}</p>
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {q.loading && !answer && <Loading />}
      {answer && (
        <>
          {answer.groups.length === 0 ? (
            <Notice kind="info">{g.noGroups}</Notice>
          ) : (
            <section className="card stack" aria-label={g.group}>
              <p className="muted">{g.order}</p>
              <ul className="plain-list" data-testid="tpp-groups-known">
                {answer.groups.map((k) => (
                  <li key={k.code}>
                    <strong>{k.code}</strong> <span className="muted">{g.namedBy(k.ruleSets.map((r) => `${r.name} v${r.version}`).join(', '))}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Notice kind="info">
            <span data-testid="tpp-groups-count">{g.count(answer.posts.filter((p) => p.group !== null).length, answer.posts.length)}</span>
          </Notice>
          <Field label={g.search} type="search" value={search} onChange={(e) => setSearch(e.target.value)} data-testid="tpp-groups-search" />
          <label className="check tpp-groups__only">
            <input type="checkbox" checked={onlyGrouped} onChange={(e) => setOnlyGrouped(e.target.checked)} />
            <span>{g.onlyGrouped}</span>
          </label>
          {saved !== null && <Notice kind="ok">{g.saved(saved)}</Notice>}
          {error != null && <ErrorBox error={error} />}
          {posts.length === 0 ? (
            <p className="empty">{g.empty}</p>
          ) : (
            <ul className="plain-list tpp-groups">
              {posts.slice(0, shown).map((p) => (
                <li key={p.positionId} className="card tpp-groups__post" data-testid="tpp-groups-post">
                  <span className="row-link__title">{p.name}</span>
                  <span className="muted">
                    {p.unitName} · {tx.rules.kelas(String(p.kelas))}
                  </span>
                  {mayWrite && answer.groups.length > 0 ? (
                    <div className="field">
                      <label className="field__label" htmlFor={`grp-${p.positionId}`}>
                        {g.group}
                      </label>
                      <div className="field__control">
                        <select
                          id={`grp-${p.positionId}`}
                          value={p.group ?? ''}
                          disabled={busy !== null}
                          onChange={(e) => void put(p.positionId, p.name, e.target.value === '' ? null : e.target.value)}
                          data-testid="tpp-groups-select"
                        >
                          <option value="">{g.none}</option>
                          {answer.groups.map((k) => (
                            <option key={k.code} value={k.code}>
                              {k.code}
                            </option>
                          ))}
                          {p.group !== null && !answer.groups.some((k) => k.code === p.group) && <option value={p.group}>{p.group}</option>}
                        </select>
                      </div>
                    </div>
                  ) : (
                    <span>
                      {g.group}: <strong>{p.group ?? g.none}</strong>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {posts.length > shown && (
            <button type="button" className="btn btn--secondary btn--block" onClick={() => setShown((n) => n + PAGE)}>
              {g.more(posts.length - shown)}
            </button>
          )}
        </>
      )}
    </div>
  );
}
