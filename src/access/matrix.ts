/**
 * The who-can matrix (issue 15): every principal of the scenario (and each account's root) ×
 * every key × every KMS permission on a key, each cell the engine's decision for that request
 * alone, with no encryption context, grant tokens or extra context keys. One scenario holding all
 * the cells' requests is compiled once, so documents are parsed once and each cell only matches.
 */
import { accountOf, compileScenario, evaluateRequest, findOperation, KMS_ACTIONS } from '../engine';
import { prepareCaller, type CallerResult } from '../engine/kms/callerRequests';
import { Tracer } from '../engine/trace';
import type { Request, Scenario } from '../scenario/types';
import { allowRoute, stopOf, type Evaluated } from './cells';
import type {
  AccessCell,
  AccessMatrix,
  MatrixKey,
  MatrixPrincipal,
  WhenAlternative,
} from './types';
import { candidates, requestValues, type Candidate } from './when';

/**
 * The permissions a matrix asks about: every KMS permission on a key. Keyless operations
 * (CreateKey, ListKeys, ...) involve no key, and RetireGrant is authorized per grant (its retiring
 * principal), not per key, so they are left out.
 */
export const MATRIX_ACTIONS: readonly string[] = KMS_ACTIONS.filter((a) => {
  const op = findOperation(a);
  return op !== undefined && !op.keyless && op.name !== 'RetireGrant';
});

const SESSION = /^arn:aws[a-z-]*:sts::(\d{12}):assumed-role\/([^/]+)\//;

/**
 * The rows: the scenario's principals, then the callers of its requests that are not a session
 * of a listed role, then the root of every account that appears (accounts, principals, keys).
 */
export function matrixPrincipals(s: Scenario): MatrixPrincipal[] {
  const out: MatrixPrincipal[] = [];
  const seen = new Set<string>();
  const add = (p: MatrixPrincipal) => {
    if (seen.has(p.arn)) return;
    seen.add(p.arn);
    out.push(p);
  };
  for (const p of s.principals)
    add(p.name ? { arn: p.arn, name: p.name, root: false } : { arn: p.arn, root: false });
  const roles = new Set(
    s.principals
      .map((p) => /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(p.arn))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]}/${m[2]}`),
  );
  for (const r of s.requests) {
    const m = SESSION.exec(r.principal);
    if (m && roles.has(`${m[1]}/${m[2]}`)) continue;
    add({ arn: r.principal, root: /:root$/.test(r.principal) });
  }
  const accounts = new Set<string>();
  for (const a of s.accounts) accounts.add(a.id);
  for (const p of out) {
    const a = accountOf(p.arn);
    if (a) accounts.add(a);
  }
  for (const k of s.keys) {
    const a = accountOf(k.arn);
    if (a) accounts.add(a);
  }
  for (const a of [...accounts].sort()) {
    const name = s.accounts.find((x) => x.id === a)?.name;
    const arn = `arn:aws:iam::${a}:root`;
    add(name ? { arn, name: `${name} (root)`, root: true } : { arn, root: true });
  }
  return out.map((p) => (/:root$/.test(p.arn) ? { ...p, root: true } : p));
}

/** The columns: every key, with its first alias. */
export function matrixKeys(s: Scenario): MatrixKey[] {
  return s.keys.map((k) => (k.aliases[0] ? { arn: k.arn, alias: k.aliases[0] } : { arn: k.arn }));
}

/** The request a cell stands for: the caller, the action and the key ARN, nothing else. */
export function cellRequest(principal: string, key: string, action: string): Request {
  return {
    principal,
    action,
    key,
    grantTokens: [],
    context: {},
    deriveContext: true,
    parameters: {},
  };
}

/** Which principals, keys and actions to compute (all when left out). */
export interface MatrixOptions {
  principals?: readonly string[];
  keys?: readonly string[];
  actions?: readonly string[];
  /** Look for "allowed when …" values (default true). */
  conditional?: boolean;
}

/** Computes the matrix. Pure and synchronous; the app runs it in a worker. */
export function accessMatrix(s: Scenario, options: MatrixOptions = {}): AccessMatrix {
  const allPrincipals = matrixPrincipals(s);
  const allKeys = matrixKeys(s);
  const principals = options.principals
    ? allPrincipals.filter((p) => options.principals?.includes(p.arn))
    : allPrincipals;
  const keys = options.keys ? allKeys.filter((k) => options.keys?.includes(k.arn)) : allKeys;
  const actions = options.actions
    ? MATRIX_ACTIONS.filter((a) => options.actions?.includes(a))
    : [...MATRIX_ACTIONS];
  const cells: AccessCell[] = [];
  const conditional = options.conditional !== false;
  // The documents are compiled once, and each principal is prepared once for all of its cells.
  const cs = compileScenario({ ...s, requests: [] });
  const verify: { cell: number; candidate: Candidate }[] = [];
  for (const p of principals) {
    const evaluate = prepareCaller(cs, p.arn);
    for (const k of keys)
      for (const a of actions) {
        const req = cellRequest(p.arn, k.arn, a);
        const fast = evaluate(req, Tracer.OFF);
        const traced = needsTrace(fast, conditional);
        const r = traced ? evaluate(req, new Tracer()) : fast;
        if (conditional && r.decision === 'ImplicitDeny' && mayBeConditional(r))
          for (const c of candidates(r, s.grants))
            verify.push({ cell: cells.length, candidate: c });
        // Untraced allows are same-account ones, whose identity reference says the key policy
        // delegated (see needsTrace).
        cells.push(toCell(req, r, traced ? undefined : true));
      }
  }
  if (verify.length > 0) addConditions(s, cells, verify);
  return { principals, keys, actions, cells };
}

/**
 * One cell computed the plain way, as the matrix defines it: the request evaluated alone with its
 * whole trace (evaluateRequest), its route or stop read from that trace, and its "allowed when"
 * alternatives each evaluated alone. The matrix takes shortcuts to the same cells (its property
 * test compares them).
 */
export function cellAlone(
  s: Scenario,
  principal: string,
  key: string,
  action: string,
  conditional = true,
): AccessCell {
  const req = cellRequest(principal, key, action);
  const r = evaluateRequest(compileScenario({ ...s, requests: [req] }), 0);
  const cell = toCell(req, r);
  if (conditional) {
    const verify = candidates(r, s.grants).map((candidate) => ({ cell: 0, candidate }));
    if (verify.length > 0) addConditions(s, [cell], verify);
  }
  return cell;
}

/**
 * Whether reading a cell needs its trace; else the decision-only result says it all. An allowed
 * cell's route depends on how the key policy named the caller: in the caller's own account (one
 * check), an identity policy among the deciding references says the key policy delegated to IAM;
 * across accounts the identity side is always consulted, so only the trace tells. An explicit deny is read from its
 * deciding statement. An implicit deny of one check that nothing but the key policy or the identity
 * side refused, with no boundary or session policy, stopped at "no allow" (stopOf finds no gate);
 * it needs its trace only to look for "allowed when" values, when a condition or a grant constraint
 * could have stopped an Allow.
 */
function needsTrace(r: CallerResult, conditional: boolean): boolean {
  if (r.decision === 'Allow') return r.checks !== 1 || !r.sameAccount;
  if (r.decision === 'ExplicitDeny') return false;
  if (r.checks === 0) return false;
  const noAllow = r.reason === 'noResourcePolicy' || r.reason === 'noIdentityPolicy';
  if (r.checks !== 1 || !noAllow || r.limited) return true;
  return conditional && r.conditional;
}

/** Whether a denied result has a statement that failed on a condition or a grant on its constraint. */
function mayBeConditional(r: Evaluated): boolean {
  for (const step of r.trace) {
    const failed = step.detail?.['failed'];
    if (failed === 'Condition' || failed === 'constraint') return true;
  }
  return false;
}

function toCell(req: Request, r: Evaluated, delegated?: boolean): AccessCell {
  const allowed = r.decision === 'Allow';
  const route = allowed ? allowRoute(r, delegated) : { via: null };
  const stop = stopOf(r);
  const cell: AccessCell = {
    principal: req.principal,
    key: req.key ?? '',
    action: req.action,
    outcome: r.outcome,
    decision: r.decision,
    access: allowed ? 'allowed' : 'denied',
    via: route.via,
    stop: stop.stop,
    when: [],
  };
  if (route.grantId) cell.grantId = route.grantId;
  const document = route.document ?? stop.document;
  if (document) cell.document = document;
  return cell;
}

/**
 * Evaluates each candidate's request (the cell's request with the candidate's values) in one more
 * compiled scenario; a cell the engine then allows is conditional, with the alternatives that did.
 */
function addConditions(
  s: Scenario,
  cells: AccessCell[],
  verify: { cell: number; candidate: Candidate }[],
): void {
  const requests = verify.map(({ cell, candidate }) => {
    const c = cells[cell] as AccessCell;
    return { ...cellRequest(c.principal, c.key, c.action), ...requestValues(candidate.values) };
  });
  const cs = compileScenario({ ...s, requests });
  verify.forEach(({ cell, candidate }, i) => {
    const r = evaluateRequest(cs, i);
    if (r.decision !== 'Allow') return;
    const route = allowRoute(r);
    const grantId = route.grantId ?? candidate.grantId;
    const alt: WhenAlternative = {
      via: route.via ?? candidate.via,
      ...(grantId ? { grantId } : {}),
      values: candidate.values,
    };
    const c = cells[cell] as AccessCell;
    const same = JSON.stringify(alt);
    if (c.when.some((x) => JSON.stringify(x) === same)) return;
    c.when.push(alt);
    c.access = 'conditional';
  });
}
