/**
 * Builders for the key policy statements AWS writes (the default key policy and the console's
 * statements for administrators, users and persistent resources), shared by the built-in examples
 * and the lessons. Each returns plain JSON, so a scenario still lists its statements one call each,
 * with the Sid and principals in view.
 *
 * The console statements follow the KMS Developer Guide, "Default key policy"
 * (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).
 */

import type { Json } from './types';

/** One principal ARN or several, as `Principal.AWS` holds them. */
export type Principals = string | string[];

/** A policy statement, as a scenario holds it. */
export type Statement = { [key: string]: Json };

/** A policy document: the 2012-10-17 language version and its statements. */
export const policyDocument = (...Statement: Statement[]) => ({ Version: '2012-10-17', Statement });

/** An identity-based (IAM) policy as a scenario principal holds it: a name and a document. */
export const iamPolicy = (name: string, ...statements: Statement[]) => ({
  name,
  document: policyDocument(...statements),
});

/**
 * An Allow statement in a key policy for the given principals, on the key itself (`Resource: *`),
 * with a Condition block when one is given.
 */
export const allowStatement = (
  Sid: string,
  principals: Principals,
  Action: string | string[],
  Condition?: { [operator: string]: { [key: string]: Json } },
): Statement => ({
  Sid,
  Effect: 'Allow',
  Principal: { AWS: principals },
  Action,
  Resource: '*',
  ...(Condition ? { Condition } : {}),
});

/**
 * The account statement of every default key policy: the account gets kms:*, which lets its IAM
 * policies grant access to the key ("Allows access to the AWS account and enables IAM policies").
 */
export const enableIamStatement = (account: string) =>
  allowStatement('Enable IAM User Permissions', `arn:aws:iam::${account}:root`, 'kms:*');

/** The key administrators' actions the console writes ("Allows key administrators to administer the KMS key"). */
export const KEY_ADMINISTRATOR_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:RotateKeyOnDemand',
];

/** The key administrators' actions without the ones named, in the console's order. */
export const keyAdministratorActionsWithout = (...left: string[]) =>
  KEY_ADMINISTRATOR_ACTIONS.filter((a) => !left.includes(a));

/** The console's key administrators statement; a lesson may rename it or trim its actions. */
export const keyAdministratorsStatement = (
  principals: Principals,
  sid = 'Allow access for Key Administrators',
  actions: string[] = KEY_ADMINISTRATOR_ACTIONS,
) => allowStatement(sid, principals, actions);

/**
 * The console's key users statement for a symmetric encryption key ("Allows key users to use the
 * KMS key": cryptographic operations plus DescribeKey).
 */
export const keyUsersStatement = (principals: Principals, sid = 'Allow use of the key') =>
  allowStatement(sid, principals, [
    'kms:Encrypt',
    'kms:Decrypt',
    'kms:ReEncrypt*',
    'kms:GenerateDataKey*',
    'kms:DescribeKey',
  ]);

/**
 * The console's statement that lets key users manage grants only for AWS services acting on their
 * behalf ("Allows key users to use the KMS key with AWS services": kms:GrantIsForAWSResource).
 */
export const persistentResourcesStatement = (principals: Principals) =>
  allowStatement(
    'Allow attachment of persistent resources',
    principals,
    ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
    { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
  );
