/**
 * Narrowing the Deny statements that matched (S10: an explicit deny ends the evaluation). Never a
 * silent delete and never a NotPrincipal exception (S29 advises against NotPrincipal with Deny):
 * either the action comes out of the statement's Action list, or a condition excludes exactly this
 * caller (`ArnNotEquals aws:PrincipalArn`, S39). For an SCP or RCP the clause names the policy and
 * the organization levels it is attached at, since that guardrail is changed in the management
 * account (S16, S17).
 */
import type { Analysis, FailedCheck, StatementRef } from '../analyse';
import { getAt, isObject, locateDocument, type JsonObject, type Path } from '../locate';
import { documentName } from '../names';
import { pointer } from '../patch';
import { PRIVILEGE, type GenInput, type Step } from '../step';
import type { FixRoute, PatchOperation } from '../types';

interface DenyTarget {
  ref: StatementRef;
  path: Path;
  statement: JsonObject;
  actions: string[];
}

/** Each matched Deny once, with every action it blocked across the failed checks. */
function targets(g: GenInput, checks: FailedCheck[]): DenyTarget[] {
  const by = new Map<string, DenyTarget>();
  for (const c of checks) {
    if (c.blocker !== 'deny') continue;
    for (const ref of c.denies) {
      const docPath = locateDocument(g.s, ref.document);
      if (!docPath) continue;
      const key = `${ref.document} ${JSON.stringify(ref.path)}`;
      const t = by.get(key);
      if (t) {
        if (!t.actions.includes(c.action)) t.actions.push(c.action);
        continue;
      }
      const path = [...docPath, ...ref.path];
      const statement = getAt(g.json, path);
      if (isObject(statement)) by.set(key, { ref, path, statement, actions: [c.action] });
    }
  }
  return [...by.values()];
}

/** The condition key and operator that single out the caller. */
function callerKey(a: Analysis): { operator: string; key: string; value: string } | null {
  const arn = a.context.get('aws:PrincipalArn');
  if (typeof arn === 'string')
    return { operator: 'ArnNotEquals', key: 'aws:PrincipalArn', value: arn };
  const svc = a.context.get('aws:PrincipalServiceName');
  if (typeof svc === 'string')
    return { operator: 'StringNotEquals', key: 'aws:PrincipalServiceName', value: svc };
  return null;
}

/** Adds `value` to Condition[operator][key] of the statement at `path`, creating what is missing. */
function excludeOps(t: DenyTarget, operator: string, key: string, value: string): PatchOperation[] {
  const cond = t.statement['Condition'];
  if (!isObject(cond))
    return [
      { op: 'add', path: pointer(...t.path, 'Condition'), value: { [operator]: { [key]: value } } },
    ];
  const block = cond[operator];
  if (!isObject(block))
    return [
      { op: 'add', path: pointer(...t.path, 'Condition', operator), value: { [key]: value } },
    ];
  const have = block[key];
  const p = pointer(...t.path, 'Condition', operator, key);
  if (have === undefined) return [{ op: 'add', path: p, value }];
  return [{ op: 'replace', path: p, value: [...(Array.isArray(have) ? have : [have]), value] }];
}

/** The Action list without the blocked actions, when each is listed exactly and others remain. */
function narrowedActions(t: DenyTarget): PatchOperation[] | null {
  const act = t.statement['Action'];
  const notAct = t.statement['NotAction'];
  if (Array.isArray(act)) {
    const lower = t.actions.map((x) => x.toLowerCase());
    const kept = act.filter((x) => typeof x !== 'string' || !lower.includes(x.toLowerCase()));
    if (kept.length === act.length - t.actions.length && kept.length > 0)
      return [{ op: 'replace', path: pointer(...t.path, 'Action'), value: kept }];
  }
  if (notAct !== undefined) {
    const list = Array.isArray(notAct) ? notAct : [notAct];
    return [
      { op: 'replace', path: pointer(...t.path, 'NotAction'), value: [...list, ...t.actions] },
    ];
  }
  return null;
}

function routeOf(doc: string): FixRoute {
  return doc.startsWith('scp:') ? 'scp' : doc.startsWith('rcp:') ? 'rcp' : 'denySweep';
}

const sidOf = (t: DenyTarget) =>
  typeof t.statement['Sid'] === 'string'
    ? `the Deny "${t.statement['Sid']}"`
    : 'the Deny statement';

/**
 * Two variants over every matched Deny: exclude the caller everywhere, or take the action out of
 * the Action lists that can lose it (excluding the caller from the others).
 */
export function narrowDenies(g: GenInput, checks: FailedCheck[]): Step[] {
  const ts = targets(g, checks);
  const who = callerKey(g.a);
  if (ts.length === 0 || !who) return [];
  const variants: Step[][] = [[], []];
  for (const t of ts) {
    const guardrail = routeOf(t.ref.document) !== 'denySweep';
    const where = documentName(g.s, t.ref.document);
    const extra = guardrail
      ? ' (an organization guardrail: only the management account can change it)'
      : '';
    const exclude: Step = {
      kind: guardrail ? 'guardrail' : 'narrowDeny',
      routes: [routeOf(t.ref.document)],
      clause: `exclude ${who.value} from ${sidOf(t)} with a condition ${who.operator} ${who.key}, in ${where}${extra}`,
      ops: excludeOps(t, who.operator, who.key, who.value),
      documents: [t.ref.document],
      privilege: guardrail ? PRIVILEGE.guardrailDeny : PRIVILEGE.excludeCaller,
    };
    variants[0]?.push(exclude);
    const narrowed = narrowedActions(t);
    variants[1]?.push(
      narrowed
        ? {
            ...exclude,
            clause: `take ${t.actions.join(' and ')} out of ${sidOf(t)}, in ${where}${extra}`,
            ops: narrowed,
            privilege: guardrail ? PRIVILEGE.guardrailDeny + 1 : PRIVILEGE.narrowAction,
          }
        : exclude,
    );
  }
  return variants
    .map(merge)
    .filter((x, i, all) => i === 0 || JSON.stringify(x.ops) !== JSON.stringify(all[0]?.ops));
}

/** Several steps as one (every matched Deny must be narrowed for the sweep to pass). */
function merge(steps: Step[]): Step {
  const first = steps[0] as Step;
  return {
    kind: first.kind,
    routes: [...new Set(steps.flatMap((x) => x.routes))],
    clause: steps.map((x) => x.clause).join(', and '),
    ops: steps.flatMap((x) => x.ops),
    documents: [...new Set(steps.flatMap((x) => x.documents))],
    privilege: steps.reduce((n, x) => n + x.privilege, 0),
  };
}
