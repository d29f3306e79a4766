/** One step of a fix, and what the generators share. */
import type { Caller } from '../engine/kms/caller';
import type { Scenario } from '../scenario/types';
import type { Analysis, FailedCheck } from './analyse';
import type { JsonObject } from './locate';
import type { FixKind, FixRoute, PatchOperation } from './types';

/** One change with its clause ("add a statement … to the key policy of alias/app"). */
export interface Step {
  kind: FixKind;
  routes: FixRoute[];
  /** A lower-case clause; a fix's summary joins the clauses of its steps. */
  clause: string;
  ops: PatchOperation[];
  documents: string[];
  /** Weight added to the fix's privilege (see PRIVILEGE). */
  privilege: number;
}

/** What a generator reads: the scenario (decoded and as written) and the analysed request. */
export interface GenInput {
  s: Scenario;
  json: JsonObject;
  a: Analysis;
}

/**
 * Privilege weights, lowest first: what a step grants or loosens. A change to the request grants
 * nothing; a statement naming exactly the caller, action and key grants little (less still with
 * the request's encryption context as a condition); delegation to IAM, guardrail edits and calls
 * from another identity weigh more.
 */
export const PRIVILEGE = {
  request: 1,
  keyState: 2,
  exactWithContext: 5,
  grantWithConstraint: 6,
  exact: 7,
  grant: 8,
  identityLimit: 6,
  tags: 9,
  extendStatement: 10,
  grantOperation: 10,
  enableIam: 12,
  scpAllow: 14,
  excludeCaller: 15,
  narrowAction: 16,
  guardrailDeny: 20,
  otherCaller: 18,
} as const;

/** The Principal element naming exactly the caller, as the request names it (S28). */
export const principalElement = (c: Caller): JsonObject =>
  c.kind === 'service' ? { Service: c.arn } : { AWS: c.arn };

/**
 * The request's encryption context as `kms:EncryptionContext:<k>` StringEquals conditions (S4),
 * when the check's operation takes one and the request sends a non-empty one.
 */
export function contextCondition(a: Analysis, c: FailedCheck): JsonObject | null {
  const ec = a.request.encryptionContext;
  const op = c.op;
  if (!ec || Object.keys(ec).length === 0 || !op?.takesEncryptionContext) return null;
  if (op.name === 'CreateGrant' || op.name.startsWith('ReEncrypt')) return null;
  const pairs: JsonObject = {};
  for (const [k, v] of Object.entries(ec)) pairs[`kms:EncryptionContext:${k}`] = v;
  return { StringEquals: pairs };
}

/** `kms:Decrypt` on alias/app with the context as a condition → a clause tail. */
export function contextWords(cond: JsonObject | null): string {
  if (!cond) return '';
  const pairs = Object.entries(cond['StringEquals'] as JsonObject).map(
    ([k, v]) => `${k.slice('kms:EncryptionContext:'.length)}=${String(v)}`,
  );
  return ` when the encryption context has ${pairs.join(', ')}`;
}
