/**
 * Statement matching (kms-semantics 1.3, 1.3.1, 1.4 variables): S25 Effect, S26 Action/NotAction,
 * S27 Resource/NotResource, S15 cmks-in-iam-policies, S2 key-policy-overview, S33 variables.
 */
import { describe, expect, it } from 'vitest';
import type { Json } from '../../scenario/types';
import { evaluateScenario } from '../evaluate';
import {
  ACCOUNT,
  ALICE,
  KEY2_ARN,
  KEY_ARN,
  doc,
  key,
  principal,
  request,
  run,
  scenario,
  withPolicy,
} from '../testing/build';

const KEY_DOC = 'key:1234abcd-12ab-34cd-56ef-1234567890ab';
const ALIAS_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app`;
const alice = (over: Record<string, unknown>) => ({
  Sid: 'Alice',
  Effect: 'Allow',
  Principal: { AWS: ALICE },
  Resource: '*',
  ...over,
});
/** Alice calls `action` on a key whose policy holds these statements. */
const call = (action: string, ...statements: Record<string, unknown>[]) =>
  run({ keys: [key({ policy: doc(...statements) })], requests: [request({ action })] });
/** Alice calls Decrypt through the default key policy with this identity statement. */
const viaIam = (stmt: Record<string, unknown>, over: Parameters<typeof request>[0] = {}) =>
  run({
    keys: [key({ aliases: ['alias/app'] })],
    principals: [
      withPolicy(ALICE, { Sid: 'Iam', Effect: 'Allow', Action: 'kms:Decrypt', ...stmt }),
    ],
    requests: [request(over)],
  });

describe('Action and NotAction', () => {
  it('action names are case-insensitive in prefix and name (S26 Action)', () => {
    expect(call('kms:Decrypt', alice({ Action: 'KMS:decrypt' })).outcome).toBe('Allowed');
    expect(call('kms:Decrypt', alice({ Action: 'kms:DECRYPT' })).outcome).toBe('Allowed');
  });

  it('kms:ReEncrypt* covers both ReEncryptFrom and ReEncryptTo but not Decrypt (S26, S24 ReEncrypt)', () => {
    const st = alice({ Action: 'kms:ReEncrypt*' });
    const r = run({
      keys: [key({ policy: doc(st) }), key({ arn: KEY2_ARN, policy: doc(st) })],
      requests: [request({ action: 'kms:ReEncrypt', parameters: { DestinationKeyId: KEY2_ARN } })],
    });
    expect(r.outcome).toBe('Allowed');
    expect(call('kms:Decrypt', st).decision).toBe('ImplicitDeny');
  });

  it('wildcards * and ? match runs and single characters of the action name (S26)', () => {
    expect(
      call('kms:GenerateDataKeyWithoutPlaintext', alice({ Action: 'kms:Generate*' })).outcome,
    ).toBe('Allowed');
    expect(call('kms:Decrypt', alice({ Action: 'kms:D?crypt' })).outcome).toBe('Allowed');
    expect(call('kms:Encrypt', alice({ Action: 'kms:D?crypt' })).decision).toBe('ImplicitDeny');
  });

  it('Allow with NotAction allows every action except the listed ones (S26 NotAction)', () => {
    const st = alice({ NotAction: 'kms:ScheduleKeyDeletion' });
    expect(call('kms:Decrypt', st).outcome).toBe('Allowed');
    const r = call('kms:ScheduleKeyDeletion', st);
    expect(r.decision).toBe('ImplicitDeny');
    const el = r.trace.find((s) => s.kind === 'element' && s.rule === 'NotAction');
    expect(el?.source).toEqual({ document: KEY_DOC, path: ['Statement', 0, 'NotAction'] });
  });

  it('Deny with NotAction denies everything not listed (S26 NotAction, S10)', () => {
    const deny = {
      Sid: 'OnlyDecrypt',
      Effect: 'Deny',
      Principal: '*',
      NotAction: ['kms:Decrypt'],
      Resource: '*',
    };
    expect(call('kms:Decrypt', alice({ Action: 'kms:*' }), deny).outcome).toBe('Allowed');
    const r = call('kms:Encrypt', alice({ Action: 'kms:*' }), deny);
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.deciding).toEqual([
      { document: KEY_DOC, statement: 'OnlyDecrypt', path: ['Statement', 1] },
    ]);
  });

  it('Effect is case-sensitive: "allow" is not an Allow and the statement is ignored (S25 Effect)', () => {
    const s = scenario({
      keys: [key({ policy: doc(alice({ Effect: 'allow', Action: 'kms:*' })) })],
    });
    const { results, diagnostics } = evaluateScenario(s);
    expect(results[0]?.decision).toBe('ImplicitDeny');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'InvalidEffect', path: ['Statement', 0, 'Effect'] }),
    );
  });
});

describe('Resource and NotResource', () => {
  it('an IAM policy names a key by its key ARN; a region/key-id wildcard in the ARN matches (S15 cmks-in-iam-policies, S27)', () => {
    expect(viaIam({ Resource: KEY_ARN }).outcome).toBe('Allowed');
    expect(viaIam({ Resource: `arn:aws:kms:*:${ACCOUNT}:key/*` }).outcome).toBe('Allowed');
  });

  it('an alias ARN in an IAM Resource never matches the key, even when the request uses that alias (S15, S23 alias-access)', () => {
    const r = viaIam({ Resource: ALIAS_ARN }, { key: 'alias/app' });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(
      `User: ${ALICE} is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN} because no identity-based policy allows the kms:Decrypt action`,
    );
    expect(viaIam({ Resource: ALIAS_ARN }, { key: ALIAS_ARN }).decision).toBe('ImplicitDeny');
  });

  it('a key id or alias name in an IAM Resource never matches a key (S15 cmks-in-iam-policies)', () => {
    expect(viaIam({ Resource: '1234abcd-12ab-34cd-56ef-1234567890ab' }).decision).toBe(
      'ImplicitDeny',
    );
    expect(viaIam({ Resource: 'alias/app' }, { key: 'alias/app' }).decision).toBe('ImplicitDeny');
  });

  it('NotResource matches every resource except the listed ones (S27 NotResource)', () => {
    expect(viaIam({ NotResource: KEY2_ARN }).outcome).toBe('Allowed');
    expect(viaIam({ NotResource: KEY_ARN }).decision).toBe('ImplicitDeny');
  });

  it('resource ARNs compare case-sensitively (S27; A15)', () => {
    expect(viaIam({ Resource: KEY_ARN.toUpperCase() }).decision).toBe('ImplicitDeny');
  });

  it('a key-policy statement without Resource applies to nothing, with a MissingResource warning (S2 key-policy-overview)', () => {
    const st = {
      Sid: 'NoResource',
      Effect: 'Allow',
      Principal: { AWS: ALICE },
      Action: 'kms:Decrypt',
    };
    const s = scenario({ keys: [key({ policy: doc(st) })] });
    const { results, diagnostics } = evaluateScenario(s);
    expect(results[0]?.decision).toBe('ImplicitDeny');
    const el = results[0]?.trace.find((t) => t.kind === 'element' && t.rule === 'Resource');
    expect(el?.detail).toMatchObject({ missing: true });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        document: KEY_DOC,
        code: 'MissingResource',
        path: ['Statement', 0],
        severity: 'warning',
      }),
    );
  });

  it('an IAM statement without Resource applies to nothing (S2, S38 grammar)', () => {
    expect(viaIam({}).decision).toBe('ImplicitDeny');
  });
});

describe('policy variables and Version', () => {
  const byUser = (version: string): Json =>
    ({
      Version: version,
      Statement: [
        {
          Sid: 'OwnContext',
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: KEY_ARN,
          Condition: { StringEquals: { 'kms:EncryptionContext:user': '${aws:username}' } },
        },
      ],
    }) as Json;
  const decrypt = (version: string, user: string) =>
    run({
      principals: [principal(ALICE, { policies: [{ name: 'p', document: byUser(version) }] })],
      requests: [request({ encryptionContext: { user } })],
    });

  it('with Version 2012-10-17, ${aws:username} is replaced by the caller user name (S33 variables)', () => {
    expect(decrypt('2012-10-17', 'Alice').outcome).toBe('Allowed');
    expect(decrypt('2012-10-17', 'Bob').decision).toBe('ImplicitDeny');
  });

  it('with Version 2008-10-17, ${aws:username} is literal text (S33 variables)', () => {
    expect(decrypt('2008-10-17', 'Alice').decision).toBe('ImplicitDeny');
    expect(decrypt('2008-10-17', '${aws:username}').outcome).toBe('Allowed');
  });

  it('without a Version element, ${aws:username} is literal text too (S33, kms-semantics 2.1)', () => {
    const noVersion = {
      Statement: (byUser('2012-10-17') as { Statement: Json }).Statement,
    } as Json;
    const r = run({
      principals: [principal(ALICE, { policies: [{ name: 'p', document: noVersion }] })],
      requests: [request({ encryptionContext: { user: 'Alice' } })],
    });
    expect(r.decision).toBe('ImplicitDeny');
  });

  it('a Resource variable is substituted only in 2012-10-17 policies (S33 variables)', () => {
    const res = `arn:aws:kms:us-east-1:${ACCOUNT}:key/\${aws:PrincipalTag/keyid}`;
    const mk = (Version: string) =>
      run({
        principals: [
          principal(ALICE, {
            tags: { keyid: '1234abcd-12ab-34cd-56ef-1234567890ab' },
            policies: [
              {
                name: 'p',
                document: {
                  Version,
                  Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: res }],
                } as Json,
              },
            ],
          }),
        ],
      });
    expect(mk('2012-10-17').outcome).toBe('Allowed');
    expect(mk('2008-10-17').decision).toBe('ImplicitDeny');
  });
});
