/**
 * Derived request context (kms-semantics 1.2 step 2, tables 2.5-2.7, section 2.6; A13): S4 KMS
 * condition keys, S39 global condition keys, S31 multivalued keys, S33 variables.
 */
import { describe, expect, it } from 'vitest';
import type { Request } from '../../scenario/types';
import {
  ACCOUNT,
  ALICE,
  OTHER_ACCOUNT,
  ROLE,
  SESSION,
  doc,
  key,
  principal,
  request,
  run,
} from '../testing/build';

const ALIAS_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app`;
/** Key policy: Principal "*" may do `action` only under `Condition`. */
const under = (Condition: Record<string, unknown>, req: Partial<Request> = {}, action = 'kms:*') =>
  run({
    keys: [
      key({
        aliases: ['alias/app'],
        policy: doc({
          Sid: 'Cond',
          Effect: 'Allow',
          Principal: '*',
          Action: action,
          Resource: '*',
          Condition,
        }),
      }),
    ],
    principals: [principal(ROLE)],
    requests: [request(req)],
  });
type Entry = { name: string; value: unknown; derived: boolean };
const contextOf = (r: ReturnType<typeof run>) =>
  r.trace.find((s) => s.kind === 'context' && s.rule === 'requestContext')?.detail?.keys as Entry[];
const entry = (r: ReturnType<typeof run>, name: string) =>
  contextOf(r).find((e) => e.name === name);

describe('caller keys (S4, S39)', () => {
  it('kms:CallerAccount is the caller account, derived (S4 kms:CallerAccount)', () => {
    const c = { StringEquals: { 'kms:CallerAccount': ACCOUNT } };
    const r = under(c);
    expect(r.outcome).toBe('Allowed');
    expect(entry(r, 'kms:CallerAccount')).toEqual({
      name: 'kms:CallerAccount',
      value: ACCOUNT,
      derived: true,
    });
  });

  it('aws:PrincipalArn is the role ARN for a role session (S39)', () => {
    const r = under({ ArnEquals: { 'aws:PrincipalArn': ROLE } }, { principal: SESSION });
    expect(r.outcome).toBe('Allowed');
    expect(entry(r, 'aws:PrincipalArn')?.value).toBe(ROLE);
  });

  it('aws:username exists for IAM users and is absent for role sessions, so ${aws:username} never matches there (S39, A13)', () => {
    const c = { StringEquals: { 'kms:EncryptionContext:user': '${aws:username}' } };
    expect(under(c, { encryptionContext: { user: 'Alice' } }).outcome).toBe('Allowed');
    const s = under(c, { principal: SESSION, encryptionContext: { user: 's1' } });
    expect(s.decision).toBe('ImplicitDeny');
    expect(entry(s, 'aws:username')).toBeUndefined();
    expect(entry(under(c), 'aws:username')?.value).toBe('Alice');
  });

  it('a supplied value overrides the derived one and is marked derived: false (scenario-format; kms-semantics step 2)', () => {
    const r = under(
      { StringEquals: { 'kms:CallerAccount': ACCOUNT } },
      { context: { 'kms:CallerAccount': OTHER_ACCOUNT } },
    );
    expect(r.decision).toBe('ImplicitDeny');
    expect(entry(r, 'kms:CallerAccount')).toEqual({
      name: 'kms:CallerAccount',
      value: OTHER_ACCOUNT,
      derived: false,
    });
  });

  it('deriveContext: false removes derived keys, so positive conditions on them fail (scenario-format)', () => {
    const r = under({ StringEquals: { 'kms:CallerAccount': ACCOUNT } }, { deriveContext: false });
    expect(r.decision).toBe('ImplicitDeny');
    expect(contextOf(r)).toEqual([]);
    const supplied = under(
      { StringEquals: { 'kms:CallerAccount': ACCOUNT } },
      { deriveContext: false, context: { 'kms:CallerAccount': ACCOUNT } },
    );
    expect(supplied.outcome).toBe('Allowed');
  });
});

describe('encryption-context keys and the empty-context trap (S4, S31)', () => {
  const anyDept = { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': ['dept'] } };
  const allDept = { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['dept'] } };

  it('kms:EncryptionContextKeys is absent without an encryption context: ForAnyValue fails (S4, S31)', () => {
    expect(under(anyDept).decision).toBe('ImplicitDeny');
    expect(under(anyDept, { encryptionContext: { dept: 'it' } }).outcome).toBe('Allowed');
  });

  it('...and ForAllValues passes vacuously — the empty-context trap (S31, S4)', () => {
    expect(under(allDept).outcome).toBe('Allowed');
    expect(under(allDept, { encryptionContext: { other: 'x' } }).decision).toBe('ImplicitDeny');
  });

  it('Null false on kms:EncryptionContextKeys requires some encryption context (S4)', () => {
    const c = { Null: { 'kms:EncryptionContextKeys': 'false' } };
    expect(under(c).decision).toBe('ImplicitDeny');
    expect(under(c, { encryptionContext: { a: 'b' } }).outcome).toBe('Allowed');
  });

  it('kms:EncryptionContext:<k> key names are case-insensitive, values follow the operator (S4, S30)', () => {
    const c = { StringEquals: { 'kms:encryptioncontext:APPNAME': 'Payroll' } };
    expect(under(c, { encryptionContext: { AppName: 'Payroll' } }).outcome).toBe('Allowed');
    expect(under(c, { encryptionContext: { AppName: 'payroll' } }).decision).toBe('ImplicitDeny');
  });
});

describe('alias, service and parameter keys (S4)', () => {
  const byAlias = { StringEquals: { 'kms:RequestAlias': 'alias/app' } };

  it('kms:RequestAlias is present only when the key was named by alias name or alias ARN; its value is the alias name (S4, S23)', () => {
    expect(under(byAlias, { key: 'alias/app' }).outcome).toBe('Allowed');
    expect(under(byAlias, { key: ALIAS_ARN }).outcome).toBe('Allowed');
    expect(under(byAlias).decision).toBe('ImplicitDeny');
  });

  it('kms:ResourceAliases holds the key aliases however the key was named (S4)', () => {
    const c = { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/app' } };
    expect(under(c).outcome).toBe('Allowed');
  });

  it('kms:ViaService is present only when supplied (an AWS service calling on the caller behalf) (S4, kms-semantics 1.8)', () => {
    const c = { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } };
    const direct = under(c);
    expect(direct.decision).toBe('ImplicitDeny');
    expect(entry(direct, 'kms:ViaService')).toBeUndefined();
    const via = under(c, { context: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } });
    expect(via.outcome).toBe('Allowed');
    expect(entry(via, 'kms:ViaService')).toEqual({
      name: 'kms:ViaService',
      value: 's3.us-east-1.amazonaws.com',
      derived: false,
    });
  });

  it('kms:ScheduleKeyDeletionPendingWindowInDays defaults to 30 when the parameter is omitted (S4, S41, P6)', () => {
    const c = { NumericGreaterThanEquals: { 'kms:ScheduleKeyDeletionPendingWindowInDays': 30 } };
    const req = (parameters = {}) => ({ action: 'kms:ScheduleKeyDeletion', parameters });
    expect(under(c, req()).outcome).toBe('Allowed');
    expect(under(c, req({ PendingWindowInDays: 7 })).decision).toBe('ImplicitDeny');
  });

  it('CreateKey condition keys take the parameter defaults: kms:KeySpec SYMMETRIC_DEFAULT when KeySpec is omitted (S4)', () => {
    const iam = principal(ALICE, {
      policies: [
        {
          name: 'p',
          document: doc({
            Effect: 'Allow',
            Action: 'kms:CreateKey',
            Resource: '*',
            Condition: { StringEquals: { 'kms:KeySpec': 'SYMMETRIC_DEFAULT' } },
          }),
        },
      ],
    });
    const mk = (parameters = {}) =>
      run({
        principals: [iam],
        requests: [request({ action: 'kms:CreateKey', key: undefined, parameters })],
      });
    expect(mk().outcome).toBe('Allowed');
    expect(mk({ KeySpec: 'RSA_4096' }).decision).toBe('ImplicitDeny');
  });

  it('kms:EncryptionAlgorithm is SYMMETRIC_DEFAULT for data-key operations even when not in the request (S4)', () => {
    const c = { StringEquals: { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' } };
    expect(under(c, { action: 'kms:GenerateDataKey' }).outcome).toBe('Allowed');
  });

  it('aws:SecureTransport defaults to true and aws:ViaAWSService to false (scenario-format defaults, S39)', () => {
    const r = under({ Bool: { 'aws:SecureTransport': 'true', 'aws:ViaAWSService': 'false' } });
    expect(r.outcome).toBe('Allowed');
    expect(entry(r, 'aws:SecureTransport')?.derived).toBe(true);
    expect(ALICE).toBe(contextOf(r).find((e) => e.name === 'aws:PrincipalArn')?.value);
  });
});
