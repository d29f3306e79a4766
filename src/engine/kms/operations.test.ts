/**
 * Keyless and alias operations (kms-semantics 1.2 step 1, 1.6.5, table 2.8): S6 iam-policies,
 * S15 permissions reference / cmks-in-iam-policies, S23 alias-access, S20 messages.
 */
import { describe, expect, it } from 'vitest';
import type { Request } from '../../scenario/types';
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
  withPolicy,
} from '../testing/build';

const ALIAS_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app`;
const iam = (Action: string | string[], Resource: string | string[], Sid = 'Iam') => ({
  Sid,
  Effect: 'Allow',
  Action,
  Resource,
});
const keyless = (action: string, ...st: Record<string, unknown>[]) =>
  run({
    principals: [st.length ? withPolicy(ALICE, ...st) : principal(ALICE)],
    requests: [request({ action, key: undefined })],
  });

describe('keyless operations are IAM-only with Resource "*" (S6, S15)', () => {
  for (const action of ['kms:CreateKey', 'kms:ListKeys', 'kms:GenerateRandom', 'kms:ListAliases']) {
    it(`${action} is allowed by an IAM policy with Resource "*" alone; the key policy plays no part (S6, S15)`, () => {
      const r = keyless(action, iam(action, '*'));
      expect(r.outcome).toBe('Allowed');
      expect(r.deciding).toEqual([
        { document: `identity:${ALICE}#p`, statement: 'Iam', path: ['Statement', 0] },
      ]);
      expect(r.trace.some((s) => s.rule === 'keyPolicy')).toBe(false);
      expect(r.trace.find((s) => s.id === 'check0')?.detail).toEqual({ action, resource: '*' });
    });
  }

  it('without an IAM allow the message names the identity-based policy and has no resource part (S20)', () => {
    const r = keyless('kms:ListKeys');
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(
      `User: ${ALICE} is not authorized to perform: kms:ListKeys because no identity-based policy allows the kms:ListKeys action`,
    );
  });

  it('a key ARN pattern in Resource does not authorize a keyless operation (S15: Resource must be "*")', () => {
    expect(
      keyless('kms:CreateKey', iam('kms:CreateKey', `arn:aws:kms:*:${ACCOUNT}:key/*`)).decision,
    ).toBe('ImplicitDeny');
  });

  it('a key policy naming the caller does not authorize a keyless operation (S6)', () => {
    const r = run({
      keys: [
        key({
          policy: doc({
            Effect: 'Allow',
            Principal: { AWS: ALICE },
            Action: 'kms:*',
            Resource: '*',
          }),
        }),
      ],
      requests: [request({ action: 'kms:ListKeys', key: undefined })],
    });
    expect(r.decision).toBe('ImplicitDeny');
  });
});

describe('alias operations need the alias (IAM) and the key (S23)', () => {
  const alias = (
    st: Record<string, unknown>[],
    over: Partial<Request> = {},
    keyPolicy?: ReturnType<typeof doc>,
  ) =>
    run({
      keys: [
        key(keyPolicy ? { policy: keyPolicy } : {}),
        key({ arn: KEY2_ARN, aliases: ['alias/app'] }),
      ],
      principals: [withPolicy(ALICE, ...st)],
      requests: [
        request({ action: 'kms:CreateAlias', parameters: { AliasName: 'alias/app2' }, ...over }),
      ],
    });
  const ALIAS2_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app2`;

  it('CreateAlias with IAM permission on the alias ARN and on the key: Allowed (S23)', () => {
    const r = alias([
      iam('kms:CreateAlias', ALIAS2_ARN, 'OnAlias'),
      iam('kms:CreateAlias', KEY_ARN, 'OnKey'),
    ]);
    expect(r.outcome).toBe('Allowed');
    expect(
      r.trace.filter((s) => s.rule === 'authorizationCheck').map((s) => s.detail?.resource),
    ).toEqual([ALIAS2_ARN, KEY_ARN]);
  });

  it('CreateAlias without permission on the alias is denied on the alias ARN (S23)', () => {
    const r = alias([iam('kms:CreateAlias', KEY_ARN)]);
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(
      `User: ${ALICE} is not authorized to perform: kms:CreateAlias on resource: ${ALIAS2_ARN} because no identity-based policy allows the kms:CreateAlias action`,
    );
  });

  it('CreateAlias without permission on the key is denied on the key (S23)', () => {
    const r = alias([iam('kms:CreateAlias', ALIAS2_ARN)]);
    expect(r.message).toContain(`on resource: ${KEY_ARN} because no identity-based policy allows`);
  });

  it('the alias permission comes from IAM only: a key policy naming the caller covers the key, not the alias (S23)', () => {
    const kp = doc({
      Sid: 'Alice',
      Effect: 'Allow',
      Principal: { AWS: ALICE },
      Action: 'kms:CreateAlias',
      Resource: '*',
    });
    expect(alias([iam('kms:Decrypt', KEY_ARN)], {}, kp).decision).toBe('ImplicitDeny');
    expect(alias([iam('kms:CreateAlias', ALIAS2_ARN)], {}, kp).outcome).toBe('Allowed');
  });

  it('UpdateAlias needs the alias, the current key and the new key (S23)', () => {
    const req = {
      action: 'kms:UpdateAlias',
      key: 'alias/app',
      parameters: { AliasName: 'alias/app', TargetKeyId: KEY_ARN },
    };
    const all = alias([iam('kms:UpdateAlias', [ALIAS_ARN, KEY_ARN, KEY2_ARN])], req);
    expect(all.outcome).toBe('Allowed');
    expect(
      all.trace.filter((s) => s.rule === 'authorizationCheck').map((s) => s.detail?.resource),
    ).toEqual([ALIAS_ARN, KEY2_ARN, KEY_ARN]);
    expect(alias([iam('kms:UpdateAlias', [ALIAS_ARN, KEY2_ARN])], req).message).toContain(
      `on resource: ${KEY_ARN}`,
    );
  });
});
