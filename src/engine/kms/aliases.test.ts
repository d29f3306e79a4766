/**
 * Alias rules after authorization: the reserved alias/aws/ prefix (S47 alias-create, S48 the alias
 * API pages; P12), UpdateAlias between keys of the same type and key usage (S48 API_UpdateAlias;
 * P13), and a target key pending deletion (S21 key-state table).
 */
import { describe, expect, it } from 'vitest';
import type { Key, Request } from '../../scenario/types';
import { ALICE, KEY2_ARN, KEY_ARN, doc, key, request, run } from '../testing/build';

const aliceAll = doc({
  Sid: 'Alice',
  Effect: 'Allow',
  Principal: { AWS: ALICE },
  Action: 'kms:*',
  Resource: '*',
});
const iamAll = {
  arn: ALICE,
  policies: [{ name: 'all', document: doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }) }],
  groups: [],
  tags: {},
};
const call = (req: Partial<Request>, second: Partial<Key> = {}, first: Partial<Key> = {}) =>
  run({
    keys: [
      key({ policy: aliceAll, aliases: ['alias/app'], ...first }),
      key({ arn: KEY2_ARN, policy: aliceAll, ...second }),
    ],
    principals: [iamAll],
    requests: [request(req)],
  });
const update = (second: Partial<Key> = {}, first: Partial<Key> = {}) =>
  call(
    {
      action: 'kms:UpdateAlias',
      key: 'alias/app',
      parameters: { AliasName: 'alias/app', TargetKeyId: KEY2_ARN },
    },
    second,
    first,
  );

describe('the alias/aws/ prefix is reserved for AWS managed keys (S47, S48, P12)', () => {
  it('CreateAlias alias/aws/… fails for a caller allowed kms:* everywhere (S47 alias-create "The alias/aws/ prefix is reserved", P12)', () => {
    const r = call({
      action: 'kms:CreateAlias',
      key: KEY_ARN,
      parameters: { AliasName: 'alias/aws/mine', TargetKeyId: KEY_ARN },
    });
    expect(r.decision).toBe('Allow');
    expect(r.outcome).toBe('NotAuthorizedException');
    expect(r.message).toContain('alias/aws/mine');
    const step = r.trace.find((s) => s.rule === 'aliasRules');
    expect(step?.outcome).toBe('fail');
  });

  it('UpdateAlias and DeleteAlias on an alias/aws/… name fail too (S47, S48, P12)', () => {
    const reserved = { aliases: ['alias/aws/s3'] };
    const upd = call(
      {
        action: 'kms:UpdateAlias',
        key: 'alias/aws/s3',
        parameters: { AliasName: 'alias/aws/s3', TargetKeyId: KEY2_ARN },
      },
      {},
      reserved,
    );
    expect(upd.outcome).toBe('NotAuthorizedException');
    const del = call(
      { action: 'kms:DeleteAlias', key: 'alias/aws/s3', parameters: { AliasName: 'alias/aws/s3' } },
      {},
      reserved,
    );
    expect(del.outcome).toBe('NotAuthorizedException');
  });

  it('an unauthorized caller still learns only AccessDenied (A1)', () => {
    const r = run({
      keys: [key()],
      requests: [
        request({
          action: 'kms:CreateAlias',
          parameters: { AliasName: 'alias/aws/mine', TargetKeyId: KEY_ARN },
        }),
      ],
    });
    expect(r.outcome).toBe('AccessDeniedException');
  });

  it('a name that merely contains aws is an ordinary alias (S47)', () => {
    const r = call({
      action: 'kms:CreateAlias',
      key: KEY_ARN,
      parameters: { AliasName: 'alias/awsome', TargetKeyId: KEY_ARN },
    });
    expect(r.outcome).toBe('Allowed');
  });
});

describe('UpdateAlias (S48 API_UpdateAlias, S21)', () => {
  it('between two symmetric encryption keys: Allowed (S48)', () => {
    expect(update().outcome).toBe('Allowed');
  });

  it('to a key of another type or key usage: ValidationException (S48 "must be the same type … and the same key usage", P13)', () => {
    const rsa = update({ keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT' });
    expect(rsa.outcome).toBe('ValidationException');
    expect(rsa.message).toContain('same type and key usage');
    expect(update({ keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' }).outcome).toBe(
      'ValidationException',
    );
    // Both asymmetric, different usage.
    expect(
      update(
        { keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY' },
        { keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT' },
      ).outcome,
    ).toBe('ValidationException');
    // Both asymmetric signing keys of different specs: same type and usage.
    expect(
      update(
        { keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' },
        { keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY' },
      ).outcome,
    ).toBe('Allowed');
  });

  it('to a key pending deletion: KMSInvalidStateException; from one: Allowed (S21 key-state table)', () => {
    const to = update({ state: 'PendingDeletion' });
    expect(to.outcome).toBe('KMSInvalidStateException');
    expect(to.message).toBe(`${KEY2_ARN} is pending deletion.`);
    expect(update({}, { state: 'PendingDeletion' }).outcome).toBe('Allowed');
  });

  it('CreateAlias for a key pending deletion: KMSInvalidStateException (S21)', () => {
    const r = call(
      { action: 'kms:CreateAlias', key: KEY2_ARN, parameters: { AliasName: 'alias/new' } },
      { state: 'PendingDeletion' },
    );
    expect(r.outcome).toBe('KMSInvalidStateException');
  });
});
