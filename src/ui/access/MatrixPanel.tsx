import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { findOperation } from '../../engine';
import type { AccessCell, AccessMatrix } from '../../access';
import { useAppStore, useAppStoreApi } from '../../state';
import { CellDetails } from './CellDetails';
import { useAccessMatrix } from './useAccess';
import { cellMark, cellSentence, shortKey, shortPrincipal } from './words';

/** At most this many rows are drawn; filters narrow the rest. */
const MAX_ROWS = 120;

type ActionFilter = 'all' | 'crypto' | 'management' | string;
type Show = 'all' | 'access' | 'conditional';

interface Row {
  principal: string;
  principalLabel: string;
  key: string;
  keyLabel: string;
  /** Index of the row's first cell in matrix.cells (cells run over the actions). */
  start: number;
}

function rowsOf(m: AccessMatrix, key: string, principal: string): Row[] {
  const rows: Row[] = [];
  const perPrincipal = m.keys.length * m.actions.length;
  m.principals.forEach((p, pi) => {
    if (principal !== 'all' && p.arn !== principal) return;
    m.keys.forEach((k, ki) => {
      if (key !== 'all' && k.arn !== key) return;
      rows.push({
        principal: p.arn,
        principalLabel: shortPrincipal(p.arn, p.name),
        key: k.arn,
        keyLabel: shortKey(k.arn, k.alias),
        start: pi * perPrincipal + ki * m.actions.length,
      });
    });
  });
  return rows;
}

function actionMatches(action: string, filter: ActionFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'crypto' || filter === 'management')
    return findOperation(action)?.category === filter;
  return action === filter;
}

/** The who-can matrix with its filters, legend and the selected cell's details. */
export function MatrixPanel() {
  const scenario = useAppStore((s) => s.scenario);
  const store = useAppStoreApi();
  const computed = useAccessMatrix(scenario);
  const m = computed.value;
  const [key, setKey] = useState<string>('all');
  const [principal, setPrincipal] = useState<string>('all');
  const [action, setAction] = useState<ActionFilter>('all');
  const [show, setShow] = useState<Show>('all');
  const [active, setActive] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const [selected, setSelected] = useState<{
    principal: string;
    key: string;
    action: string;
  } | null>(null);
  const grid = useRef<HTMLTableElement>(null);

  // A key or principal that left the scenario falls back to all.
  const keyFilter = m && m.keys.some((k) => k.arn === key) ? key : 'all';
  const principalFilter = m && m.principals.some((p) => p.arn === principal) ? principal : 'all';

  const view = useMemo(() => {
    if (!m) return null;
    const cols = m.actions
      .map((a, i) => ({ action: a, i }))
      .filter((c) => actionMatches(c.action, action));
    let rows = rowsOf(m, keyFilter, principalFilter);
    if (show !== 'all') {
      rows = rows.filter((r) =>
        cols.some((c) => {
          const cell = m.cells[r.start + c.i];
          return show === 'access' ? cell?.access !== 'denied' : cell?.access === 'conditional';
        }),
      );
    }
    let allowed = 0;
    let conditional = 0;
    let total = 0;
    for (const r of rows)
      for (const c of cols) {
        const cell = m.cells[r.start + c.i];
        total++;
        if (cell?.access === 'allowed') allowed++;
        else if (cell?.access === 'conditional') conditional++;
      }
    return { cols, rows, allowed, conditional, total };
  }, [m, keyFilter, principalFilter, action, show]);

  const selectedCell: AccessCell | undefined =
    m && selected
      ? m.cells.find(
          (c) =>
            c.principal === selected.principal &&
            c.key === selected.key &&
            c.action === selected.action,
        )
      : undefined;

  const focusCell = (row: number, col: number) => {
    if (!view) return;
    const r = Math.max(0, Math.min(row, Math.min(view.rows.length, MAX_ROWS) - 1));
    const c = Math.max(0, Math.min(col, view.cols.length - 1));
    setActive({ row: r, col: c });
    grid.current?.querySelector<HTMLButtonElement>(`[data-cell="${r}:${c}"]`)?.focus();
  };

  const onGridKey = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      focusCell(active.row + move[0], active.col + move[1]);
    } else if (e.key === 'Home') {
      e.preventDefault();
      focusCell(e.ctrlKey ? 0 : active.row, 0);
    } else if (e.key === 'End') {
      e.preventDefault();
      focusCell(e.ctrlKey ? Number.MAX_SAFE_INTEGER : active.row, Number.MAX_SAFE_INTEGER);
    }
  };

  if (computed.state === 'error')
    return (
      <p className="notice notice-error" role="alert">
        The matrix could not be computed: {computed.message}
      </p>
    );
  if (!m || !view)
    return (
      <p className="access-status" role="status" data-testid="access-pending">
        Computing who can use the keys…
      </p>
    );
  if (m.keys.length === 0)
    return (
      <p className="access-status" data-testid="access-empty">
        The scenario has no keys. Add one (or paste <code>aws kms describe-key</code> output) to see
        who can use it.
      </p>
    );

  const rows = view.rows.slice(0, MAX_ROWS);
  const rowActive = Math.min(active.row, Math.max(0, rows.length - 1));
  const colActive = Math.min(active.col, Math.max(0, view.cols.length - 1));

  return (
    <section className="access-matrix" aria-labelledby="access-matrix-title">
      <h2 id="access-matrix-title">Who can use these keys</h2>
      <p className="access-intro">
        Every principal of the scenario, and each account&apos;s root, calling every KMS permission
        on every key, with nothing else in the request (no encryption context, grant tokens or
        context keys). Select a cell to see why; open it in the playground for its decision map.
      </p>
      <div className="access-filters" role="group" aria-label="Filters">
        <label>
          Key
          <select
            data-testid="access-filter-key"
            value={keyFilter}
            onChange={(e) => setKey(e.target.value)}
          >
            <option value="all">All keys</option>
            {m.keys.map((k) => (
              <option key={k.arn} value={k.arn}>
                {shortKey(k.arn, k.alias)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Principal
          <select
            data-testid="access-filter-principal"
            value={principalFilter}
            onChange={(e) => setPrincipal(e.target.value)}
          >
            <option value="all">All principals</option>
            {m.principals.map((p) => (
              <option key={p.arn} value={p.arn}>
                {shortPrincipal(p.arn, p.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Action
          <select
            data-testid="access-filter-action"
            value={action}
            onChange={(e) => setAction(e.target.value)}
          >
            <option value="all">All actions</option>
            <option value="crypto">Cryptographic operations</option>
            <option value="management">Key management</option>
            {m.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          Show
          <select
            data-testid="access-filter-show"
            value={show}
            onChange={(e) => setShow(e.target.value as Show)}
          >
            <option value="all">Every row</option>
            <option value="access">Rows with some access</option>
            <option value="conditional">Rows allowed only with request values</option>
          </select>
        </label>
      </div>
      <p className="access-status" role="status" data-testid="access-summary">
        {view.total.toLocaleString('en')} cells: {view.allowed.toLocaleString('en')} allowed,{' '}
        {view.conditional.toLocaleString('en')} allowed only with request values
        {computed.state === 'done'
          ? ` · computed in ${Math.round(computed.ms)} ms`
          : ' · updating…'}
        {view.rows.length > MAX_ROWS
          ? ` · showing the first ${MAX_ROWS} of ${view.rows.length} rows: filter by key or principal`
          : ''}
      </p>
      <ul className="access-legend" aria-label="Legend">
        <li>
          <span className="cell-mark cell-allowed">K</span> key policy
        </li>
        <li>
          <span className="cell-mark cell-allowed">I</span> IAM policy via the key policy
        </li>
        <li>
          <span className="cell-mark cell-allowed">G</span> grant
        </li>
        <li>
          <span className="cell-mark cell-authorized">K!</span> authorized, refused afterwards
        </li>
        <li>
          <span className="cell-mark cell-conditional">?</span> allowed when the request has…
        </li>
        <li>
          <span className="cell-mark cell-explicit">✕</span> explicit deny
        </li>
        <li>
          <span className="cell-mark cell-denied">·</span> not allowed
        </li>
      </ul>
      <div className="access-grid-scroll">
        <table
          className="access-grid"
          role="grid"
          aria-label="Access by principal and action"
          aria-rowcount={rows.length + 1}
          ref={grid}
          onKeyDown={onGridKey}
          data-testid="access-grid"
        >
          <thead>
            <tr>
              <th scope="col" className="access-corner">
                {keyFilter === 'all' && m.keys.length > 1 ? 'Principal · key' : 'Principal'}
              </th>
              {view.cols.map((c) => (
                <th key={c.action} scope="col" className="access-action">
                  <span>{c.action.replace(/^kms:/, '')}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, ri) => (
              <tr key={`${r.principal} ${r.key}`}>
                <th scope="row" className="access-row-head">
                  <span className="access-principal">{r.principalLabel}</span>
                  {(keyFilter === 'all' && m.keys.length > 1) || m.keys.length === 1 ? (
                    <span className="access-key">{r.keyLabel}</span>
                  ) : null}
                </th>
                {view.cols.map((c, ci) => {
                  const cell = m.cells[r.start + c.i] as AccessCell;
                  const mark = cellMark(cell);
                  const isSelected =
                    selected?.principal === cell.principal &&
                    selected.key === cell.key &&
                    selected.action === cell.action;
                  return (
                    <td key={c.action} role="gridcell" aria-selected={isSelected}>
                      <button
                        type="button"
                        className={`cell-mark ${mark.className}`}
                        data-cell={`${ri}:${ci}`}
                        data-testid="access-cell"
                        data-access={cell.access}
                        data-action={cell.action}
                        data-principal={cell.principal}
                        tabIndex={ri === rowActive && ci === colActive ? 0 : -1}
                        aria-label={`${r.principalLabel}, ${c.action.replace(/^kms:/, '')} on ${r.keyLabel}: ${cellSentence(cell)}`}
                        title={cellSentence(cell)}
                        onFocus={() => setActive({ row: ri, col: ci })}
                        onClick={() =>
                          setSelected({
                            principal: cell.principal,
                            key: cell.key,
                            action: cell.action,
                          })
                        }
                      >
                        {mark.symbol}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selectedCell && (
        <CellDetails
          cell={selectedCell}
          principalLabel={shortPrincipal(
            selectedCell.principal,
            m.principals.find((p) => p.arn === selectedCell.principal)?.name,
          )}
          keyLabel={shortKey(
            selectedCell.key,
            m.keys.find((k) => k.arn === selectedCell.key)?.alias,
          )}
          store={store}
        />
      )}
    </section>
  );
}
