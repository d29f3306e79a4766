/**
 * Lint rules about what a statement's conditions really restrict: a "public" Allow whose conditions
 * do not narrow who may call, and the ForAllValues trap (true when the request has no value).
 */
import type { CompiledClause } from './conditions/types';
import { lookupConditionKey } from './catalog/conditionKeys';
import type { CompiledPolicy, CompiledStatement } from './policy/compile';
import type { Diagnostic } from './types';

/**
 * Keys that narrow who may call (account, organization, principal, network origin): S28 names
 * kms:CallerAccount and aws:PrincipalOrgID; the others identify the caller or where it calls from.
 */
const NARROWING_KEYS = new Set([
  'kms:calleraccount',
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalarn',
  'aws:userid',
  'aws:username',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpce',
]);

/** A clause that limits the caller: a narrowing key, a positive operator, no IfExists escape. */
const narrows = (c: CompiledClause) =>
  NARROWING_KEYS.has(c.keyLower) && !c.negated && !c.ifExists && c.family !== 'Null';

/**
 * Resource-based Allow with Principal "*" whose conditions (if any) do not narrow the caller:
 * anyone in any account can use the key within those conditions (S28, S2).
 */
export function lintPublic(p: CompiledPolicy, s: CompiledStatement, out: Diagnostic[]): void {
  if (s.effect !== 'Allow' || s.notPrincipal || !s.principals?.some((e) => e.type === 'wildcard'))
    return;
  const clauses = s.condition?.clauses ?? [];
  if (clauses.some(narrows)) return;
  out.push({
    document: p.id,
    path: s.principalPath,
    severity: 'warning',
    code: 'PublicAllow',
    message:
      clauses.length === 0
        ? 'Principal "*" without a narrowing condition (for example kms:CallerAccount or aws:PrincipalOrgID) allows every AWS principal in every account.'
        : `Principal "*" with conditions on ${[...new Set(clauses.map((c) => c.key))].join(', ')} only: none of them limits which account or principal calls, so principals in every account match.`,
  });
}

/** The statement requires the key to be present (`Null: false` on it). */
const requiresPresent = (s: CompiledStatement, keyLower: string) =>
  (s.condition?.clauses ?? []).some(
    (c) => c.family === 'Null' && c.keyLower === keyLower && c.nullResults?.absent === false,
  );

/**
 * An Allow with `ForAllValues:` on a multi-valued key (kms:EncryptionContextKeys, aws:TagKeys, ...)
 * is true when the request carries no value at all, e.g. an empty encryption context; AWS advises a
 * `Null: false` check beside it (S31, S4; kms-semantics 2.4).
 */
export function lintForAllValues(p: CompiledPolicy, s: CompiledStatement, out: Diagnostic[]): void {
  if (s.effect !== 'Allow') return;
  for (const c of s.condition?.clauses ?? []) {
    if (c.set !== 'ForAllValues' || c.ifExists) continue;
    if (lookupConditionKey(c.key)?.multiValued !== true || requiresPresent(s, c.keyLower)) continue;
    out.push({
      document: p.id,
      path: c.path,
      severity: 'warning',
      code: 'ForAllValuesAllowsEmpty',
      message: `ForAllValues on ${c.key} is true when the request has no ${c.key} at all (for example no encryption context), so this Allow also matches those requests. Add "Null": {"${c.key}": "false"} to require a value.`,
    });
  }
}
