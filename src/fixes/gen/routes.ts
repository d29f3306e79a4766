/**
 * Fixes on the allow routes (S1, S2, S6, S14, S18, S19): a key policy statement naming exactly the
 * caller, the key policy letting IAM decide, an identity policy for the caller, and the limits
 * (permissions boundary, session policy) that capped an otherwise allowed identity side.
 */
import { docIds } from '../../engine/kms/ids';
import type { FailedCheck } from '../analyse';
import {
  appendStatement,
  appendToList,
  freshSid,
  getAt,
  isObject,
  locateDocument,
  policy,
  statementsOf,
  type JsonObject,
} from '../locate';
import { accountOf, documentName, keyName, opName, shortName, sidPart } from '../names';
import { pointer } from '../patch';
import {
  contextCondition,
  contextWords,
  principalElement,
  PRIVILEGE,
  type GenInput,
  type Step,
} from '../step';

const target = (c: FailedCheck) =>
  c.key ? keyName(c.key) : c.resource === '*' ? 'every resource' : c.resource;

/** Key policy statements naming exactly the caller, with and without the context condition. */
export function keyPolicyStatement(g: GenInput, c: FailedCheck): Step[] {
  const { s, json, a } = g;
  if (!c.key || c.keyPolicy === 'absent') return [];
  const docId = docIds.key(c.key, s.keys);
  const path = locateDocument(s, docId);
  if (!path) return [];
  const out: Step[] = [];
  const withContext = contextCondition(a, c);
  for (const cond of withContext ? [withContext, null] : [null]) {
    const statement: JsonObject = {
      Sid: freshSid(
        getAt(json, path),
        `Allow${sidPart(opName(c.action))}For${sidPart(shortName(a.caller.arn))}`,
      ),
      Effect: 'Allow',
      Principal: principalElement(a.caller),
      Action: c.action,
      Resource: c.key.arn,
      ...(cond ? { Condition: cond } : {}),
    };
    out.push({
      kind: 'keyPolicyStatement',
      routes: ['keyPolicy'],
      clause: `add a statement to the key policy of ${keyName(c.key)} that allows ${a.caller.arn} to call ${c.action} on it${contextWords(cond)}`,
      ops: appendStatement(json, path, statement),
      documents: [docId],
      privilege: cond ? PRIVILEGE.exactWithContext : PRIVILEGE.exact,
    });
  }
  return out;
}

/**
 * The key policy lets IAM policies decide (S1, S3: the default key policy's account statement),
 * limited to this action. Same account: the key account; across accounts: the caller's (S14).
 */
export function enableIam(g: GenInput, c: FailedCheck): Step[] {
  const { s, json, a } = g;
  if (!c.key || c.keyPolicy !== 'none' || a.caller.kind === 'service' || !a.caller.account)
    return [];
  const keyAccount = accountOf(c.key.arn);
  const account = a.caller.account;
  const docId = docIds.key(c.key, s.keys);
  const path = locateDocument(s, docId);
  if (!path || !keyAccount) return [];
  const cross = account !== keyAccount;
  const statement: JsonObject = {
    Sid: freshSid(
      getAt(json, path),
      cross
        ? `AllowAccount${account}${sidPart(opName(c.action))}`
        : `EnableIamPoliciesFor${sidPart(opName(c.action))}`,
    ),
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: c.action,
    Resource: c.key.arn,
  };
  return [
    {
      kind: 'enableIam',
      routes: ['keyPolicy'],
      clause: cross
        ? `let account ${account} use ${c.action} on ${keyName(c.key)} in its key policy (IAM policies in that account then decide)`
        : `let IAM policies of account ${account} allow ${c.action} on ${keyName(c.key)} (the key policy's "Enable IAM User Permissions" statement, limited to ${c.action})`,
      ops: appendStatement(json, path, statement),
      documents: [docId],
      privilege: PRIVILEGE.enableIam,
    },
  ];
}

/** Existing identity statements offered the missing action, at most. */
const MAX_EXTENSIONS = 2;

/** Where the caller's identity policies live, and the ops that create the entry when missing. */
function identityEntry(g: GenInput): { index: number; arn: string } | null {
  const { s, a } = g;
  const entry = a.caller.entry;
  if (entry) return { index: s.principals.indexOf(entry), arn: entry.arn };
  if (a.caller.kind === 'user' || a.caller.kind === 'federatedUser')
    return { index: -1, arn: a.caller.arn };
  if (a.caller.kind === 'roleSession' && a.caller.roleArn)
    return { index: -1, arn: a.caller.roleArn };
  return null;
}

/** A new identity policy for the caller, or the action added to one of its Allow statements (S6). */
export function identityPolicy(g: GenInput, c: FailedCheck): Step[] {
  const { s, json, a } = g;
  const e = identityEntry(g);
  if (!e || a.caller.kind === 'root') return [];
  const out: Step[] = [];
  const resource = c.key ? c.key.arn : c.resource;
  const cond = contextCondition(a, c);
  const statement: JsonObject = {
    Sid: `Allow${sidPart(opName(c.action))}`,
    Effect: 'Allow',
    Action: c.action,
    Resource: resource,
    ...(cond ? { Condition: cond } : {}),
  };
  const entry = s.principals[e.index];
  const names = new Set(entry?.policies.map((p) => p.name) ?? []);
  let name = `kms-${opName(c.action)}-${c.key ? shortName(c.key.arn).slice(0, 8) : 'all'}`;
  for (let n = 2; names.has(name); n++) name = `${name.replace(/-\d+$/, '')}-${n}`;
  const named = { name, document: policy(statement) };
  const role = a.caller.kind === 'roleSession' ? ' (the role every session of it uses)' : '';
  out.push({
    kind: 'identityPolicy',
    routes: ['identity'],
    clause: `give ${e.arn}${role} an identity policy "${name}" that allows ${c.action} on ${target(c)}${contextWords(cond)}`,
    ops:
      e.index < 0
        ? appendToList(json, ['principals'], { arn: e.arn, policies: [named] })
        : appendToList(json, ['principals', e.index, 'policies'], named),
    documents: [docIds.identity(e.arn, name)],
    privilege: PRIVILEGE.exact + (cond ? -1 : 0) + (role ? 1 : 0),
  });
  // The action added to an existing Allow statement that already names this resource (the
  // first few such statements: each candidate costs an evaluation).
  let extensions = 0;
  entry?.policies.forEach((p, j) => {
    for (const { path, statement: st } of statementsOf(p.document)) {
      if (extensions >= MAX_EXTENSIONS) return;
      const act = st['Action'];
      const res = st['Resource'];
      const resources = Array.isArray(res) ? res : [res];
      if (st['Effect'] !== 'Allow' || act === undefined || !resources.includes(resource)) continue;
      const base = ['principals', e.index, 'policies', j, 'document', ...path, 'Action'];
      out.push({
        kind: 'identityPolicy',
        routes: ['identity'],
        clause: `add ${c.action} to the statement${typeof st['Sid'] === 'string' ? ` "${st['Sid']}"` : ''} of identity policy "${p.name}" of ${e.arn}`,
        ops: Array.isArray(act)
          ? [{ op: 'add', path: pointer(...base, '-'), value: c.action }]
          : [{ op: 'replace', path: pointer(...base), value: [act, c.action] }],
        documents: [docIds.identity(e.arn, p.name)],
        privilege: PRIVILEGE.extendStatement,
      });
      extensions++;
    }
  });
  return out;
}

/** The permissions boundary or session policy that capped the identity side allows the action. */
export function identityLimit(g: GenInput, c: FailedCheck): Step[] {
  const { s, json, a } = g;
  if (c.identity !== 'boundary' && c.identity !== 'session') return [];
  const docId =
    c.identity === 'boundary'
      ? docIds.boundary(a.caller.entry?.arn ?? a.caller.arn)
      : docIds.session(a.request, a.index);
  const path = locateDocument(s, docId);
  if (!path || !isObject(getAt(json, path))) return [];
  const statement: JsonObject = {
    Sid: freshSid(getAt(json, path), `Allow${sidPart(opName(c.action))}`),
    Effect: 'Allow',
    Action: c.action,
    Resource: c.key ? c.key.arn : c.resource,
  };
  return [
    {
      kind: 'identityLimit',
      routes: ['identity'],
      clause: `allow ${c.action} on ${target(c)} in ${documentName(s, docId)}`,
      ops: appendStatement(json, path, statement),
      documents: [docId],
      privilege: PRIVILEGE.identityLimit,
    },
  ];
}
