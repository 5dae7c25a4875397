/**
 * "#/skp/<agencyId>/<skpId>/versi": every version of an SKP with its workflow steps, and what changed
 * between two of them (by default the last version against the one before it: the approved plan
 * against its revision). Rows are matched by their ids, so an edited RHK reads as changed.
 */
import { BERAKHLAK, isBerakhlakValue } from '@kinerja/core';
import { useId, useState } from 'react';
import { skpApi, type SkpDiffAnswer, type SkpIki } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, PageTitle, useLoad } from '../../components/ui';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { href } from '../../router';
import { ikiChanges } from './versionDiff';

type Change = SkpDiffAnswer['rhk']['changed'][number]['changes'][number];

export function VersionsScreen({ agencyId, skpId }: { agencyId: string; skpId: string }) {
  const { t } = useI18n();
  const id = useId();
  const versions = useLoad((signal) => skpApi.versions(agencyId, skpId, signal), [agencyId, skpId]);
  const [pick, setPick] = useState<{ from: number; to: number } | null>(null);
  const items = versions.data?.items ?? [];
  const last = items.at(-1)?.version ?? 1;
  const chosen = pick ?? { from: Math.max(1, last - 1), to: last };
  const diff = useLoad(
    (signal) => (items.length > 1 ? skpApi.diff(agencyId, skpId, chosen.from, chosen.to, signal) : Promise.resolve(null)),
    [agencyId, skpId, chosen.from, chosen.to, items.length],
  );
  if (versions.error !== undefined) return <ErrorBox error={versions.error} onRetry={versions.retry} />;
  if (!versions.data) return <Loading />;
  const label = (v: number) => {
    const item = items.find((x) => x.version === v);
    return item ? t.skp.versionLabel(v, t.skp.status[item.status]) : String(v);
  };
  const select = (which: 'from' | 'to') => (
    <>
      <label className="field__label" htmlFor={`${id}-${which}`}>
        {which === 'from' ? t.skp.compareFrom : t.skp.compareTo}
      </label>
      <select id={`${id}-${which}`} value={chosen[which]} onChange={(e) => setPick({ ...chosen, [which]: Number(e.target.value) })} data-testid={`skp-diff-${which}`}>
        {items.map((v) => (
          <option key={v.version} value={v.version}>
            {label(v.version)}
          </option>
        ))}
      </select>
    </>
  );

  return (
    <div className="stack skp">
      <a className="btn btn--ghost skp-back" href={href(['skp', agencyId, skpId])}>
        <Icon name="back" /> {t.skp.backToSkp}
      </a>
      <PageTitle testId="skp-versions-title">{t.skp.versionsTitle}</PageTitle>
      {items.length > 1 ? (
        <section className="card stack" aria-labelledby={`${id}-diff`}>
          <h2 id={`${id}-diff`}>{t.skp.diffTitle}</h2>
          {select('from')}
          {select('to')}
          {diff.error !== undefined && <ErrorBox error={diff.error} onRetry={diff.retry} />}
          {diff.data && <DiffView diff={diff.data} />}
        </section>
      ) : (
        <p className="empty">{t.skp.oneVersion}</p>
      )}
      <h2>{t.skp.history}</h2>
      <ol className="plain-list stack">
        {[...items].reverse().map((v) => (
          <li key={v.version} className="card" data-testid="skp-version">
            <h3>{label(v.version)}</h3>
            <ul className="plain-list skp-events">
              {v.events.map((e, i) => (
                <li key={i}>
                  <strong>{t.skp.eventName[e.action as keyof typeof t.skp.eventName] ?? e.action}</strong> · {e.actorName ?? '-'}
                  {e.onBehalf && <> ({t.skp.onBehalf})</>} · <span className="muted">{formatDate(e.at, t.locale)}</span>
                  {e.note && <p className="skp-events__note">{e.note}</p>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

function DiffView({ diff }: { diff: SkpDiffAnswer }) {
  const { t } = useI18n();
  const nothing =
    diff.rhk.added.length + diff.rhk.removed.length + diff.rhk.changed.length + diff.perilaku.added.length + diff.perilaku.removed.length + diff.perilaku.changed.length + diff.lampiran.added.length + diff.lampiran.removed.length + diff.lampiran.changed.length === 0 && !diff.rhk.reordered;
  if (nothing) return <p className="empty" data-testid="skp-diff-none">{t.skp.noChanges}</p>;
  const value = (v: string) => (isBerakhlakValue(v) ? BERAKHLAK[v].label : v);
  return (
    <div className="stack" data-testid="skp-diff">
      {diff.rhk.added.map((r) => (
        <DiffItem key={r.id} kind="added" title={t.skp.diffRhk}>
          <p>{r.text}</p>
        </DiffItem>
      ))}
      {diff.rhk.removed.map((r) => (
        <DiffItem key={r.id} kind="removed" title={t.skp.diffRhk}>
          <p>{r.text}</p>
        </DiffItem>
      ))}
      {diff.rhk.changed.map((c) => (
        <DiffItem key={c.id} kind="changed" title={t.skp.diffRhk}>
          {c.changes.map((ch) => (
            <FieldChange key={ch.field} change={ch} />
          ))}
        </DiffItem>
      ))}
      {diff.rhk.reordered && <p className="muted">{t.skp.reordered}</p>}
      {diff.perilaku.added.map((p) => (
        <DiffItem key={p.id} kind="added" title={`${t.skp.ekspektasi} · ${value(p.id)}`}>
          <p>{p.ekspektasi}</p>
        </DiffItem>
      ))}
      {diff.perilaku.removed.map((p) => (
        <DiffItem key={p.id} kind="removed" title={`${t.skp.ekspektasi} · ${value(p.id)}`}>
          <p>{p.ekspektasi}</p>
        </DiffItem>
      ))}
      {diff.perilaku.changed.map((c) => (
        <DiffItem key={c.id} kind="changed" title={`${t.skp.ekspektasi} · ${value(c.id)}`}>
          {c.changes.map((ch) => (
            <FieldChange key={ch.field} change={ch} />
          ))}
        </DiffItem>
      ))}
      {diff.lampiran.added.map((l) => (
        <DiffItem key={l.id} kind="added" title={`${t.skp.lampiran} · ${t.skp.lampiranJenis[l.jenis]}`}>
          <p>{l.text}</p>
        </DiffItem>
      ))}
      {diff.lampiran.removed.map((l) => (
        <DiffItem key={l.id} kind="removed" title={`${t.skp.lampiran} · ${t.skp.lampiranJenis[l.jenis]}`}>
          <p>{l.text}</p>
        </DiffItem>
      ))}
      {diff.lampiran.changed.map((c) => (
        <DiffItem key={c.id} kind="changed" title={t.skp.lampiran}>
          {c.changes.map((ch) => (
            <FieldChange key={ch.field} change={ch} />
          ))}
        </DiffItem>
      ))}
    </div>
  );
}

function DiffItem({ kind, title, children }: { kind: 'added' | 'removed' | 'changed'; title: string; children: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`skp-diff skp-diff--${kind}`} data-testid="skp-diff-item" data-kind={kind}>
      <p className="skp-diff__kind">
        {t.skp.diffKind[kind]} · {title}
      </p>
      {children}
    </div>
  );
}

/** One field's before and after, in words (an IKI list as its indicators and targets). */
function FieldChange({ change }: { change: Change }) {
  const { t } = useI18n();
  const words = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '-';
    if (change.field === 'iki' && Array.isArray(v)) return (v as SkpIki[]).map((k) => `${k.text} (${k.target})${k.mik ? ` · ${t.skp.mik}` : ''}`).join('; ');
    if (change.field === 'perspektif' && typeof v === 'string' && v in t.skp.perspektifName) return t.skp.perspektifName[v as keyof typeof t.skp.perspektifName];
    if (change.field === 'cascadingType' && typeof v === 'string' && v in t.skp.cascadingType) return t.skp.cascadingType[v as keyof typeof t.skp.cascadingType];
    if (change.field === 'jenis' && (v === 'utama' || v === 'tambahan')) return t.skp[v];
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  const name = t.skp.diffField[change.field as keyof typeof t.skp.diffField] ?? change.field;
  if (change.field === 'iki' && Array.isArray(change.before) && Array.isArray(change.after)) {
    return (
      <div className="skp-diff__field" data-field="iki">
        <p className="field__label">{name}</p>
        <ul className="plain-list">
          {ikiChanges(change.before as SkpIki[], change.after as SkpIki[], t).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="skp-diff__field" data-field={change.field}>
      <p className="field__label">{name}</p>
      <p className="skp-diff__before">
        <span className="muted">{t.skp.before}: </span>
        {words(change.before)}
      </p>
      <p className="skp-diff__after">
        <span className="muted">{t.skp.after}: </span>
        {words(change.after)}
      </p>
    </div>
  );
}

