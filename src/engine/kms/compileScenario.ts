import type { Grant, Key, Scenario } from '../../scenario/types';
import type { Diagnostic } from '../types';
import { compilePolicy, type CompiledPolicy, type PolicyKind } from '../policy/compile';
import { keyIdOf, docIds } from './ids';

/** One organization level (root, an OU or the account) with the policies attached to it. */
export interface OrgLevel {
  /** `r-root`, an OU id or an account id. */
  id: string;
  policies: CompiledPolicy[];
}

/** A scenario with every document parsed and every matcher built once. */
export interface CompiledScenario {
  scenario: Scenario;
  keysByArn: Map<string, Key>;
  keyPolicies: Map<string, CompiledPolicy>;
  /** Identity policies per principal ARN (its own, then its groups'). */
  identity: Map<string, CompiledPolicy[]>;
  boundaries: Map<string, CompiledPolicy>;
  orgPolicies: Map<string, CompiledPolicy>;
  endpoints: Map<string, CompiledPolicy | null>;
  grantsByKey: Map<string, Grant[]>;
  /** Session policies and `Policy` parameters, by request index. */
  sessionPolicies: Map<number, CompiledPolicy>;
  newKeyPolicies: Map<number, CompiledPolicy>;
  diagnostics: Diagnostic[];
  /** Per-request preparation (caller, context, checks), filled on first evaluation. */
  prepared: Map<number, unknown>;
}

/**
 * Compiled policies by document object: edits replace only the edited document (the app's store is
 * immutable), so re-evaluating after an edit compiles just that one. A compiled policy is never
 * changed after compilation, so sharing it between scenarios is safe.
 */
const POLICY_CACHE = new WeakMap<object, Map<string, CompiledPolicy>>();

function cachedPolicy(id: string, kind: PolicyKind, doc: unknown): CompiledPolicy {
  if (typeof doc !== 'object' || doc === null) return compilePolicy(id, kind, doc);
  let byId = POLICY_CACHE.get(doc);
  if (!byId) POLICY_CACHE.set(doc, (byId = new Map()));
  const k = `${kind}|${id}`;
  let p = byId.get(k);
  if (!p) byId.set(k, (p = compilePolicy(id, kind, doc)));
  return p;
}

/** Parses every document of the scenario once; the diagnostics carry their document ids. */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const diagnostics: Diagnostic[] = [];
  const compile = (id: string, kind: PolicyKind, doc: unknown): CompiledPolicy => {
    const p = cachedPolicy(id, kind, doc);
    for (const d of p.diagnostics) diagnostics.push({ document: id, ...d });
    return p;
  };
  const cs: CompiledScenario = {
    scenario,
    keysByArn: new Map(),
    keyPolicies: new Map(),
    identity: new Map(),
    boundaries: new Map(),
    orgPolicies: new Map(),
    endpoints: new Map(),
    grantsByKey: new Map(),
    sessionPolicies: new Map(),
    newKeyPolicies: new Map(),
    diagnostics,
    prepared: new Map(),
  };
  for (const k of scenario.keys) {
    // Keys that repeat an ARN (the validator warns) cannot be told apart by their document id:
    // the first one is the key, as documentById resolves it, so traces point at what decided.
    if (cs.keysByArn.has(k.arn)) continue;
    cs.keysByArn.set(k.arn, k);
    cs.keyPolicies.set(k.arn, compile(docIds.key(k, scenario.keys), 'key', k.policy));
  }
  const groups = new Map(scenario.groups.map((g) => [g.arn, g]));
  for (const p of scenario.principals) {
    const list = p.policies.map((np) =>
      compile(docIds.identity(p.arn, np.name), 'identity', np.document),
    );
    for (const g of p.groups) {
      for (const np of groups.get(g)?.policies ?? [])
        list.push(compile(docIds.group(g, np.name), 'identity', np.document));
    }
    cs.identity.set(p.arn, list);
    if (p.permissionsBoundary !== undefined)
      cs.boundaries.set(p.arn, compile(docIds.boundary(p.arn), 'boundary', p.permissionsBoundary));
  }
  for (const op of scenario.organization?.policies ?? []) {
    cs.orgPolicies.set(
      op.id,
      compile(docIds.org(op), op.type === 'SCP' ? 'scp' : 'rcp', op.document),
    );
  }
  for (const e of scenario.vpcEndpoints) {
    cs.endpoints.set(
      e.id,
      e.policy === undefined ? null : compile(docIds.endpoint(e.id), 'vpce', e.policy),
    );
  }
  // The key a grant names by ARN or key id: the first such key, looked up once per name (a scan
  // per grant made compiling quadratic in a console session that creates keys and grants).
  const keyByName = new Map<string, Key>();
  for (const k of scenario.keys) {
    if (!keyByName.has(k.arn)) keyByName.set(k.arn, k);
    const id = keyIdOf(k.arn);
    if (!keyByName.has(id)) keyByName.set(id, k);
  }
  for (const g of scenario.grants) {
    const key = keyByName.get(g.key);
    const arn = key?.arn ?? g.key;
    cs.grantsByKey.set(arn, [...(cs.grantsByKey.get(arn) ?? []), g]);
  }
  scenario.requests.forEach((r, i) => {
    if (r.sessionPolicy !== undefined)
      cs.sessionPolicies.set(i, compile(docIds.session(r, i), 'session', r.sessionPolicy));
    if (r.parameters.Policy !== undefined)
      cs.newKeyPolicies.set(i, compile(docIds.newPolicy(r, i), 'key', r.parameters.Policy));
  });
  return cs;
}

/** The organization levels that apply to an account, root first (S16 SCP inheritance). */
export function orgLevels(
  cs: CompiledScenario,
  account: string | null,
  type: 'SCP' | 'RCP',
): OrgLevel[] | null {
  const org = cs.scenario.organization;
  const acct = cs.scenario.accounts.find((a) => a.id === account);
  // S16/S17: SCPs and RCPs do not apply to the management account or outside an organization.
  if (!org || !acct || acct.parent === undefined || acct.managementAccount) return null;
  const chain: string[] = [acct.id];
  let parent: string | undefined = acct.parent;
  for (let guard = 0; parent !== undefined && guard < 64; guard++) {
    chain.unshift(parent);
    if (parent === 'r-root') break;
    const p: string = parent;
    parent = org.units.find((u) => u.id === p)?.parent;
  }
  if (chain[0] !== 'r-root') chain.unshift('r-root');
  return chain.map((id) => ({
    id,
    policies: org.policies
      .filter((p) => p.type === type && p.targets.includes(id))
      .map((p) => cs.orgPolicies.get(p.id))
      .filter((p): p is CompiledPolicy => p !== undefined),
  }));
}
