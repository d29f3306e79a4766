/**
 * Fixes the caller makes in its own request: the encryption-context pair an Allow statement's
 * `kms:EncryptionContext:<k>` condition wanted (S4, S11), and, after authorization, a key that is
 * not enabled (S21).
 */
import { docIds } from '../../engine/kms/ids';
import type { FailedCheck } from '../analyse';
import { appendStatement, freshSid, getAt, isObject } from '../locate';
import { MAX_PER_CHECK } from './values';
import { keyName, shortName, sidPart } from '../names';
import { pointer } from '../patch';
import { principalElement, PRIVILEGE, type GenInput, type Step } from '../step';

const EXACT = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike']);
const PREFIX = 'kms:encryptioncontext:';

/** For each Allow statement that failed only on context conditions: send the pairs it wants. */
export function contextPairs(g: GenInput, c: FailedCheck): Step[] {
  const { a } = g;
  if (!c.op?.takesEncryptionContext || c.op.name.startsWith('ReEncrypt')) return [];
  const byStatement = new Map<string, Record<string, string>>();
  const blocked = new Set<string>();
  for (const f of c.conditions) {
    const where = `${f.statement.document} ${JSON.stringify(f.statement.path)}`;
    const v = f.policyValues[0];
    const ok =
      f.key.toLowerCase().startsWith(PREFIX) &&
      EXACT.has(f.operator) &&
      typeof v === 'string' &&
      !(f.operator === 'StringLike' && /[*?]/.test(v)) &&
      !v.includes('${');
    if (!ok) {
      blocked.add(where);
      continue;
    }
    const pairs = byStatement.get(where) ?? {};
    pairs[f.key.slice(PREFIX.length)] = v;
    byStatement.set(where, pairs);
  }
  const out: Step[] = [];
  for (const [where, pairs] of byStatement) {
    if (blocked.has(where)) continue;
    const ec = { ...(a.request.encryptionContext ?? {}) };
    for (const [k, v] of Object.entries(pairs)) {
      for (const have of Object.keys(ec))
        if (have.toLowerCase() === k.toLowerCase()) delete ec[have];
      ec[k] = v;
    }
    out.push({
      kind: 'request',
      routes: ['request', 'keyPolicy'],
      clause: `send the encryption context ${Object.entries(pairs)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')} that the policy's condition asks for`,
      ops: [
        {
          op: a.request.encryptionContext ? 'replace' : 'add',
          path: pointer('requests', a.index, 'encryptionContext'),
          value: ec,
        },
      ],
      documents: [a.requestDoc],
      privilege: PRIVILEGE.request,
    });
    if (out.length >= MAX_PER_CHECK) break;
  }
  return out;
}

/** After authorization (A1): a disabled key, or one pending deletion, is enabled (S21). */
export function enableKey(g: GenInput): Step[] {
  const { s, a } = g;
  if (a.result.outcome !== 'DisabledException' && a.result.outcome !== 'KMSInvalidStateException')
    return [];
  const resources = checkedResources(a);
  const out: Step[] = [];
  s.keys.forEach((k, i) => {
    if (!resources.has(k.arn) || (k.state !== 'Disabled' && k.state !== 'PendingDeletion')) return;
    out.push({
      kind: 'keyState',
      routes: ['afterAuthorization'],
      clause:
        k.state === 'Disabled'
          ? `enable ${keyName(k)} (it is disabled)`
          : `cancel the deletion of ${keyName(k)} and enable it`,
      ops: [{ op: 'remove', path: pointer('keys', i, 'state') }],
      documents: [docIds.key(k, s.keys)],
      privilege: PRIVILEGE.keyState,
    });
  });
  return out;
}

/**
 * A18 (lockout safety check, S35): a PutKeyPolicy whose new policy would no longer let the caller
 * call PutKeyPolicy is refused; the new policy keeps a statement for exactly the caller.
 */
export function keepPutKeyPolicy(g: GenInput): Step[] {
  const { json, a } = g;
  if (a.request.action.toLowerCase() !== 'kms:putkeypolicy') return [];
  const path = ['requests', a.index, 'parameters', 'Policy'];
  const doc = getAt(json, path);
  if (a.result.outcome === 'ValidationException' && doc === undefined) return currentPolicy(g);
  if (a.result.outcome !== 'MalformedPolicyDocumentException' || !isObject(doc)) return [];
  const statement = {
    Sid: freshSid(doc, `AllowPutKeyPolicyFor${sidPart(shortName(a.caller.arn))}`),
    Effect: 'Allow',
    Principal: principalElement(a.caller),
    Action: 'kms:PutKeyPolicy',
    Resource: '*',
  };
  return [
    {
      kind: 'request',
      routes: ['request', 'afterAuthorization'],
      clause: `keep a statement in the new key policy that lets ${a.caller.arn} call kms:PutKeyPolicy (the lockout safety check)`,
      ops: appendStatement(json, path, statement),
      documents: [a.requestDoc],
      privilege: PRIVILEGE.request,
    },
  ];
}

/** PutKeyPolicy without a Policy parameter: send the key's current policy (S35). */
function currentPolicy(g: GenInput): Step[] {
  const { s, json, a } = g;
  const resources = checkedResources(a);
  const i = s.keys.findIndex((k) => resources.has(k.arn));
  const key = s.keys[i];
  if (!key) return [];
  const policy = getAt(json, ['keys', i, 'policy']);
  const params = ['requests', a.index, 'parameters'];
  return [
    {
      kind: 'request',
      routes: ['request', 'afterAuthorization'],
      clause: `send the key policy of ${keyName(key)} as it is now as the Policy parameter (PutKeyPolicy needs one)`,
      ops:
        getAt(json, params) === undefined
          ? [{ op: 'add', path: pointer(...params), value: { Policy: policy } }]
          : [{ op: 'add', path: pointer(...params, 'Policy'), value: policy }],
      documents: [a.requestDoc],
      privilege: PRIVILEGE.request,
    },
  ];
}

/** The resources of the request's authorization checks. */
function checkedResources(a: GenInput['a']): Set<string> {
  return new Set(
    a.result.trace
      .filter((t) => t.rule === 'authorizationCheck')
      .map((t) => String(t.detail?.['resource'] ?? '')),
  );
}

/** P5: grant tokens that name no grant make an authorized call fail; the request drops them. */
export function dropUnknownTokens(g: GenInput): Step[] {
  const { s, json, a } = g;
  if (a.result.outcome !== 'InvalidGrantTokenException') return [];
  const known = new Set(
    s.grants.flatMap((x) => (x.grantToken === undefined ? [] : [x.grantToken])),
  );
  const kept = a.request.grantTokens.filter((t) => known.has(t));
  const dropped = a.request.grantTokens.filter((t) => !known.has(t));
  const path = pointer('requests', a.index, 'grantTokens');
  if (dropped.length === 0 || getAt(json, ['requests', a.index, 'grantTokens']) === undefined)
    return [];
  return [
    {
      kind: 'request',
      routes: ['request', 'afterAuthorization'],
      clause: `leave out the grant token${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')}, which name${dropped.length > 1 ? '' : 's'} no grant`,
      ops: [kept.length > 0 ? { op: 'replace', path, value: kept } : { op: 'remove', path }],
      documents: [a.requestDoc],
      privilege: PRIVILEGE.request,
    },
  ];
}

/** S11: Decrypt needs the encryption context the ciphertext was encrypted with. */
export function ciphertextContext(g: GenInput): Step[] {
  const { json, a } = g;
  if (a.result.outcome !== 'InvalidCiphertextException') return [];
  const blob = getAt(json, ['requests', a.index, 'parameters', 'CiphertextBlob']);
  if (!isObject(blob)) return [];
  const ec = isObject(blob['encryptionContext']) ? blob['encryptionContext'] : {};
  if (JSON.stringify(ec) === JSON.stringify(a.request.encryptionContext ?? {})) return [];
  const path = pointer('requests', a.index, 'encryptionContext');
  const empty = Object.keys(ec).length === 0;
  return [
    {
      kind: 'request',
      routes: ['request', 'afterAuthorization'],
      clause: empty
        ? 'send no encryption context, as the ciphertext was encrypted without one'
        : `send the encryption context the ciphertext was encrypted with (${Object.entries(ec)
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(', ')})`,
      ops: [
        empty
          ? { op: 'remove', path }
          : { op: a.request.encryptionContext ? 'replace' : 'add', path, value: ec },
      ],
      documents: [a.requestDoc],
      privilege: PRIVILEGE.request,
    },
  ];
}
