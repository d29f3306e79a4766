/** Opening a matrix cell in the playground as a request, and selecting it (its decision map shows). */
import { cellRequest, requestValues, type AccessCell, type WhenValue } from '../../access';
import type { AppStore } from '../../state';
import type { Request, Scenario } from '../../scenario/types';

/** The key ARN a request's key names (key id, key ARN, alias name or alias ARN), else itself. */
function keyArnOf(s: Scenario, typed: string | undefined): string | undefined {
  if (typed === undefined) return undefined;
  const alias = typed.replace(/^arn:aws[a-z-]*:kms:[^:]*:\d{12}:(?=alias\/)/, '');
  const k = s.keys.find(
    (x) => x.arn === typed || x.arn.endsWith(`:key/${typed}`) || x.aliases.includes(alias),
  );
  return k?.arn ?? typed;
}

/** Whether `a` (a scenario request) is exactly the cell request `b`. */
const same = (s: Scenario, a: Request, b: Request) =>
  a.principal === b.principal &&
  a.action === b.action &&
  keyArnOf(s, a.key) === b.key &&
  JSON.stringify(a.encryptionContext ?? null) === JSON.stringify(b.encryptionContext ?? null) &&
  JSON.stringify(a.context) === JSON.stringify(b.context) &&
  Object.keys(a.parameters).length === 0 &&
  a.grantTokens.length === 0 &&
  a.sessionPolicy === undefined &&
  a.viaVpcEndpoint === undefined;

/** The request for a cell (with an "allowed when" alternative's values, when given). */
export function requestForCell(cell: AccessCell, values?: readonly WhenValue[]): Request {
  return {
    ...cellRequest(cell.principal, cell.key, cell.action),
    ...(values ? requestValues(values) : {}),
  };
}

/**
 * Selects the scenario's request that is exactly this cell's, or adds it (one undoable edit), then
 * shows the playground with it selected.
 */
export function openCell(
  store: Pick<AppStore, 'getState'>,
  cell: AccessCell,
  values?: readonly WhenValue[],
): void {
  const wanted = requestForCell(cell, values);
  const state = store.getState();
  let index = state.scenario.requests.findIndex((r) => same(state.scenario, r, wanted));
  if (index < 0) {
    const name = cell.principal.split(/[/:]/).pop() ?? 'caller';
    const base = `who-can-${cell.action.replace(/^kms:/, '')}-${name}`;
    const ids = new Set(state.scenario.requests.map((r) => r.id));
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    index = state.scenario.requests.length;
    state.updateScenario((s) => ({ ...s, requests: [...s.requests, { id, ...wanted }] }));
  }
  const after = store.getState();
  after.selectRequest(index);
  after.setView('playground');
}
