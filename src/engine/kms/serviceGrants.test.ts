/**
 * Grants for AWS service principals (S34 API_CreateGrant GranteeServicePrincipal,
 * RetiringServicePrincipal and the SourceArn grant constraint; S43 grant condition keys; A22).
 */
import { describe, expect, it } from 'vitest';
import type { Json } from '../../scenario/types';
import { ALICE, KEY_ARN, doc, grant, key, request, run } from '../testing/build';

const SVC = 'ec2.amazonaws.com';
const VOLUME = 'arn:aws:ec2:us-east-1:111122223333:volume/vol-0abc';
const aliceAll = (condition?: Record<string, unknown>) =>
  doc({
    Sid: 'Alice',
    Effect: 'Allow',
    Principal: { AWS: ALICE },
    Action: 'kms:*',
    Resource: '*',
    ...(condition ? { Condition: condition } : {}),
  });
const createGrant = (parameters: Record<string, Json>, condition?: Record<string, unknown>) =>
  run({
    keys: [key({ policy: aliceAll(condition) })],
    requests: [request({ action: 'kms:CreateGrant', parameters })],
  });
const serviceGrant = {
  GranteeServicePrincipal: SVC,
  Operations: ['Decrypt'],
  Constraints: { SourceArn: VOLUME },
  RetiringPrincipal: ALICE,
};

describe('CreateGrant with GranteeServicePrincipal (S34, A22)', () => {
  it('is allowed with a SourceArn constraint and a retiring principal (S34 API_CreateGrant, A22)', () => {
    expect(createGrant(serviceGrant).outcome).toBe('Allowed');
    const { RetiringPrincipal: _alice, ...rest } = serviceGrant;
    expect(createGrant({ ...rest, RetiringServicePrincipal: SVC }).outcome).toBe('Allowed');
  });

  it('needs the SourceArn constraint and a retiring principal; not both grantee fields (S34, A22)', () => {
    expect(createGrant({ ...serviceGrant, Constraints: {} }).outcome).toBe('ValidationException');
    const { RetiringPrincipal: _r, ...noRetiring } = serviceGrant;
    expect(createGrant(noRetiring).outcome).toBe('ValidationException');
    expect(createGrant({ ...serviceGrant, GranteePrincipal: ALICE }).outcome).toBe(
      'ValidationException',
    );
  });

  it('a service principal in GranteePrincipal is still refused, pointing to GranteeServicePrincipal (A22)', () => {
    const r = createGrant({ GranteePrincipal: SVC, Operations: ['Decrypt'] });
    expect(r.outcome).toBe('ValidationException');
    expect(r.message).toContain('GranteeServicePrincipal');
  });

  it('kms:GranteeServicePrincipal and kms:GrantConstraintSourceArn limit such grants (S43)', () => {
    const cond = {
      StringEquals: { 'kms:GranteeServicePrincipal': SVC },
      ArnLike: { 'kms:GrantConstraintSourceArn': 'arn:aws:ec2:*:111122223333:volume/*' },
    };
    expect(createGrant(serviceGrant, cond).outcome).toBe('Allowed');
    expect(
      createGrant({ ...serviceGrant, GranteeServicePrincipal: 'rds.amazonaws.com' }, cond).decision,
    ).toBe('ImplicitDeny');
  });
});

describe('a grant to a service principal is used on behalf of its SourceArn only (S34 GrantConstraints SourceArn)', () => {
  const svcGrant = grant({
    granteePrincipal: SVC,
    operations: ['Decrypt'],
    constraints: { sourceArn: VOLUME },
    retiringPrincipal: ALICE,
  });
  const decryptAs = (context: Record<string, string>) =>
    run({
      keys: [
        key({
          policy: doc({
            Effect: 'Deny',
            Principal: '*',
            Action: 'kms:PutKeyPolicy',
            Resource: '*',
          }),
        }),
      ],
      grants: [svcGrant],
      requests: [request({ principal: SVC, key: KEY_ARN, context })],
    });

  it('the service calling for that resource is allowed by the grant; for another resource it is not (S34)', () => {
    const ok = decryptAs({ 'aws:SourceArn': VOLUME });
    expect(ok.outcome).toBe('Allowed');
    expect(ok.deciding[0]?.document).toBe('grant:g1');
    expect(decryptAs({ 'aws:SourceArn': `${VOLUME}x` }).decision).toBe('ImplicitDeny');
    expect(decryptAs({}).decision).toBe('ImplicitDeny');
  });
});
