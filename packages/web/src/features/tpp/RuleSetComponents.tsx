import type { TppRuleSet } from '@kinerja/core';
import { useId, useState } from 'react';
import { Icon } from '../../components/Icon';
import { Field } from '../../components/ui';
import { useTppText } from './text';
import { GroupIssues, KELAS_DESC, NumField, TextField, useEditor } from './RuleSetFields';

/** The components most Perkada name (DOMAIN.md §3), offered as one-tap additions when missing. */
const KNOWN_COMPONENTS: { id: string; name: string }[] = [
  { id: 'beban_kerja', name: 'Beban Kerja' },
  { id: 'prestasi_kerja', name: 'Prestasi Kerja' },
  { id: 'kondisi_kerja', name: 'Kondisi Kerja' },
  { id: 'tempat_bertugas', name: 'Tempat Bertugas' },
  { id: 'kelangkaan_profesi', name: 'Kelangkaan Profesi' },
];

/** A stable id for a new component from its name ("Tempat Bertugas" → "tempat_bertugas"), unique among `taken`. */
export function componentId(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 56) || 'komponen';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}_${n}`;
  return id;
}

/** The rule set with one more component, its share 0 % in every row (so the sums stay as they were). */
export function addComponent(rs: TppRuleSet, c: { id: string; name: string }): TppRuleSet {
  const byKelas = rs.componentShares.byKelas;
  return {
    ...rs,
    components: [...rs.components, c],
    componentShares: {
      ...rs.componentShares,
      default: { ...rs.componentShares.default, [c.id]: 0 },
      ...(byKelas ? { byKelas: Object.fromEntries(Object.entries(byKelas).map(([k, sh]) => [k, { ...sh, [c.id]: 0 }])) } : {}),
    },
  };
}

/** The rule set without a component and without its share in any row; the check then names a sum that is no longer 100 %. */
export function removeComponent(rs: TppRuleSet, id: string): TppRuleSet {
  const drop = (sh: Record<string, number>) => Object.fromEntries(Object.entries(sh).filter(([k]) => k !== id));
  const byKelas = rs.componentShares.byKelas;
  return {
    ...rs,
    components: rs.components.filter((c) => c.id !== id),
    componentShares: {
      ...rs.componentShares,
      default: drop(rs.componentShares.default),
      ...(byKelas ? { byKelas: Object.fromEntries(Object.entries(byKelas).map(([k, sh]) => [k, drop(sh)])) } : {}),
    },
  };
}

/** Components and their shares: add or remove a component, name it, its share for every kelas and for the kelas that differ. */
export function Components() {
  const tx = useTppText();
  const e = tx.rules.edit;
  const { doc, set, replace } = useEditor();
  const [name, setName] = useState('');
  const [kelas, setKelas] = useState('');
  const kelasId = useId();
  const ids = doc.components.map((c) => c.id);
  const missing = KNOWN_COMPONENTS.filter((k) => !ids.includes(k.id));
  const byKelas = doc.componentShares.byKelas ?? {};
  const freeKelas = KELAS_DESC.filter((k) => byKelas[k] === undefined);
  const chosenKelas = freeKelas.includes(kelas) ? kelas : (freeKelas[0] ?? '');
  const shares = (base: string) =>
    doc.components.map((c) => <NumField key={c.id} path={`${base}/${c.id}`} label={c.name} unit="%" testId={`tpp-edit-share-${base.split('/').at(-1)}-${c.id}`} />);
  return (
    <>
      <fieldset className="tpp-edit__group" data-testid="tpp-edit-components">
        <legend>{e.componentList}</legend>
        <GroupIssues path="/components" />
        {doc.components.map((c, i) => (
          <div key={c.id} className="tpp-edit__band" data-testid="tpp-edit-component" data-component={c.id}>
            <TextField path={`/components/${i}/name`} label={`${e.componentName} (${c.id})`} />
            <GroupIssues path={`/components/${i}/id`} />
            {doc.components.length > 1 && (
              <button type="button" className="btn btn--secondary btn--block" onClick={() => replace(removeComponent(doc, c.id))} data-testid={`tpp-edit-remove-component-${c.id}`}>
                <Icon name="x" /> {e.removeComponent(c.name)}
              </button>
            )}
          </div>
        ))}
        {missing.map((k) => (
          <button key={k.id} type="button" className="btn btn--secondary btn--block" onClick={() => replace(addComponent(doc, k))} data-testid={`tpp-edit-add-component-${k.id}`}>
            <Icon name="plus" /> {e.addKnownComponent(k.name)}
          </button>
        ))}
        <Field label={e.newComponent} type="text" value={name} onChange={(ev) => setName(ev.target.value)} hint={e.newComponentHint} maxLength={120} data-testid="tpp-edit-new-component" />
        <button
          type="button"
          className="btn btn--secondary btn--block"
          disabled={name.trim() === ''}
          onClick={() => {
            replace(addComponent(doc, { id: componentId(name, ids), name: name.trim() }));
            setName('');
          }}
          data-testid="tpp-edit-add-component"
        >
          <Icon name="plus" /> {e.addComponent}
        </button>
      </fieldset>
      <fieldset className="tpp-edit__group">
        <legend>{e.sharesDefault}</legend>
        <GroupIssues path="/componentShares/default" />
        {shares('/componentShares/default')}
      </fieldset>
      {Object.keys(byKelas)
        .sort((a, b) => Number(b) - Number(a))
        .map((k) => (
          <fieldset key={k} className="tpp-edit__group" data-testid="tpp-edit-kelas-shares" data-kelas={k}>
            <legend>{e.sharesKelas(k)}</legend>
            <GroupIssues path={`/componentShares/byKelas/${k}`} />
            {shares(`/componentShares/byKelas/${k}`)}
            <button
              type="button"
              className="btn btn--secondary btn--block"
              onClick={() => set('/componentShares/byKelas', Object.keys(byKelas).length > 1 ? Object.fromEntries(Object.entries(byKelas).filter(([x]) => x !== k)) : undefined)}
              data-testid={`tpp-edit-remove-kelas-${k}`}
            >
              <Icon name="x" /> {e.removeKelasShares(k)}
            </button>
          </fieldset>
        ))}
      {freeKelas.length > 0 && (
        <div className="stack">
          <div className="field">
            <label className="field__label" htmlFor={kelasId}>
              {e.addKelasShares}
            </label>
            <div className="field__control">
              <select id={kelasId} value={chosenKelas} onChange={(ev) => setKelas(ev.target.value)} data-testid="tpp-edit-kelas-choice">
                {freeKelas.map((k) => (
                  <option key={k} value={k}>
                    {tx.rules.kelas(k)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button
            type="button"
            className="btn btn--secondary btn--block"
            onClick={() => set(`/componentShares/byKelas`, { ...byKelas, [chosenKelas]: { ...doc.componentShares.default } })}
            data-testid="tpp-edit-add-kelas"
          >
            <Icon name="plus" /> {e.addKelasSharesButton(chosenKelas)}
          </button>
        </div>
      )}
      <GroupIssues path="/componentShares" />
    </>
  );
}
