/**
 * Small builders for engine tests: a decoded Scenario with defaults filled, so a test states only
 * what its rule needs.
 */
import type { Grant, Json, Key, Principal, Request, Scenario } from '../../scenario/types';
import { compileScenario } from '../kms/compileScenario';
import { evaluateRequest } from '../evaluate';
import type { EvaluationResult } from '../types';

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
export const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
export const KEY2_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`;
export const ALICE = `arn:aws:iam::${ACCOUNT}:user/Alice`;
export const BOB = `arn:aws:iam::${ACCOUNT}:user/Bob`;
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/App`;
export const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/App/s1`;
export const ROOT = `arn:aws:iam::${ACCOUNT}:root`;

/** A policy document from statements. */
export const doc = (...Statement: Record<string, unknown>[]): Json =>
  ({ Version: '2012-10-17', Statement }) as unknown as Json;

/** The default key policy's account statement (S3). */
export const enableIam = (account = ACCOUNT) => ({
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${account}:root` },
  Action: 'kms:*',
  Resource: '*',
});

export const key = (over: Partial<Key> = {}): Key => ({
  arn: KEY_ARN,
  aliases: [],
  state: 'Enabled',
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  origin: 'AWS_KMS',
  multiRegion: false,
  keyManager: 'CUSTOMER',
  tags: {},
  policy: doc(enableIam()),
  ...over,
});

export const principal = (arn: string, over: Partial<Principal> = {}): Principal => ({
  arn,
  policies: [],
  groups: [],
  tags: {},
  ...over,
});

/** A principal with one identity policy made of these statements. */
export const withPolicy = (arn: string, ...statements: Record<string, unknown>[]): Principal =>
  principal(arn, { policies: [{ name: 'p', document: doc(...statements) }] });

export const grant = (over: Partial<Grant> = {}): Grant => ({
  grantId: 'g1',
  key: KEY_ARN,
  granteePrincipal: BOB,
  operations: ['Decrypt'],
  propagated: true,
  ...over,
});

export const request = (over: Partial<Request> = {}): Request => ({
  principal: ALICE,
  action: 'kms:Decrypt',
  key: KEY_ARN,
  grantTokens: [],
  context: {},
  deriveContext: true,
  parameters: {},
  ...over,
});

export const scenario = (over: Partial<Scenario> = {}): Scenario => ({
  format: 'kms-playground/scenario',
  version: 1,
  accounts: [],
  principals: [],
  groups: [],
  keys: [key()],
  grants: [],
  vpcEndpoints: [],
  requests: [request()],
  ...over,
});

/** Evaluates the first request of a scenario. */
export function run(over: Partial<Scenario>): EvaluationResult {
  const r = evaluateRequest(compileScenario(scenario(over)), 0);
  return r;
}
