/**
 * The names the engine puts in `TraceStep.rule`, per step kind, and the detail each one records.
 * `TraceStep.rule` stays a string on the hot path (the Tracer is untyped there); these lists are
 * the contract the words (src/explain) are written against. `traceRules.test.ts` checks that every
 * rule the engine emits, found by running scenarios and by reading the engine's source, is listed
 * here, and src/explain's tests check that every listed rule has its words.
 */
import type { PolicyKind } from './policy/compile';

/** Top-level and nested phases (kms/check.ts, gates.ts, policyPath.ts, grantPath.ts, …). */
export const PHASE_RULES = [
  'authorizationCheck',
  'explicitDenySweep',
  'rcpGate',
  'scpGate',
  'vpcEndpointGate',
  'crossAccountGate',
  'keyPolicy',
  'identityPolicies',
  'permissionsBoundary',
  'sessionPolicy',
  'grantPath',
  'retireGrantRules',
  'afterAuthorization',
] as const;

/** Checks: SCP levels and the after-authorization checks (afterAuthorization.ts, validity.ts). */
export const CHECK_RULES = [
  'scpLevel',
  'grantTokens',
  'keyStateAndUsage',
  'aliasRules',
  'parameterRanges',
  'ciphertextBinding',
  'createGrantValidation',
  'grantExists',
  'lockoutSafetyCheck',
] as const;

/** Statement effects (policy/match.ts). */
export const STATEMENT_RULES = ['Allow', 'Deny'] as const;

/** The element of a statement that did not match (policy/match.ts). */
export const ELEMENT_RULES = [
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
] as const;

/** Document steps carry the kind of policy they read (policy/compile.ts, PolicyKind). */
export const DOCUMENT_RULES = [
  'key',
  'identity',
  'boundary',
  'session',
  'scp',
  'rcp',
  'vpce',
] as const satisfies readonly PolicyKind[];

/** A phase rule. */
export type PhaseRule = (typeof PHASE_RULES)[number];
/** A check rule. */
export type CheckRule = (typeof CHECK_RULES)[number];
/** A statement rule (its effect). */
export type StatementRule = (typeof STATEMENT_RULES)[number];
/** An element rule. */
export type ElementRule = (typeof ELEMENT_RULES)[number];
/** A document rule (document type). */
export type DocumentRule = (typeof DOCUMENT_RULES)[number];

/**
 * Every rule by step kind. `condition` steps carry the condition operator (`StringEquals`,
 * `ForAnyValue:StringLike`, `…IfExists`, `Null`), which the condition catalogue lists.
 */
export interface RuleOfKind {
  context: 'requestContext';
  phase: PhaseRule;
  check: CheckRule;
  document: DocumentRule;
  statement: StatementRule;
  element: ElementRule;
  condition: string;
  grant: 'grant';
  decision: 'decision';
}

/** The detail a phase or check records, by rule (fields the engine may omit are optional). */
export interface DetailOfRule {
  requestContext: {
    caller: string;
    callerKind: string;
    keys: { name: string; value: unknown; derived: boolean }[];
  };
  authorizationCheck: { action: string; resource: string };
  explicitDenySweep: Record<string, never>;
  rcpGate: { levels: string[]; implicitAllow: string };
  scpGate: { assumption?: string };
  scpLevel: { level: string; implicitAllow?: string; assumption?: string };
  vpcEndpointGate: Record<string, never>;
  crossAccountGate: {
    callerAccount: string;
    keyAccount: string;
    operation: string;
    crossAccountCapable: boolean;
    assumption?: string;
  };
  keyPolicy: { principalMatch?: 'direct' | 'wildcard' | 'role' | 'account' };
  identityPolicies: { implicitRootAllow?: boolean };
  permissionsBoundary: Record<string, never>;
  sessionPolicy: Record<string, never>;
  grantPath: Record<string, never>;
  grant: {
    grantId: string;
    failed?:
      | 'notPropagated'
      | 'grantee'
      | 'operation'
      | 'constraint'
      | 'childOperations'
      | 'childConstraints'
      | 'accountDelegation';
    grantee?: string;
    assumption?: string;
    [value: string]: unknown;
  };
  retireGrantRules: { grantId?: string; allowedAs?: string; [value: string]: unknown };
  afterAuthorization: { assumption?: string; dryRun?: boolean };
  grantTokens: { tokens: string[]; outcome?: string };
  keyStateAndUsage: {
    key: string;
    state: string;
    keyUsage: string;
    keySpec: string;
    outcome?: string;
  };
  aliasRules: { alias: string | null; outcome?: string };
  parameterRanges: { outcome?: string };
  ciphertextBinding: { outcome?: string };
  createGrantValidation: { outcome?: string };
  grantExists: { outcome?: string };
  lockoutSafetyCheck: { callerCouldUpdateAgain?: boolean; assumption?: string };
  decision: { outcome: string; decision: string };
}
