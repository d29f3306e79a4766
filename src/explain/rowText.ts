/**
 * Row text for statement-level detail: documents, statements (and the element or condition that
 * failed, with the values compared), conditions, grants and checks.
 */
import type { CheckRule } from '../engine/traceRules';
import type { TraceStep } from '../engine/types';
import { describePhase } from './phases';
import {
  assumption,
  capitalise,
  documentName,
  list,
  outcomeWords,
  shortArn,
  str,
  toneOf,
  value,
  words,
} from './format';
import type { Tone } from './types';
import { shortId } from './names';

/** The text and colour of one row. */
export interface RowText {
  label: string;
  status: string;
  tone: Tone;
  reason?: string;
}

/** Why an element did not match, with the values compared (policy/match.ts). */
export function elementReason(el: TraceStep): string {
  const d = el.detail ?? {};
  switch (el.rule) {
    case 'Action':
      return `Action ${str(d, 'action')} not in ${list(d.patterns)}`;
    case 'NotAction':
      return `NotAction ${list(d.patterns)} includes ${str(d, 'action')}`;
    case 'Principal':
      return `Principal ${str(d, 'caller')} not in ${list(d.listed)}`;
    case 'NotPrincipal':
      return `NotPrincipal exempts ${str(d, 'caller')}${assumption(d)}`;
    case 'Resource':
      return d.missing === true
        ? 'No Resource element: the statement applies to nothing'
        : `Resource ${str(d, 'resource')} not in ${list(d.patterns)}`;
    case 'NotResource':
      return `NotResource ${list(d.patterns)} includes ${str(d, 'resource')}`;
    default:
      return `${el.rule} does not match ${value(d)}`;
  }
}

const CLAUSE_REASON: Record<string, string> = {
  missingKey: 'the key is absent from the request',
  ifExistsMissing: 'the key is absent, so …IfExists is true',
  emptySetForAll: 'no values, so ForAllValues is true',
  emptySetForAny: 'no values, so ForAnyValue is false',
  invalid: 'a value is not valid for this operator',
};

/** `request ["hr"] vs policy ["finance"]`, plus why when it is not a plain comparison. */
export function conditionValues(c: TraceStep): string {
  const d = c.detail ?? {};
  const why = CLAUSE_REASON[str(d, 'reason')];
  return `request ${list(d.requestValues)} vs policy ${list(d.policyValues)}${why ? `: ${why}` : ''}`;
}

/** `Condition StringEquals kms:EncryptionContext:dept: request ["hr"] vs policy ["finance"]`. */
export function conditionReason(c: TraceStep): string {
  return `Condition ${c.rule} ${str(c.detail, 'key')}: ${conditionValues(c)}`;
}

const PRINCIPAL_MATCH: Record<string, string> = {
  direct: 'Principal names the caller',
  wildcard: 'Principal is *',
  role: "Principal names the caller's role",
  account: 'Principal names the account: an IAM policy must also allow',
};

function statementText(step: TraceStep, local: string, children: TraceStep[]): RowText {
  const sid = str(step.detail, 'sid');
  const label = `${step.rule} ${local}${sid ? ` "${sid}"` : ''}`;
  if (step.outcome === 'match') {
    const p = PRINCIPAL_MATCH[str(step.detail, 'principal')];
    return {
      label,
      status: 'matches',
      tone: step.rule === 'Deny' ? 'explicitDeny' : 'allow',
      reason: p ?? 'Action, Resource and Condition match',
    };
  }
  const element = children.find((c) => c.kind === 'element');
  const failed = children.filter((c) => c.kind === 'condition' && c.outcome === 'fail');
  const first = failed[0];
  let reason: string | undefined;
  if (element) reason = elementReason(element);
  else if (first)
    reason = `${conditionReason(first)}${failed.length > 1 ? ` (+${failed.length - 1} more false)` : ''}`;
  else if (str(step.detail, 'failed')) reason = `${str(step.detail, 'failed')} does not match`;
  return { label, status: outcomeWords(step.outcome).toLowerCase(), tone: 'neutral', reason };
}

const GRANT_FAIL: Record<string, (d: Record<string, unknown>) => string> = {
  notPropagated: () => 'not yet propagated, and its grant token was not presented',
  grantee: (d) => `grantee ${str(d, 'grantee')} is not the caller ${str(d, 'caller')}`,
  operation: (d) => `operation ${str(d, 'operation')} not in ${list(d.operations)}`,
  constraint: (d) =>
    `${str(d, 'constraint', 'constraint')} not satisfied by encryption context ${value(d.encryptionContext)}`,
  childOperations: (d) =>
    `child operations ${list(d.extra)} not in the parent grant's ${list(d.parentOperations)}`,
  childConstraints: (d) =>
    `child constraints ${value(d.requested)} are looser than the parent's ${value(d.parent)}`,
  accountDelegation: (d) =>
    `account grantee, but no IAM policy allows (${words(str(d, 'reason', 'no identity policy'))})`,
};

function grantText(step: TraceStep): RowText {
  const d = step.detail ?? {};
  const label = `Grant ${shortId(str(d, 'grantId', step.id))}`;
  if (step.outcome === 'match')
    return {
      label,
      status: 'allows',
      tone: 'allow',
      reason: `grantee matches as ${str(d, 'grantee', 'the caller')}${assumption(d)}`,
    };
  const why = GRANT_FAIL[str(d, 'failed')];
  return { label, status: 'no match', tone: 'neutral', reason: why ? why(d) : undefined };
}

/** The label of every check the engine records (a new rule fails to compile here). */
export const CHECK_LABEL: Record<CheckRule, string> = {
  scpLevel: 'SCP level',
  grantTokens: 'Grant tokens',
  keyStateAndUsage: 'Key state and usage',
  aliasRules: 'Alias rules',
  ciphertextBinding: 'Ciphertext binding',
  createGrantValidation: 'CreateGrant parameters',
  parameterRanges: 'Parameter ranges',
  grantExists: 'Grant exists',
  lockoutSafetyCheck: 'Lockout safety check',
};

function checkText(step: TraceStep): RowText {
  const d = step.detail ?? {};
  const status = step.outcome === 'pass' ? 'pass' : step.outcome === 'fail' ? 'fail' : '';
  const tone = toneOf(step.outcome);
  const rejected = typeof d.outcome === 'string' ? ` → ${d.outcome}` : '';
  switch (step.rule) {
    case 'scpLevel': {
      const reason =
        typeof d.implicitAllow === 'string'
          ? `no SCP listed: ${d.implicitAllow} assumed${assumption(d)}`
          : step.outcome === 'pass'
            ? 'an SCP at this level allows'
            : 'no SCP at this level allows';
      return { label: `Level ${str(d, 'level')}`, status, tone, reason };
    }
    case 'keyStateAndUsage':
      return {
        label: `Key ${shortArn(str(d, 'key'))}`,
        status,
        tone,
        reason: `${str(d, 'state')}, ${str(d, 'keyUsage')}, ${str(d, 'keySpec')}${rejected}`,
      };
    case 'grantTokens':
      return { label: 'Grant tokens', status, tone, reason: `${list(d.tokens)}${rejected}` };
    case 'lockoutSafetyCheck':
      return {
        label: CHECK_LABEL.lockoutSafetyCheck,
        status,
        tone,
        reason:
          d.callerCouldUpdateAgain === true
            ? 'with the new policy the caller can still call PutKeyPolicy'
            : `with the new policy the caller could never call PutKeyPolicy again${assumption(d)}`,
      };
    default:
      return {
        label: (CHECK_LABEL as Record<string, string>)[step.rule] ?? capitalise(words(step.rule)),
        status,
        tone,
        reason: rejected ? `rejected${rejected}` : undefined,
      };
  }
}

/**
 * The text of a row for a step. `local` is the step's id without its parent's prefix (`s2`);
 * `descendants` are the steps below it in trace order.
 */
export function describeRow(step: TraceStep, local: string, descendants: TraceStep[]): RowText {
  const children = descendants.filter((c) => c.parentId === step.id);
  switch (step.kind) {
    case 'statement':
      return statementText(step, local, children);
    case 'condition':
      return {
        label: `${step.rule} ${str(step.detail, 'key')}`,
        status: step.outcome === 'pass' ? 'true' : 'false',
        tone: step.outcome === 'pass' ? 'pass' : 'fail',
        reason: conditionValues(step),
      };
    case 'document': {
      const statements = children.filter((c) => c.kind === 'statement');
      const hits = statements.filter((c) => c.outcome === 'match');
      const deny = hits.some((c) => c.rule === 'Deny');
      return {
        label: documentName(step.source?.document ?? local),
        status: `${hits.length} of ${statements.length} match`,
        tone: hits.length === 0 ? 'neutral' : deny ? 'explicitDeny' : 'allow',
      };
    }
    case 'grant':
      return grantText(step);
    case 'check':
      return checkText(step);
    case 'phase': {
      const p = describePhase(step, descendants);
      return { label: p.title, status: p.status, tone: p.tone, reason: p.summary };
    }
    default:
      return {
        label: capitalise(words(step.rule)),
        status: outcomeWords(step.outcome).toLowerCase(),
        tone: toneOf(step.outcome),
        reason: step.detail ? value(step.detail) : undefined,
      };
  }
}
