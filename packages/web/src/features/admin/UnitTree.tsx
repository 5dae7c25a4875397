import { useMemo, type CSSProperties } from 'react';
import type { UnitRow } from '../../api/types';
import { useI18n } from '../../i18n';
import { href } from '../../router';

interface Node {
  unit: UnitRow;
  depth: number;
}

/**
 * Flattens the unit list into tree order (parents before children, siblings by code), with depth.
 * Units whose parent is missing from the list are treated as roots; cycles are broken.
 */
export function treeOrder(units: readonly UnitRow[]): Node[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, UnitRow[]>();
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) && u.parentId !== u.id ? u.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(u);
    children.set(parent, list);
  }
  const byCode = (x: UnitRow, y: UnitRow) => x.code.localeCompare(y.code, 'id', { numeric: true }) || x.name.localeCompare(y.name, 'id');
  for (const list of children.values()) list.sort(byCode);

  const out: Node[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  // Anything unreached sits in a cycle: show it at the top level rather than hide it.
  for (const u of units) if (!seen.has(u.id)) { seen.add(u.id); out.push({ unit: u, depth: 0 }); walk(u.id, 1); }
  return out;
}

export function UnitTree({ agencyId, units }: { agencyId: string; units: readonly UnitRow[] }) {
  const { t } = useI18n();
  const nodes = useMemo(() => treeOrder(units), [units]);
  if (nodes.length === 0) return <p className="empty">{t.admin.unitTreeEmpty}</p>;
  return (
    <ul className="plain-list unit-tree" data-testid="unit-tree">
      {nodes.map(({ unit, depth }) => (
        <li key={unit.id} style={{ '--depth': Math.min(depth, 6) } as CSSProperties} data-testid="unit-item" data-depth={depth}>
          <a className="unit" href={href(['instansi', agencyId, 'pegawai'], { unit: unit.id })} aria-label={`${unit.name}. ${unit.headName ? `${t.admin.head}: ${unit.headName}` : t.admin.noHead}. ${t.admin.employeeCount(unit.employeeCount)}. ${t.admin.showEmployees}`}>
            <span className="unit__name">{unit.name}</span>
            <span className="unit__head">{unit.headName ? `${t.admin.head}: ${unit.headName}` : t.admin.noHead}</span>
            <span className="unit__meta">
              <span className="muted">{unit.code}</span>
              <span className="unit__count">{t.admin.employeeCount(unit.employeeCount)}</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
