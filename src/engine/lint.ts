import { conditionKeyAppliesTo, lookupConditionKey } from './catalog/conditionKeys';
import { findOperation, KMS_ACTIONS } from './catalog/operations';
import type { CompiledScenario } from './kms/compileScenario';
import { docIds } from './kms/ids';
import { keyUsageRejection } from './kms/keyState';
import type { CompiledPolicy, CompiledStatement } from './policy/compile';
import { lintForAllValues, lintPublic } from './lintConditions';
import type { Diagnostic } from './types';

/** KMS actions a statement's Action/NotAction covers. */
function coveredActions(s: CompiledStatement): string[] {
  return KMS_ACTIONS.filter((a) => s.actions.some((p) => p.test(a)) !== s.notAction);
}

/** S4/table 2.7: a kms: condition key that no action of the statement can carry never matches. */
function lintConditionKeys(p: CompiledPolicy, s: CompiledStatement, out: Diagnostic[]): void {
  if (!s.condition) return;
  const actions = coveredActions(s);
  if (actions.length === 0) return;
  for (const c of s.condition.clauses) {
    if (!c.keyLower.startsWith('kms:')) continue;
    if (actions.some((a) => conditionKeyAppliesTo(c.key, a) !== false)) continue;
    out.push({
      document: p.id,
      path: c.path,
      severity: 'warning',
      code: 'ConditionKeyNeverApplies',
      message: `${c.key} is never present for ${actions.length === 1 ? actions[0] : 'any action of this statement'}; ${s.effect === 'Allow' ? 'this Allow can never match' : 'this Deny can never match'} (with a positive operator).`,
    });
  }
}

/** S2/S40: condition keys KMS rejects in key policies. */
function lintKeyPolicyKeys(p: CompiledPolicy, s: CompiledStatement, out: Diagnostic[]): void {
  for (const c of s.condition?.clauses ?? []) {
    if (lookupConditionKey(c.key)?.keyPolicyAllowed === false) {
      out.push({
        document: p.id,
        path: c.path,
        severity: 'warning',
        code: 'KeyNotAllowedInKeyPolicy',
        message: `${c.key} is allowed only in IAM policies; KMS rejects it in a key policy with MalformedPolicyDocumentException (S40).`,
      });
    }
  }
}

/** S35: a key policy in which no Allow covers kms:PutKeyPolicy leaves the key unmanageable. */
function lintLockout(p: CompiledPolicy, out: Diagnostic[]): void {
  if (p.statements.length === 0) return;
  const canUpdate = p.allows.some(
    (s) =>
      s.principals &&
      s.principals.length > 0 &&
      s.actions.some((a) => a.test('kms:PutKeyPolicy')) !== s.notAction,
  );
  if (!canUpdate)
    out.push({
      document: p.id,
      path: ['Statement'],
      severity: 'warning',
      code: 'KeyPolicyLockout',
      message:
        'No statement allows kms:PutKeyPolicy: nobody, not even the account root user, could change this key policy again (S1, S35).',
    });
}

/** Policy findings depend only on the compiled policy, which is shared between edits: cache them. */
const POLICY_LINT = new WeakMap<CompiledPolicy, Diagnostic[]>();

function lintPolicy(p: CompiledPolicy): Diagnostic[] {
  const cached = POLICY_LINT.get(p);
  if (cached) return cached;
  const out: Diagnostic[] = [];
  for (const s of p.statements) {
    lintConditionKeys(p, s, out);
    if (p.kind === 'key') lintKeyPolicyKeys(p, s, out);
    if (p.kind === 'key' || p.kind === 'vpce') lintPublic(p, s, out);
    lintForAllValues(p, s, out);
  }
  if (p.kind === 'key') lintLockout(p, out);
  POLICY_LINT.set(p, out);
  return out;
}

/** Findings a KMS expert would point out, beyond the parse errors the compiler reports. */
export function lintScenario(cs: CompiledScenario): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all: CompiledPolicy[] = [
    ...cs.keyPolicies.values(),
    ...[...cs.identity.values()].flat(),
    ...cs.boundaries.values(),
    ...cs.orgPolicies.values(),
    ...cs.sessionPolicies.values(),
    ...cs.newKeyPolicies.values(),
  ];
  for (const e of cs.endpoints.values()) if (e) all.push(e);
  const seen = new Set<CompiledPolicy>();
  for (const p of all) {
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(...lintPolicy(p));
  }
  // S7/S34: grant operations must suit the key type.
  for (const g of cs.scenario.grants) {
    const key =
      cs.keysByArn.get(g.key) ?? cs.scenario.keys.find((k) => k.arn.endsWith(`:key/${g.key}`));
    g.operations.forEach((o, i) => {
      const info = findOperation(o);
      const bad = !info || !info.grantable;
      const unsuited = info && key && info.usage !== 'none' && keyUsageRejection(info, key);
      if (bad || unsuited) {
        out.push({
          document: docIds.grant(g.grantId),
          path: ['operations', i],
          severity: 'warning',
          code: bad ? 'NotAGrantOperation' : 'GrantOperationUnsupported',
          message: bad
            ? `${o} is not a grant operation.`
            : `${o} cannot be used with this ${key?.keySpec} key (usage ${key?.keyUsage}).`,
        });
      }
    });
  }
  cs.scenario.requests.forEach((r, i) => {
    const name = r.action.toLowerCase() === 'kms:reencrypt' ? 'ReEncryptFrom' : r.action;
    if (!/^kms:/i.test(r.action) || !findOperation(name)) {
      out.push({
        document: docIds.request(r, i),
        path: ['action'],
        severity: 'error',
        code: 'UnknownAction',
        message: `${r.action} is not an AWS KMS API operation (for example kms:Decrypt, kms:ReEncrypt, kms:CreateGrant).`,
      });
    }
  });
  return out;
}
