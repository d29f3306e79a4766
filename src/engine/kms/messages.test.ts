/**
 * AccessDeniedException messages (kms-semantics table 2.11; A9, A10, A11, A27): S20 troubleshoot
 * access-denied, S45 service responses quoted in public issue trackers, S35 lockout message.
 */
import { describe, expect, it } from 'vitest';
import {
  CIPHERTEXT_DENIED,
  LOCKOUT_MESSAGE,
  accessDeniedMessage,
  aliasNotFound,
  denyingPolicyArn,
  invalidKeyId,
  keyIdNotFound,
  keyNotFound,
} from './messages';
import { ALICE, KEY_ARN, request, run } from '../testing/build';

const head = `User: ${ALICE} is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN}`;
const msg = (
  reason: Parameters<typeof accessDeniedMessage>[3],
  kind: Parameters<typeof accessDeniedMessage>[4] = null,
) => accessDeniedMessage(ALICE, 'kms:Decrypt', KEY_ARN, reason, kind);

describe('AccessDeniedException wording (table 2.11)', () => {
  it('no applicable allow, per policy type: "because no <type> allows the <action> action" (S20, S45)', () => {
    expect(msg('noResourcePolicy')).toBe(
      `${head} because no resource-based policy allows the kms:Decrypt action`,
    );
    expect(msg('noIdentityPolicy')).toBe(
      `${head} because no identity-based policy allows the kms:Decrypt action`,
    );
    expect(msg('boundary')).toBe(
      `${head} because no permissions boundary allows the kms:Decrypt action`,
    );
    expect(msg('session')).toBe(`${head} because no session policy allows the kms:Decrypt action`);
    expect(msg('vpce')).toBe(
      `${head} because no VPC endpoint policy allows the kms:Decrypt action`,
    );
  });

  it('explicit deny, per policy type: "with an explicit deny in <type>" — "a sessions policy" sic (S20)', () => {
    expect(msg('explicitDeny', 'key')).toBe(
      `${head} with an explicit deny in a resource-based policy`,
    );
    expect(msg('explicitDeny', 'identity')).toBe(
      `${head} with an explicit deny in an identity-based policy`,
    );
    expect(msg('explicitDeny', 'boundary')).toBe(
      `${head} with an explicit deny in a permissions boundary`,
    );
    expect(msg('explicitDeny', 'session')).toBe(
      `${head} with an explicit deny in a sessions policy`,
    );
    expect(msg('explicitDeny', 'scp')).toBe(
      `${head} with an explicit deny in a service control policy`,
    );
    expect(msg('explicitDeny', 'vpce')).toBe(
      `${head} with an explicit deny in a VPC endpoint policy`,
    );
  });

  it('an RCP deny is worded by analogy: "with an explicit deny in a resource control policy" (A11)', () => {
    expect(msg('explicitDeny', 'rcp')).toBe(
      `${head} with an explicit deny in a resource control policy`,
    );
  });

  it('a missing SCP allow is worded as an explicit deny in a service control policy (S20, A9)', () => {
    expect(msg('scp')).toBe(`${head} with an explicit deny in a service control policy`);
  });

  it('a non-cross-account operation from another account uses the generic 2025 wording without the ARN (S45, A19)', () => {
    expect(msg('crossAccount')).toBe(
      `User: ${ALICE} is not authorized to perform: kms:Decrypt on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access`,
    );
  });

  it('keyless operations (Resource "*") omit the "on resource" part (S20)', () => {
    expect(accessDeniedMessage(ALICE, 'kms:ListKeys', '*', 'noIdentityPolicy', null)).toBe(
      `User: ${ALICE} is not authorized to perform: kms:ListKeys because no identity-based policy allows the kms:ListKeys action`,
    );
  });

  it('the ciphertext and lockout messages are the observed AWS texts (S45, A27, S35)', () => {
    expect(CIPHERTEXT_DENIED).toBe(
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    );
    expect(LOCKOUT_MESSAGE).toBe(
      'The new key policy will not allow you to update the key policy in the future.',
    );
  });
});

describe('the denying policy ARN, added for the same account or organization (S58, P20)', () => {
  const org = {
    organization: {
      id: 'o-qv5af4abcd',
      units: [],
      policies: [],
    },
    accounts: [
      { id: '987654321098', managementAccount: true, parent: 'r-root' },
      { id: '111122223333', managementAccount: false, parent: 'r-root' },
    ],
  };
  const scp = [{ document: 'scp:p-2kgnabcd', statement: 'Deny', path: ['Statement', 0] }];

  it('an SCP deny names arn:aws:organizations::<management account>:policy/<org>/service_control_policy/<id> (S58)', () => {
    const arn = denyingPolicyArn(org, ALICE, 'scp', scp);
    expect(arn).toBe(
      'arn:aws:organizations::987654321098:policy/o-qv5af4abcd/service_control_policy/p-2kgnabcd',
    );
    expect(accessDeniedMessage(ALICE, 'kms:Decrypt', KEY_ARN, 'explicitDeny', 'scp', arn)).toBe(
      `${head} with an explicit deny in a service control policy: ${arn}`,
    );
  });

  it('an RCP deny names its resource_control_policy ARN (S58)', () => {
    const rcp = [{ document: 'rcp:p-rcp1', statement: null, path: ['Statement', 0] }];
    expect(denyingPolicyArn(org, ALICE, 'rcp', rcp)).toBe(
      'arn:aws:organizations::987654321098:policy/o-qv5af4abcd/resource_control_policy/p-rcp1',
    );
  });

  it('no ARN for a caller outside the organization, without an organization id or management account, or for policies the scenario gives no ARN (S58 "only … same-account and same-organization", P20)', () => {
    const outsider = 'arn:aws:iam::444455556666:user/Carol';
    expect(denyingPolicyArn(org, outsider, 'scp', scp)).toBeNull();
    expect(
      denyingPolicyArn(
        { ...org, organization: { ...org.organization, id: undefined } },
        ALICE,
        'scp',
        scp,
      ),
    ).toBeNull();
    expect(
      denyingPolicyArn(
        { ...org, accounts: org.accounts.map((a) => ({ ...a, managementAccount: false })) },
        ALICE,
        'scp',
        scp,
      ),
    ).toBeNull();
    const identity = [{ document: `identity:${ALICE}#p`, statement: null, path: ['Statement', 0] }];
    expect(denyingPolicyArn(org, ALICE, 'identity', identity)).toBeNull();
    expect(
      accessDeniedMessage(ALICE, 'kms:Decrypt', KEY_ARN, 'explicitDeny', 'identity', null),
    ).toBe(`${head} with an explicit deny in an identity-based policy`);
  });
});

describe('NotFoundException texts in KMS words (S45)', () => {
  const missing = '0000aaaa-1111-2222-3333-444455556666';
  it('a key ARN that names no key: "Key \'<arn>\' does not exist" (S45)', () => {
    const arn = `arn:aws:kms:us-east-1:111122223333:key/${missing}`;
    const r = run({ requests: [request({ key: arn })] });
    expect(r.outcome).toBe('NotFoundException');
    expect(r.message).toBe(keyNotFound(arn));
    expect(keyNotFound(arn)).toBe(`Key '${arn}' does not exist`);
  });

  it("a bare key id is expanded with the caller's account and Region (S45)", () => {
    const r = run({ requests: [request({ key: missing })] });
    expect(r.message).toBe(
      `Key 'arn:aws:kms:us-east-1:111122223333:key/${missing}' does not exist`,
    );
  });

  it('an alias name or ARN that names no key: "Alias <alias ARN> is not found." (S45)', () => {
    expect(run({ requests: [request({ key: 'alias/nope' })] }).message).toBe(
      aliasNotFound('arn:aws:kms:us-east-1:111122223333:alias/nope'),
    );
    expect(aliasNotFound('arn:aws:kms:us-east-1:111122223333:alias/nope')).toBe(
      'Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.',
    );
  });

  it('a KeyId that is not a key id: "Invalid keyId <value>" (S45)', () => {
    const r = run({ requests: [request({ key: 'testkmskey' })] });
    expect(r.outcome).toBe('NotFoundException');
    expect(r.message).toBe(invalidKeyId('testkmskey'));
    expect(invalidKeyId('testkmskey')).toBe('Invalid keyId testkmskey');
  });
});

describe('keyIdNotFound: one text for every KeyId form (S45)', () => {
  const id = '0000aaaa-1111-2222-3333-444455556666';
  it('ARNs as given; key ids and alias names expanded with the account and Region; anything else is an invalid keyId (S45)', () => {
    const arn = `arn:aws:kms:eu-west-1:111122223333:key/${id}`;
    expect(keyIdNotFound(arn, '444455556666', 'us-east-1')).toBe(`Key '${arn}' does not exist`);
    const alias = 'arn:aws:kms:eu-west-1:111122223333:alias/x';
    expect(keyIdNotFound(alias, '444455556666', 'us-east-1')).toBe(`Alias ${alias} is not found.`);
    expect(keyIdNotFound(id, '111122223333', 'us-west-2')).toBe(
      `Key 'arn:aws:kms:us-west-2:111122223333:key/${id}' does not exist`,
    );
    expect(keyIdNotFound('mrk-1234abcd12ab34cd56ef1234567890ab', '111122223333', 'us-west-2')).toBe(
      "Key 'arn:aws:kms:us-west-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab' does not exist",
    );
    expect(keyIdNotFound('alias/x', '111122223333', 'us-west-2')).toBe(
      'Alias arn:aws:kms:us-west-2:111122223333:alias/x is not found.',
    );
    expect(keyIdNotFound('my-key', '111122223333', 'us-west-2')).toBe('Invalid keyId my-key');
  });
});
