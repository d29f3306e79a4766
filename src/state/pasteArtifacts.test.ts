/**
 * Issue 15, real AWS artifacts in: each input below is shaped like the example on the AWS page
 * its test names, pasted through `interpretPaste` (so the result also passes the scenario decoder)
 * and, where it makes a request, evaluated.
 */
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../engine';
import { parseAccessDenied } from '../scenario/import';
import type { Scenario } from '../scenario/types';
import { interpretPaste } from './paste';
import { firstExample } from './testing';

const KEY = 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function paste(text: string, s: Scenario = firstExample()) {
  const r = interpretPaste(text, s, null);
  if ('error' in r) throw new Error(r.error);
  return { r, next: r.apply(s) };
}

describe('AccessDeniedException messages', () => {
  it('IAM User Guide, "Troubleshoot access denied error messages": implicit deny, no identity-based policy', () => {
    const m = parseAccessDenied(
      'User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action',
    );
    expect(m).toEqual({
      principal: 'arn:aws:iam::123456789012:user/MaryMajor',
      action: 'kms:Decrypt',
      resource: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      decision: 'ImplicitDeny',
      policyType: 'identity-based policy',
      policyArn: null,
      operation: null,
    });
  });

  it('AWS Security Blog, "Enhanced access denied error messages with policy ARNs": an explicit deny in an SCP, with its ARN, after the CLI prefix', () => {
    const m = parseAccessDenied(
      'An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:sts::123456789012:assumed-role/Dev/matt is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab with an explicit deny in a service control policy: arn:aws:organizations::987654321098:policy/o-qv5af4abcd/service_control_policy/p-2kgnabcd',
    );
    expect(m).toMatchObject({
      principal: 'arn:aws:sts::123456789012:assumed-role/Dev/matt',
      decision: 'ExplicitDeny',
      policyType: 'service control policy',
      policyArn:
        'arn:aws:organizations::987654321098:policy/o-qv5af4abcd/service_control_policy/p-2kgnabcd',
      operation: 'Decrypt',
    });
  });

  it('the KMS message for a key it cannot name ("on this resource") asks for the key', () => {
    const { r, next } = paste(
      'User: arn:aws:iam::111122223333:user/Dana is not authorized to perform: kms:Decrypt on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access',
    );
    expect(r.description).toMatch(/does not name the key/);
    expect(next.requests.at(-1)).toMatchObject({
      principal: 'arn:aws:iam::111122223333:user/Dana',
      action: 'kms:Decrypt',
    });
    expect(next.requests.at(-1)?.key).toBeUndefined();
  });

  it('becomes a request expecting the denial; an unknown key is added with the default key policy and the message says so', () => {
    const s = firstExample();
    const { r, next } = paste(
      `User: arn:aws:sts::111122223333:assumed-role/Reports/job-1 is not authorized to perform: kms:GenerateDataKey on resource: ${KEY} because no resource-based policy allows the kms:GenerateDataKey action`,
      s,
    );
    if ('error' in r) throw new Error();
    expect(r.kind).toBe('artifact');
    expect(r.selectRequest).toBe(s.requests.length);
    const req = next.requests[s.requests.length];
    expect(req).toMatchObject({
      principal: 'arn:aws:sts::111122223333:assumed-role/Reports/job-1',
      action: 'kms:GenerateDataKey',
      key: KEY,
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    });
    expect(next.keys.some((k) => k.arn === KEY)).toBe(true);
    expect(next.principals.some((p) => p.arn === 'arn:aws:iam::111122223333:role/Reports')).toBe(
      true,
    );
    expect(r.description).toMatch(/default key policy/);
    // The default key policy delegates to IAM, and the role has no policy: the scenario reproduces it.
    expect(evaluateScenario(next).results[s.requests.length]?.expectation).toBe('met');
  });

  it('text that is not a message is still "not JSON"', () => {
    expect(interpretPaste('hello', firstExample(), null)).toEqual({
      error: expect.stringMatching(/not JSON/),
    });
  });
});

describe('CloudTrail', () => {
  // AWS KMS Developer Guide, "Decrypt" (CloudTrail log examples): an IAM user decrypting with an
  // encryption context.
  const decryptEvent = {
    eventVersion: '1.08',
    userIdentity: {
      type: 'IAMUser',
      principalId: 'EX_PRINCIPAL_ID',
      arn: 'arn:aws:iam::111122223333:user/Alice',
      accountId: '111122223333',
      accessKeyId: 'EXAMPLE_KEY_ID',
      userName: 'Alice',
    },
    eventTime: '2020-07-27T22:58:24Z',
    eventSource: 'kms.amazonaws.com',
    eventName: 'Decrypt',
    awsRegion: 'us-west-2',
    sourceIPAddress: '192.0.2.0',
    userAgent: 'AWS Internal',
    requestParameters: {
      encryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      keyId: KEY,
      encryptionContext: { Department: 'Engineering', Project: 'Alpha' },
    },
    responseElements: null,
    requestID: '12345126-30d5-4b28-98b9-9153da559963',
    eventID: 'abcde202-ba1a-467c-b4ba-f729d45ae521',
    readOnly: true,
    resources: [{ accountId: '111122223333', type: 'AWS::KMS::Key', ARN: KEY }],
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
  };

  it('KMS Developer Guide, "Decrypt" CloudTrail example: one event becomes a request with its context, source IP and outcome', () => {
    const s = firstExample();
    const { r, next } = paste(JSON.stringify(decryptEvent), s);
    if ('error' in r) throw new Error();
    expect(r.description).toMatch(/Added 1 request from CloudTrail \(Decrypt\)/);
    expect(next.requests.at(-1)).toMatchObject({
      principal: 'arn:aws:iam::111122223333:user/Alice',
      action: 'kms:Decrypt',
      key: KEY,
      encryptionContext: { Department: 'Engineering', Project: 'Alpha' },
      context: { 'aws:SourceIp': '192.0.2.0' },
      expect: { outcome: 'Allowed' },
    });
  });

  it('an exported trail ({ Records }) keeps its KMS events and says which others it left out; a denied one expects AccessDeniedException', () => {
    const denied = {
      ...decryptEvent,
      eventName: 'GenerateDataKey',
      errorCode: 'AccessDenied',
      errorMessage:
        'User: arn:aws:iam::111122223333:user/Alice is not authorized to perform: kms:GenerateDataKey',
    };
    const s3 = { ...decryptEvent, eventSource: 's3.amazonaws.com', eventName: 'GetObject' };
    const { r, next } = paste(JSON.stringify({ Records: [decryptEvent, denied, s3] }));
    if ('error' in r) throw new Error();
    expect(r.description).toMatch(/Added 2 requests/);
    expect(r.notes?.join(' ')).toMatch(/GetObject \(s3\.amazonaws\.com\) is not a KMS event/);
    expect(next.requests.at(-1)).toMatchObject({
      action: 'kms:GenerateDataKey',
      expect: { outcome: 'AccessDeniedException' },
    });
  });

  it('aws cloudtrail lookup-events output (CloudTrailEvent as a JSON string)', () => {
    const { next } = paste(
      JSON.stringify({
        Events: [
          { EventId: 'x', EventName: 'Decrypt', CloudTrailEvent: JSON.stringify(decryptEvent) },
        ],
      }),
    );
    expect(next.requests.at(-1)?.action).toBe('kms:Decrypt');
  });

  it('a call a service made for the caller (invokedBy) records kms:ViaService', () => {
    const viaS3 = {
      ...decryptEvent,
      sourceIPAddress: 's3.amazonaws.com',
      userIdentity: { ...decryptEvent.userIdentity, invokedBy: 's3.amazonaws.com' },
    };
    const { next } = paste(JSON.stringify(viaS3));
    expect(next.requests.at(-1)?.context).toEqual({
      'kms:ViaService': 's3.us-west-2.amazonaws.com',
      'aws:ViaAWSService': true,
    });
  });
});

describe('aws iam get-account-authorization-details', () => {
  // IAM API Reference, GetAccountAuthorizationDetails (example response), as the AWS CLI prints it:
  // policy documents decoded, a group, a user in it, a role, and a customer managed policy.
  const details = {
    UserDetailList: [
      {
        Path: '/',
        UserName: 'Alice',
        UserId: 'AIDACKCEVSQ6C2EXAMPLE',
        Arn: 'arn:aws:iam::111122223333:user/Alice',
        CreateDate: '2013-10-14T18:32:24Z',
        GroupList: ['Admins'],
        AttachedManagedPolicies: [],
        UserPolicyList: [
          {
            PolicyName: 'UseReportsKey',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY }],
            },
          },
        ],
        Tags: [{ Key: 'team', Value: 'blue' }],
      },
    ],
    GroupDetailList: [
      {
        Path: '/',
        GroupName: 'Admins',
        GroupId: 'AGPACKCEVSQ6C2EXAMPLE',
        Arn: 'arn:aws:iam::111122223333:group/Admins',
        CreateDate: '2013-10-14T18:32:24Z',
        GroupPolicyList: [],
        AttachedManagedPolicies: [
          {
            PolicyName: 'AdministratorAccess',
            PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
          },
        ],
      },
    ],
    RoleDetailList: [
      {
        Path: '/',
        RoleName: 'EC2-for-KMS',
        RoleId: 'AROAFP4BKI7Y7TEXAMPLE',
        Arn: 'arn:aws:iam::111122223333:role/EC2-for-KMS',
        CreateDate: '2014-07-30T17:09:20Z',
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] },
        InstanceProfileList: [],
        RolePolicyList: [],
        AttachedManagedPolicies: [
          { PolicyName: 'KmsUse', PolicyArn: 'arn:aws:iam::111122223333:policy/KmsUse' },
        ],
        PermissionsBoundary: {
          PermissionsBoundaryType: 'Policy',
          PermissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/KmsUse',
        },
      },
    ],
    Policies: [
      {
        PolicyName: 'KmsUse',
        Arn: 'arn:aws:iam::111122223333:policy/KmsUse',
        DefaultVersionId: 'v2',
        AttachmentCount: 1,
        IsAttachable: true,
        PolicyVersionList: [
          {
            Document: encodeURIComponent(
              JSON.stringify({
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' },
                ],
              }),
            ),
            VersionId: 'v2',
            IsDefaultVersion: true,
          },
          {
            Document: { Version: '2012-10-17', Statement: [] },
            VersionId: 'v1',
            IsDefaultVersion: false,
          },
        ],
      },
    ],
  };

  it('IAM API Reference, GetAccountAuthorizationDetails: users, groups and roles with inline, managed (default version, URL-encoded) and boundary policies', () => {
    const { r, next } = paste(JSON.stringify(details));
    if ('error' in r) throw new Error();
    expect(r.description).toContain('Read 1 user, 1 role and 1 group with their policies.');
    expect(r.notes?.join(' ')).toMatch(/arn:aws:iam::aws:policy\/AdministratorAccess/);
    const alice = next.principals.find((p) => p.arn.endsWith('user/Alice'));
    expect(alice).toMatchObject({
      groups: ['arn:aws:iam::111122223333:group/Admins'],
      tags: { team: 'blue' },
    });
    expect(alice?.policies.map((p) => p.name)).toEqual(['UseReportsKey']);
    const role = next.principals.find((p) => p.arn.endsWith('role/EC2-for-KMS'));
    expect(role?.policies).toEqual([
      {
        name: 'KmsUse',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' }],
        },
      },
    ]);
    expect(role?.permissionsBoundary).toEqual(role?.policies[0]?.document);
    expect(next.groups.find((g) => g.arn.endsWith('group/Admins'))?.policies).toEqual([]);
  });
});

describe('aws kms list-keys and list-aliases', () => {
  // AWS CLI Command Reference, kms list-keys and list-aliases (example output).
  const listKeys = {
    Keys: [
      {
        KeyArn: 'arn:aws:kms:us-east-2:111122223333:key/0b7fd7ed-4c1b-4c2c-8d86-0c3b4b1f5e7b',
        KeyId: '0b7fd7ed-4c1b-4c2c-8d86-0c3b4b1f5e7b',
      },
      {
        KeyArn: 'arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      },
    ],
  };
  const listAliases = {
    Aliases: [
      {
        AliasName: 'alias/ExampleAlias',
        AliasArn: 'arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias',
        TargetKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      },
      {
        AliasName: 'alias/aws/dynamodb',
        AliasArn: 'arn:aws:kms:us-east-2:111122223333:alias/aws/dynamodb',
      },
      {
        AliasName: 'alias/Other',
        AliasArn: 'arn:aws:kms:us-east-2:111122223333:alias/Other',
        TargetKeyId: 'ffffffff-12ab-34cd-56ef-1234567890ab',
      },
    ],
  };

  it('list-keys adds each key with the default key policy and says the policies are missing', () => {
    const s = firstExample();
    const { r, next } = paste(JSON.stringify(listKeys), s);
    if ('error' in r) throw new Error();
    expect(next.keys.length).toBe(s.keys.length + 2);
    expect(r.notes?.join(' ')).toMatch(/get-key-policy/);
  });

  it('list-aliases attaches aliases to known keys and reports the others', () => {
    const { next: withKeys } = paste(JSON.stringify(listKeys));
    const { r, next } = paste(JSON.stringify(listAliases), withKeys);
    if ('error' in r) throw new Error();
    expect(r.description).toContain("Attached 1 of 3 aliases to the scenario's keys.");
    expect(
      next.keys.find((k) => k.arn.endsWith('1234abcd-12ab-34cd-56ef-1234567890ab'))?.aliases,
    ).toEqual(['alias/ExampleAlias']);
    expect(r.notes).toHaveLength(2);
  });
});

describe('CloudFormation templates', () => {
  // AWS CloudFormation User Guide, AWS::KMS::Key ("Create a symmetric encryption KMS key" example)
  // and AWS::KMS::Alias, with an IAM role and a policy attached to it as CDK synthesizes them.
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      myKey: {
        Type: 'AWS::KMS::Key',
        Properties: {
          Description: 'An example symmetric encryption KMS key',
          EnableKeyRotation: true,
          PendingWindowInDays: 20,
          KeyPolicy: {
            Version: '2012-10-17',
            Id: 'key-default-1',
            Statement: [
              {
                Sid: 'Enable IAM User Permissions',
                Effect: 'Allow',
                Principal: {
                  AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' },
                },
                Action: 'kms:*',
                Resource: '*',
              },
              {
                Sid: 'Allow use of the key',
                Effect: 'Allow',
                Principal: { AWS: { 'Fn::GetAtt': ['AppRole', 'Arn'] } },
                Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
                Resource: '*',
              },
            ],
          },
        },
      },
      myAlias: {
        Type: 'AWS::KMS::Alias',
        Properties: { AliasName: 'alias/myKey', TargetKeyId: { Ref: 'myKey' } },
      },
      AppRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] },
          ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        },
      },
      AppRoleDefaultPolicy: {
        Type: 'AWS::IAM::Policy',
        Properties: {
          PolicyName: 'AppRoleDefaultPolicy',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: 'kms:DescribeKey',
                Resource: { 'Fn::GetAtt': ['myKey', 'Arn'] },
              },
            ],
          },
          Roles: [{ Ref: 'AppRole' }],
        },
      },
      Bucket: { Type: 'AWS::S3::Bucket' },
    },
  };

  it('AWS::KMS::Key, AWS::KMS::Alias, AWS::IAM::Role and AWS::IAM::Policy with Fn::Sub, Fn::GetAtt and Ref', () => {
    const s = { ...firstExample(), requests: [] };
    const { r, next } = paste(JSON.stringify(template), s);
    if ('error' in r) throw new Error();
    expect(r.description).toContain('Read 1 key, 1 alias and 1 IAM identity from the template.');
    const key = next.keys.find((k) => k.aliases.includes('alias/myKey'));
    expect(key?.arn).toMatch(/^arn:aws:kms:us-east-1:\d{12}:key\/[0-9a-f-]{36}$/);
    const account = key?.arn.split(':')[4];
    const role = `arn:aws:iam::${account}:role/AppRole`;
    const statements = (key?.policy as { Statement: { Principal: { AWS: string } }[] }).Statement;
    expect(statements.map((x) => x.Principal.AWS)).toEqual([`arn:aws:iam::${account}:root`, role]);
    const p = next.principals.find((x) => x.arn === role);
    expect(p?.policies.map((x) => x.name)).toEqual(['AppRoleDefaultPolicy']);
    expect(r.notes?.join(' ')).toMatch(/ReadOnlyAccess/);
    expect(r.notes?.join(' ')).toMatch(/stand in/);
    // The imported key and role decide: the role may decrypt through the key policy.
    const decided = evaluateScenario({
      ...next,
      requests: [
        {
          principal: role,
          action: 'kms:Decrypt',
          key: 'alias/myKey',
          grantTokens: [],
          context: {},
          deriveContext: true,
          parameters: {},
        },
      ],
    });
    expect(decided.results[0]?.outcome).toBe('Allowed');
  });
});
