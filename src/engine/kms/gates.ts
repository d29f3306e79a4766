import type { CompiledPolicy, PolicyKind } from '../policy/compile';
import { matchPolicy, type PolicyMatch } from '../policy/match';
import type { DecidingRef } from '../types';
import { matchRequestOf, refOf, type Check, type RequestEnv } from './checkTypes';

/**
 * Step 4, explicit-deny sweep (S10): every Deny of every applicable policy. An IAM Deny works even
 * when the key policy never enabled IAM (S1). A25: kms:RetireGrant statements in a key policy are
 * ignored in both directions; S17: RCPs never restrict kms:RetireGrant.
 */
export function denySweep(
  env: RequestEnv,
  c: Check,
): { kind: PolicyKind; refs: DecidingRef[] } | null {
  const phase = env.tracer.open(c.id, 'denySweep', 'phase', 'explicitDenySweep');
  const req = matchRequestOf(env, c);
  let kind: PolicyKind | null = null;
  let refs: DecidingRef[] | null = null;
  const docs = c.denyDocs;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i] as CompiledPolicy;
    const matches = matchPolicy(d, 'Deny', req, env.tracer, phase.id);
    for (let j = 0; j < matches.length; j++) {
      kind ??= d.kind;
      const ref = refOf(d, (matches[j] as PolicyMatch).statement);
      if (refs === null) refs = [ref];
      else refs.push(ref);
    }
  }
  phase.outcome = kind ? 'explicitDeny' : 'pass';
  return kind && refs ? { kind, refs } : null;
}

/** The policies the deny sweep reads for a check, built once per prepared request. */
export function denyDocsOf(
  env: Omit<RequestEnv, 'tracer'>,
  c: Pick<Check, 'op' | 'keyPolicy' | 'rcpLevels'>,
): CompiledPolicy[] {
  const retire = c.op.name === 'RetireGrant';
  const docs: CompiledPolicy[] = [];
  if (c.keyPolicy && !retire) docs.push(c.keyPolicy);
  docs.push(...env.identity);
  if (env.boundary) docs.push(env.boundary);
  if (env.session) docs.push(env.session);
  for (const l of env.scpLevels ?? []) docs.push(...l.policies);
  if (!retire) for (const l of c.rcpLevels ?? []) docs.push(...l.policies);
  if (env.endpoint) docs.push(env.endpoint);
  // One policy attached at several levels (or a group listed twice) is swept once; a policy
  // without Deny statements has nothing to sweep.
  return [...new Set(docs)].filter((d) => d.denies.length > 0);
}

/**
 * Step 5, RCP gate (S17): RCPFullAWSAccess is attached at every level and cannot be detached, so
 * every level has an Allow; only Deny statements (in the sweep) can block.
 */
export function rcpGate(env: RequestEnv, c: Check): void {
  if (!c.rcpLevels) return;
  env.tracer.add(c.id, 'rcp', 'phase', 'rcpGate', 'pass', undefined, {
    levels: c.rcpLevels.map((l) => l.id),
    implicitAllow: 'RCPFullAWSAccess',
  });
}

/**
 * Step 6, SCP gate (S16): every level from the root to the account needs an applicable Allow. A
 * level with no SCP listed in the scenario is taken to have FullAWSAccess, which AWS attaches by
 * default (docs/semantics.md).
 */
export function scpGate(env: RequestEnv, c: Check): boolean {
  if (!env.scpLevels) return true;
  const phase = env.tracer.open(c.id, 'scp', 'phase', 'scpGate');
  const req = matchRequestOf(env, c);
  let ok = true;
  for (const level of env.scpLevels) {
    const lv = env.tracer.open(phase.id, level.id, 'check', 'scpLevel', undefined, {
      level: level.id,
    });
    if (level.policies.length === 0) {
      lv.outcome = 'pass';
      lv.detail = { level: level.id, implicitAllow: 'FullAWSAccess', assumption: 'P1' };
      continue;
    }
    let allowed = false;
    for (const p of level.policies)
      if (matchPolicy(p, 'Allow', req, env.tracer, lv.id).length > 0) allowed = true;
    lv.outcome = allowed ? 'pass' : 'fail';
    if (!allowed) ok = false;
  }
  phase.outcome = ok ? 'pass' : 'implicitDeny';
  if (!ok) phase.detail = { assumption: 'A9' };
  return ok;
}

/** Step 7, VPC endpoint gate (S13): an endpoint policy must allow; it never grants on its own. */
export function vpceGate(env: RequestEnv, c: Check): boolean {
  if (!env.endpoint) return true;
  const phase = env.tracer.open(c.id, 'vpce', 'phase', 'vpcEndpointGate');
  const ok =
    matchPolicy(env.endpoint, 'Allow', matchRequestOf(env, c), env.tracer, phase.id).length > 0;
  phase.outcome = ok ? 'pass' : 'implicitDeny';
  return ok;
}

/** Step 8, operations that cannot cross accounts (S14, table 2.8; A19 AccessDenied assumed). */
export function crossAccountGate(env: RequestEnv, c: Check): boolean {
  if (!c.key || env.caller.kind === 'service') return true;
  const keyAccount = c.keyAccount;
  if (env.caller.account === keyAccount) return true;
  const ok = c.op.crossAccount;
  env.tracer.add(
    c.id,
    'crossAccount',
    'phase',
    'crossAccountGate',
    ok ? 'pass' : 'implicitDeny',
    undefined,
    {
      callerAccount: env.caller.account,
      keyAccount,
      operation: c.op.name,
      crossAccountCapable: ok,
      assumption: ok ? undefined : 'P8',
    },
  );
  return ok;
}
