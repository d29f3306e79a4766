/**
 * Titles and one-line summaries of the engine's phases (engine/kms/check.ts, gates.ts,
 * policyPath.ts, grantPath.ts, retireGrant.ts, afterAuthorization.ts), written from the
 * outcome and detail each phase records.
 */
import type { PhaseRule } from '../engine/traceRules';
import type { TraceStep } from '../engine/types';
import { assumption, capitalise, documentName, outcomeWords, str, toneOf, words } from './format';
import { LAB_NAMES, labSummary } from './labPhases';
import type { Tone } from './types';

/** What a phase node (or a nested phase row) shows. */
export interface PhaseText {
  eyebrow: string;
  title: string;
  status: string;
  tone: Tone;
  summary: string;
}

/** Eyebrow and title of every phase the engine records (a new rule fails to compile here). */
export const PHASE_NAMES: Record<
  PhaseRule | 'requestContext' | 'decision',
  [eyebrow: string, title: string]
> = {
  requestContext: ['Request', 'Request'],
  authorizationCheck: ['Authorization check', 'Authorization check'],
  explicitDenySweep: ['Every policy', 'Explicit deny sweep'],
  rcpGate: ['Organization guardrails', 'Resource control policies'],
  scpGate: ['Organization guardrails', 'Service control policies'],
  vpcEndpointGate: ['Network', 'VPC endpoint policy'],
  crossAccountGate: ['Accounts', 'Cross-account check'],
  keyPolicy: ['Resource policy', 'Key policy'],
  identityPolicies: ['IAM', 'Identity policies'],
  permissionsBoundary: ['IAM', 'Permissions boundary'],
  sessionPolicy: ['IAM', 'Session policy'],
  grantPath: ['Grants', 'Grants on the key'],
  retireGrantRules: ['Grants', 'Retire-grant rules'],
  afterAuthorization: ['After authorization', 'Key and request checks'],
  decision: ['Result', 'Decision'],
};

const KEY_POLICY_MATCH: Record<string, string> = {
  direct: 'A statement names the caller: the key policy allows on its own.',
  wildcard: 'A statement allows Principal *: the key policy allows on its own.',
  role: "A statement names the caller's role: the boundary and session policy still apply.",
  account: 'A statement names the account: an IAM policy must also allow.',
};

type Summary = (s: TraceStep, below: TraceStep[]) => string;

const levels = (v: unknown) => (Array.isArray(v) ? v.map(String).join(' → ') : '');

const children = (s: TraceStep, below: TraceStep[]) => below.filter((c) => c.parentId === s.id);
const pass = (s: TraceStep) =>
  s.outcome === 'pass' || s.outcome === 'allow' || s.outcome === 'match';

const SUMMARIES: Record<string, Summary> = {
  explicitDenySweep(s, below) {
    const docs = children(s, below);
    const hit = below.find((c) => c.kind === 'statement' && c.outcome === 'match');
    if (hit) {
      const sid = str(hit.detail, 'sid');
      return `Deny statement${sid ? ` "${sid}"` : ''} in ${documentName(hit.source?.document ?? '')} applies: nothing can allow now.`;
    }
    return docs.length === 0
      ? 'No policy has a Deny statement.'
      : `No Deny statement applies (${docs.length} ${docs.length === 1 ? 'policy' : 'policies'} checked).`;
  },
  rcpGate: (s) =>
    `${str(s.detail, 'implicitAllow', 'RCPFullAWSAccess')} at every level (${levels(s.detail?.levels)}): only Deny statements can block.`,
  scpGate(s, below) {
    if (pass(s)) return 'Every level from the root to the account allows.';
    const failed = children(s, below).filter((c) => c.outcome === 'fail');
    return `No SCP allows at ${failed.map((c) => str(c.detail, 'level')).join(', ') || 'some level'}${assumption(s.detail)}.`;
  },
  vpcEndpointGate: (s) =>
    pass(s)
      ? 'The endpoint policy allows this request.'
      : 'The endpoint policy does not allow this request (it never grants on its own).',
  crossAccountGate(s) {
    const d = s.detail;
    const accounts = `Caller account ${str(d, 'callerAccount', '?')}, key account ${str(d, 'keyAccount', '?')}`;
    return pass(s)
      ? `${accounts}: ${str(d, 'operation')} works across accounts.`
      : `${accounts}: ${str(d, 'operation')} cannot be called from another account${assumption(d)}.`;
  },
  keyPolicy: (s) =>
    pass(s)
      ? (KEY_POLICY_MATCH[str(s.detail, 'principalMatch')] ?? 'A key policy statement allows.')
      : 'No key policy statement allows this request.',
  identityPolicies(s, below) {
    if (s.detail?.implicitRootAllow === true)
      return 'The root user has an implicit identity-side allow.';
    if (pass(s)) return 'An identity policy allows this request.';
    return children(s, below).length === 0
      ? 'The caller has no identity policy, so nothing allows on the identity side.'
      : 'No identity policy allows this request.';
  },
  permissionsBoundary: (s) =>
    pass(s)
      ? 'The permissions boundary allows.'
      : 'The permissions boundary does not allow this action.',
  sessionPolicy: (s) =>
    pass(s) ? 'The session policy allows.' : 'The session policy does not allow this action.',
  grantPath(s, below) {
    const grants = children(s, below);
    const hit = grants.find((g) => g.outcome === 'match');
    return hit
      ? `Grant ${str(hit.detail, 'grantId')} allows this request.`
      : `No grant allows this request (${grants.length} checked).`;
  },
  retireGrantRules(s) {
    const d = s.detail;
    return pass(s)
      ? `Allowed as ${words(str(d, 'allowedAs'))} of grant ${str(d, 'grantId')}.`
      : `The caller is not the retiring principal or a grantee allowed to retire grant ${str(d, 'grantId')}.`;
  },
  afterAuthorization(s, below) {
    if (pass(s)) return 'The key state, key usage and request checks pass.';
    // S50/P15: a dry run passes every check and then does nothing.
    if (s.detail?.dryRun === true)
      return 'Every check passes; DryRun was set, so KMS does nothing (DryRunOperationException).';
    const failed = children(s, below).find((c) => c.outcome === 'fail');
    const outcome = typeof failed?.detail?.outcome === 'string' ? `: ${failed.detail.outcome}` : '';
    return failed ? `${capitalise(words(failed.rule))} failed${outcome}.` : 'Rejected.';
  },
};

/** Title, status and summary of a phase step; `below` are the steps under it, in trace order. */
export function describePhase(step: TraceStep, below: TraceStep[]): PhaseText {
  const [eyebrow, title] = (PHASE_NAMES as Record<string, [string, string]>)[step.rule] ??
    LAB_NAMES[step.rule] ?? ['Step', capitalise(words(step.rule))];
  const summary = SUMMARIES[step.rule]?.(step, below) ?? labSummary(step) ?? '';
  const tone = step.outcome === 'noMatch' ? 'neutral' : toneOf(step.outcome);
  const status =
    step.rule === 'grantPath' && step.outcome === 'noMatch'
      ? 'No grant allows'
      : step.rule === 'afterAuthorization' && step.outcome === 'fail'
        ? step.detail?.dryRun === true
          ? 'Dry run'
          : 'Rejected'
        : outcomeWords(step.outcome);
  return { eyebrow, title, status, tone, summary };
}
