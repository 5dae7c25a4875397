import { POSITION_KIND_LABEL } from '@kinerja/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { UnitRow } from '../../api/types';
import { Icon } from '../../components/Icon';
import { Badge, ErrorBox, Loading, useDebounced, useLoad } from '../../components/ui';
import { formatNip, formatRank } from '../../format';
import { useI18n } from '../../i18n';
import { href, navigate, type Route } from '../../router';

const PAGE_SIZE = 20;

export function EmployeeList({ agencyId, route, unitById }: { agencyId: string; route: Route; unitById: ReadonlyMap<string, UnitRow> }) {
  const { t } = useI18n();
  const q = route.query.get('q') ?? '';
  const unitId = route.query.get('unit') ?? '';
  const page = Math.max(1, Number(route.query.get('hal')) || 1);
  const base = ['instansi', agencyId, 'pegawai'];

  const [text, setText] = useState(q);
  const inputRef = useRef<HTMLInputElement>(null);
  // Follow the address (back button) unless the user is typing.
  useEffect(() => {
    if (document.activeElement !== inputRef.current) setText(q);
  }, [q]);
  // Search as you type, without filling the history with every letter.
  const debounced = useDebounced(text.trim(), 400);
  useEffect(() => {
    if (debounced !== q) navigate(href(base, { q: debounced, unit: unitId }), { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const list = useLoad(
    (signal) => api.employees(agencyId, { q: q || undefined, unitId: unitId || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
    [agencyId, q, unitId, page],
    true,
  );

  // A new page of results: bring the top of the list into view.
  const topRef = useRef<HTMLParagraphElement>(null);
  const firstPage = useRef(page);
  useEffect(() => {
    if (page !== firstPage.current) topRef.current?.scrollIntoView({ block: 'start' });
    firstPage.current = page;
  }, [page]);

  function submit(e: FormEvent) {
    e.preventDefault();
    navigate(href(base, { q: text.trim(), unit: unitId }));
  }

  const data = list.data;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const from = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const to = Math.min(total, page * PAGE_SIZE);
  const unitName = unitId ? (unitById.get(unitId)?.name ?? '…') : null;

  return (
    <section className="stack" aria-label={t.admin.employees}>
      <form className="search" role="search" onSubmit={submit}>
        <label htmlFor="employee-search" className="field__label">
          {t.admin.search}
        </label>
        <div className="search__row">
          <input
            id="employee-search"
            ref={inputRef}
            type="search"
            inputMode="search"
            autoComplete="off"
            enterKeyHint="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="employee-search"
          />
          <button type="submit" className="btn btn--primary" aria-label={t.admin.searchButton}>
            <Icon name="search" />
            <span className="hide-narrow">{t.admin.searchButton}</span>
          </button>
        </div>
      </form>

      {unitName && (
        <p className="chip-row">
          <span className="chip">{t.admin.filteredByUnit(unitName)}</span>
          <a className="btn btn--ghost" href={href(base, { q })}>
            <Icon name="x" /> {t.admin.allUnits}
          </a>
        </p>
      )}

      <p className="muted" aria-live="polite" data-testid="employee-count" ref={topRef}>
        {data && !list.loading ? (total > 0 ? t.admin.resultCount(from, to, total) : '') : ''}
      </p>

      {list.error != null && <ErrorBox error={list.error} onRetry={list.retry} />}
      {list.loading && !data && <Loading />}
      {data && data.items.length === 0 && !list.loading && <p className="empty">{t.admin.noResults}</p>}
      {data && data.items.length > 0 && (
        <ul className={`plain-list cards${list.loading ? ' is-stale' : ''}`} data-testid="employee-list" aria-busy={list.loading}>
          {data.items.map((e) => (
            <li key={e.id}>
              <a className="row-link" href={href(['pegawai', agencyId, e.id])} data-testid="employee-item">
                <span className="row-link__body">
                  <span className="row-link__title">{e.name}</span>
                  <span className="nip">{formatNip(e.nip)}</span>
                  {e.positionName && (
                    <span>
                      {e.positionName}
                      {e.kelasJabatan != null && <span className="muted"> · {t.home.kelas} {e.kelasJabatan}</span>}
                    </span>
                  )}
                  {e.unitName && <span className="muted">{e.unitName}</span>}
                  <span className="badges">
                    <Badge>{e.kind === 'pppk' ? t.home.kindPppk : t.home.kindPns}</Badge>
                    {e.rankCode && <Badge>{formatRank(e.rankCode, null, e.kind, t)}</Badge>}
                    {e.positionKind && <Badge>{POSITION_KIND_LABEL[e.positionKind] ?? e.positionKind}</Badge>}
                    {!e.active && <Badge kind="warn">{t.admin.inactive}</Badge>}
                  </span>
                </span>
                <Icon name="chevron" />
              </a>
            </li>
          ))}
        </ul>
      )}

      {total > PAGE_SIZE && (
        <nav className="pager" aria-label={t.admin.pagination}>
          <a
            className="btn btn--secondary"
            href={page > 1 ? href(base, { q, unit: unitId, hal: page - 1 }) : undefined}
            aria-disabled={page <= 1}
            data-testid="page-prev"
          >
            <Icon name="back" /> {t.admin.prev}
          </a>
          <span className="pager__label">{t.admin.page(page, pages)}</span>
          <a
            className="btn btn--secondary"
            href={page < pages ? href(base, { q, unit: unitId, hal: page + 1 }) : undefined}
            aria-disabled={page >= pages}
            data-testid="page-next"
          >
            {t.admin.next} <Icon name="chevron" />
          </a>
        </nav>
      )}
    </section>
  );
}
