/**
 * The rule-set editor's fields: the document in a context (read by JSON pointer, set by pointer or
 * replaced whole), and a field for each kind of value, showing the server's issues under the field
 * they name.
 */
import type { TppRuleSet } from '@kinerja/core';
import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { TppRuleSetCheckAnswer } from '../../api/tpp';
import { Field, Notice } from '../../components/ui';
export type Issue = TppRuleSetCheckAnswer['issues'][number];
export type Json = unknown;

/** The value at a JSON pointer ("/split/productivity"). */
export function getAt(doc: Json, pointer: string): Json {
  let v: Json = doc;
  for (const k of pointer.split('/').filter(Boolean)) v = v == null ? undefined : (v as Record<string, Json>)[k];
  return v;
}

/** A copy of `doc` with the value at `pointer` replaced (undefined removes the key). */
export function setAt<T>(doc: T, pointer: string, value: Json): T {
  const keys = pointer.split('/').filter(Boolean);
  const put = (node: Json, i: number): Json => {
    const k = keys[i]!;
    const copy: Record<string, Json> | Json[] = Array.isArray(node) ? [...(node as Json[])] : { ...(node as Record<string, Json>) };
    const next = i === keys.length - 1 ? value : put((node as Record<string, Json>)[k], i + 1);
    if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string, Json>)[k];
    else (copy as Record<string, Json>)[k] = next;
    return copy;
  };
  return put(doc, 0) as T;
}

/**
 * Text typed into a number field: a number when it reads as one (a decimal comma is accepted, as
 * Indonesians write it), null for an empty optional field, otherwise the text itself, which the
 * check then refuses by name ("harus angka").
 */
export function readNumber(text: string, empty: 'null' | 'absent' | false): Json {
  const t = text.trim();
  if (t === '' && empty === 'null') return null;
  if (t === '' && empty === 'absent') return undefined;
  if (/^-?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return t;
}
export const showNumber = (v: Json) => (typeof v === 'number' ? String(v).replace('.', ',') : v == null ? '' : String(v));

export interface Editor {
  doc: TppRuleSet;
  set: (pointer: string, value: Json) => void;
  /** Replaces the whole document (a change that touches several places, e.g. a component and its shares). */
  replace: (doc: TppRuleSet) => void;
  issuesAt: (pointer: string) => Issue[];
}
export const EditorContext = createContext<Editor | null>(null);
export const useEditor = () => useContext(EditorContext)!;

export function NumField({ path, label, nullable = false, unit, testId }: { path: string; label: string; nullable?: boolean | 'absent'; unit?: string; testId?: string }) {
  const empty = nullable === 'absent' ? 'absent' : nullable ? 'null' : false;
  const { doc, set, issuesAt } = useEditor();
  const value = getAt(doc, path);
  const [text, setText] = useState(showNumber(value));
  // Follow the document when it changes from outside this field (a band added, a branch switched).
  const last = useRef(value);
  useEffect(() => {
    if (value !== last.current && readNumber(text, empty) !== value) setText(showNumber(value));
    last.current = value;
  }, [value, text, empty]);
  const errors = issuesAt(path);
  return (
    <Field
      label={unit ? `${label} (${unit})` : label}
      type="text"
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const v = readNumber(e.target.value, empty);
        last.current = v;
        set(path, v);
      }}
      error={errors.map((i) => i.message).join('; ') || undefined}
      data-path={path}
      data-testid={testId}
    />
  );
}

export function TextField({ path, label, nullable = false, placeholder }: { path: string; label: string; nullable?: boolean; placeholder?: string }) {
  const { doc, set, issuesAt } = useEditor();
  const value = getAt(doc, path);
  return (
    <Field
      label={label}
      type="text"
      value={typeof value === 'string' ? value : ''}
      placeholder={placeholder}
      onChange={(e) => set(path, nullable && e.target.value.trim() === '' ? null : e.target.value)}
      error={issuesAt(path).map((i) => i.message).join('; ') || undefined}
      data-path={path}
    />
  );
}

/** A list of codes typed as comma-separated text (the rule set's scope); an empty list leaves the key out. */
export function readList(text: string): string[] {
  return text
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}
export function ListField({ path, label, hint, testId }: { path: string; label: string; hint?: string; testId?: string }) {
  const { doc, set, issuesAt } = useEditor();
  const value = getAt(doc, path);
  const [text, setText] = useState(Array.isArray(value) ? value.join(', ') : '');
  const errors = [...issuesAt(path), ...(Array.isArray(value) ? value.flatMap((_, i) => issuesAt(`${path}/${i}`)) : [])];
  return (
    <Field
      label={label}
      type="text"
      value={text}
      hint={hint}
      onChange={(e) => {
        setText(e.target.value);
        const list = readList(e.target.value);
        const [parent, key] = [path.slice(0, path.lastIndexOf('/')), path.slice(path.lastIndexOf('/') + 1)];
        const scope = { ...((getAt(doc, parent) as Record<string, Json> | undefined) ?? {}) };
        if (list.length > 0) scope[key] = list;
        else delete scope[key];
        set(parent, Object.keys(scope).length > 0 ? scope : undefined);
      }}
      error={errors.map((i) => i.message).join('; ') || undefined}
      data-path={path}
      data-testid={testId}
    />
  );
}

export function SelectField({ path, label, options, toValue }: { path: string; label: string; options: [string, string][]; toValue?: (s: string) => Json }) {
  const { doc, set, issuesAt } = useEditor();
  const id = useId();
  const errors = issuesAt(path);
  const value = getAt(doc, path);
  return (
    <div className={`field${errors.length ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        <select id={id} value={value == null ? '' : String(value)} onChange={(e) => set(path, toValue ? toValue(e.target.value) : e.target.value)} data-path={path}>
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      {errors.length > 0 && <p className="field__error">{errors.map((i) => i.message).join('; ')}</p>}
    </div>
  );
}

/** The issues that name this group itself (a sum not 100 %, bands out of order). */
export function GroupIssues({ path }: { path: string }) {
  const { issuesAt } = useEditor();
  const issues = issuesAt(path);
  return issues.length ? (
    <Notice kind="error">
      {issues.map((i, k) => (
        <span key={k} className="tpp-edit__issue">
          {i.message}
        </span>
      ))}
    </Notice>
  ) : null;
}

export function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="card tpp-edit__part" open>
      <summary>
        <h2>{title}</h2>
      </summary>
      <div className="stack">{children}</div>
    </details>
  );
}

export const KELAS_DESC = Array.from({ length: 17 }, (_, i) => String(17 - i));
