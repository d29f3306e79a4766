/**
 * What an edit changes: the cells whose access differs between two matrices (issue 15). A cell
 * gains when its access widens (denied → conditional → allowed) and loses when it narrows; a cell
 * whose access is the same but whose outcome or route changed is `changed`. A principal or key in
 * only one scenario counts as denied in the other.
 */
import { accessMatrix, type MatrixOptions } from './matrix';
import type { Access, AccessCell, AccessChange, AccessMatrix, CellSummary } from './types';

const RANK: Record<Access, number> = { denied: 0, conditional: 1, allowed: 2 };

const cellId = (c: { principal: string; key: string; action: string }) =>
  `${c.principal}\u0000${c.key}\u0000${c.action}`;

function summary(c: AccessCell): CellSummary {
  const s: CellSummary = { outcome: c.outcome, decision: c.decision, access: c.access, via: c.via };
  if (c.grantId) s.grantId = c.grantId;
  return s;
}

function same(a: CellSummary, b: CellSummary): boolean {
  return (
    a.outcome === b.outcome &&
    a.decision === b.decision &&
    a.access === b.access &&
    a.via === b.via &&
    a.grantId === b.grantId
  );
}

/** The changed cells, in the after matrix's order, then cells only the before matrix has. */
export function diffMatrices(before: AccessMatrix, after: AccessMatrix): AccessChange[] {
  const old = new Map(before.cells.map((c) => [cellId(c), c]));
  const out: AccessChange[] = [];
  const seen = new Set<string>();
  for (const c of after.cells) {
    const id = cellId(c);
    seen.add(id);
    const b = old.get(id);
    const a = summary(c);
    if (!b) {
      if (c.access !== 'denied')
        out.push({
          principal: c.principal,
          key: c.key,
          action: c.action,
          change: 'gained',
          before: null,
          after: a,
        });
      continue;
    }
    const bs = summary(b);
    if (same(bs, a)) continue;
    const d = RANK[a.access] - RANK[bs.access];
    out.push({
      principal: c.principal,
      key: c.key,
      action: c.action,
      change: d > 0 ? 'gained' : d < 0 ? 'lost' : 'changed',
      before: bs,
      after: a,
    });
  }
  for (const b of before.cells) {
    if (seen.has(cellId(b)) || b.access === 'denied') continue;
    out.push({
      principal: b.principal,
      key: b.key,
      action: b.action,
      change: 'lost',
      before: summary(b),
      after: null,
    });
  }
  return out;
}

/** Computes both matrices and their difference. */
export function diffScenarios(
  before: Parameters<typeof accessMatrix>[0],
  after: Parameters<typeof accessMatrix>[0],
  options: MatrixOptions = {},
): AccessChange[] {
  return diffMatrices(accessMatrix(before, options), accessMatrix(after, options));
}

/** True when a change list grants access the before scenario did not. */
export function grantsNewAccess(changes: readonly AccessChange[]): boolean {
  return changes.some((c) => c.change === 'gained');
}
