/**
 * Diagnostics of evaluateScenario, each with its document id and exact JSON path: S26 Action,
 * S29 NotPrincipal, S28 Principal, S2 key-policy-overview, S35 lockout, S4 condition keys, S7/S34
 * grant operations.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/types';
import { evaluateScenario } from '../evaluate';
import {
  ALICE,
  BOB,
  KEY_ARN,
  doc,
  enableIam,
  grant,
  key,
  request,
  scenario,
  withPolicy,
} from '../testing/build';

const KEY_DOC = 'key:1234abcd-12ab-34cd-56ef-1234567890ab';
const diags = (over: Partial<Scenario>) => evaluateScenario(scenario(over)).diagnostics;
const codeAt = (over: Partial<Scenario>, code: string) =>
  diags(over).filter((d) => d.code === code);
const withKeyPolicy = (...st: Record<string, unknown>[]) => ({
  keys: [key({ policy: doc(enableIam(), ...st) })],
});

describe('diagnostics with exact paths', () => {
  it('the default scenario (S3 default key policy) has no warnings or errors', () => {
    expect(diags({}).filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('UnknownAction: a kms: action that matches no KMS action, at the Action entry (S26)', () => {
    const one = codeAt(
      withKeyPolicy({
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 'kms:Decrypted',
        Resource: '*',
      }),
      'UnknownAction',
    );
    expect(one).toEqual([
      expect.objectContaining({
        document: KEY_DOC,
        path: ['Statement', 1, 'Action'],
        severity: 'warning',
      }),
    ]);
    const list = codeAt(
      withKeyPolicy({
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: ['kms:Decrypt', 'kms:Encrpyt'],
        Resource: '*',
      }),
      'UnknownAction',
    );
    expect(list.map((d) => d.path)).toEqual([['Statement', 1, 'Action', 1]]);
  });

  it('UnknownAction: a request whose action is not a KMS operation, at request path ["action"] (S15, S42)', () => {
    const d = codeAt({ requests: [request({ action: 'kms:Frobnicate' })] }, 'UnknownAction');
    expect(d).toEqual([
      expect.objectContaining({ document: 'request:0', path: ['action'], severity: 'error' }),
    ]);
  });

  it('NotPrincipalWithAllow: Allow with NotPrincipal is flagged at NotPrincipal as unsupported by AWS (S29, P11)', () => {
    const d = codeAt(
      withKeyPolicy({
        Effect: 'Allow',
        NotPrincipal: { AWS: BOB },
        Action: 'kms:*',
        Resource: '*',
      }),
      'NotPrincipalWithAllow',
    );
    expect(d).toEqual([
      expect.objectContaining({ document: KEY_DOC, path: ['Statement', 1, 'NotPrincipal'] }),
    ]);
    expect(d[0]?.message).toContain('AWS does not support NotPrincipal with Allow');
  });

  it('PrincipalInIdentityPolicy: Principal in an identity policy, at Principal (S28, P3)', () => {
    const d = codeAt(
      {
        principals: [
          withPolicy(ALICE, { Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }),
        ],
      },
      'PrincipalInIdentityPolicy',
    );
    expect(d).toEqual([
      expect.objectContaining({
        document: `identity:${ALICE}#p`,
        path: ['Statement', 0, 'Principal'],
        severity: 'error',
      }),
    ]);
  });

  it('MissingPrincipal: a key-policy statement without Principal, at the statement (S2)', () => {
    const d = codeAt(
      withKeyPolicy({ Sid: 'NoOne', Effect: 'Allow', Action: 'kms:*', Resource: '*' }),
      'MissingPrincipal',
    );
    expect(d).toEqual([expect.objectContaining({ document: KEY_DOC, path: ['Statement', 1] })]);
  });

  it('KeyPolicyLockout: no statement allows kms:PutKeyPolicy, at ["Statement"] (S1, S35)', () => {
    const kp = doc({
      Effect: 'Allow',
      Principal: { AWS: ALICE },
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
    });
    expect(codeAt({ keys: [key({ policy: kp })] }, 'KeyPolicyLockout')).toEqual([
      expect.objectContaining({ document: KEY_DOC, path: ['Statement'], severity: 'warning' }),
    ]);
    expect(codeAt({}, 'KeyPolicyLockout')).toEqual([]);
  });

  it('KeyPolicyLockout also covers the new policy of a PutKeyPolicy request (S35)', () => {
    const kp = doc({
      Effect: 'Allow',
      Principal: { AWS: ALICE },
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    const d = codeAt(
      { requests: [request({ action: 'kms:PutKeyPolicy', parameters: { Policy: kp } })] },
      'KeyPolicyLockout',
    );
    expect(d).toEqual([expect.objectContaining({ document: 'newPolicy:0', path: ['Statement'] })]);
  });

  it('PublicAllow: Principal "*" without a condition, at Principal; a kms:CallerAccount condition silences it (S28)', () => {
    const open = { Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' };
    expect(codeAt(withKeyPolicy(open), 'PublicAllow')).toEqual([
      expect.objectContaining({ document: KEY_DOC, path: ['Statement', 1, 'Principal'] }),
    ]);
    const scoped = {
      ...open,
      Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } },
    };
    expect(codeAt(withKeyPolicy(scoped), 'PublicAllow')).toEqual([]);
  });

  it('PublicAllow: conditions that do not narrow the caller (kms:ViaService alone, a negated or IfExists account check) still warn (S28, S2)', () => {
    const open = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' };
    const viaOnly = {
      ...open,
      Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
    };
    const [d] = codeAt(withKeyPolicy(viaOnly), 'PublicAllow');
    expect(d?.message).toMatch(/conditions on kms:ViaService only/);
    const notMine = {
      ...open,
      Condition: { StringNotEquals: { 'kms:CallerAccount': '444455556666' } },
    };
    expect(codeAt(withKeyPolicy(notMine), 'PublicAllow')).toHaveLength(1);
    const ifExists = {
      ...open,
      Condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' } },
    };
    expect(codeAt(withKeyPolicy(ifExists), 'PublicAllow')).toHaveLength(1);
    const org = { ...open, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } };
    expect(codeAt(withKeyPolicy(org), 'PublicAllow')).toEqual([]);
  });

  it('ForAllValuesAllowsEmpty: an Allow with ForAllValues on kms:EncryptionContextKeys and no Null check, at the key (S31, S4)', () => {
    const trap = {
      Effect: 'Allow',
      Principal: { AWS: ALICE },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['dept'] } },
    };
    expect(codeAt(withKeyPolicy(trap), 'ForAllValuesAllowsEmpty')).toEqual([
      expect.objectContaining({
        document: KEY_DOC,
        path: [
          'Statement',
          1,
          'Condition',
          'ForAllValues:StringEquals',
          'kms:EncryptionContextKeys',
        ],
      }),
    ]);
    const closed = {
      ...trap,
      Condition: { ...trap.Condition, Null: { 'kms:EncryptionContextKeys': 'false' } },
    };
    expect(codeAt(withKeyPolicy(closed), 'ForAllValuesAllowsEmpty')).toEqual([]);
    const deny = { ...trap, Effect: 'Deny' };
    expect(codeAt(withKeyPolicy(deny), 'ForAllValuesAllowsEmpty')).toEqual([]);
    const inIam = codeAt(
      { principals: [withPolicy(ALICE, { ...trap, Principal: undefined })] },
      'ForAllValuesAllowsEmpty',
    );
    expect(inIam).toHaveLength(1);
  });

  it('ConditionKeyNeverApplies: kms:EncryptionContext:x on kms:CreateKey, at the condition key (S4)', () => {
    const st = {
      Effect: 'Allow',
      Action: 'kms:CreateKey',
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:x': 'y' } },
    };
    const d = codeAt({ principals: [withPolicy(ALICE, st)] }, 'ConditionKeyNeverApplies');
    expect(d).toEqual([
      expect.objectContaining({
        document: `identity:${ALICE}#p`,
        path: ['Statement', 0, 'Condition', 'StringEquals', 'kms:EncryptionContext:x'],
      }),
    ]);
  });

  it('ConditionKeyNeverApplies: kms:GrantOperations on kms:Decrypt; not flagged on kms:CreateGrant (S4)', () => {
    const st = (Action: string) => ({
      Effect: 'Allow',
      Action,
      Resource: KEY_ARN,
      Condition: { 'ForAnyValue:StringEquals': { 'kms:GrantOperations': 'Decrypt' } },
    });
    const d = codeAt(
      { principals: [withPolicy(ALICE, st('kms:Decrypt'))] },
      'ConditionKeyNeverApplies',
    );
    expect(d.map((x) => x.path)).toEqual([
      ['Statement', 0, 'Condition', 'ForAnyValue:StringEquals', 'kms:GrantOperations'],
    ]);
    expect(
      codeAt(
        { principals: [withPolicy(ALICE, st('kms:CreateGrant'))] },
        'ConditionKeyNeverApplies',
      ),
    ).toEqual([]);
  });

  it('GrantOperationUnsupported: Sign in a grant on a symmetric encryption key, at the operation (S7, S34)', () => {
    const d = codeAt(
      { grants: [grant({ operations: ['Decrypt', 'Sign'] })] },
      'GrantOperationUnsupported',
    );
    expect(d).toEqual([expect.objectContaining({ document: 'grant:g1', path: ['operations', 1] })]);
  });

  it('NotAGrantOperation: an operation outside the grant-operation list, at the operation (S34)', () => {
    const d = codeAt({ grants: [grant({ operations: ['RevokeGrant'] })] }, 'NotAGrantOperation');
    expect(d).toEqual([expect.objectContaining({ document: 'grant:g1', path: ['operations', 0] })]);
  });
});
