/** What the final challenges share: accounts, ARNs, the outsider, the scenario wrapper and their AWS pages. */
import { iamPolicy } from '../../scenario/keyPolicyStatements';

export const A = '111122223333';
export const B = '444455556666';
export const C = '777788889999';
export const REGION = 'eu-west-1';
export const key = (n: number, account = A) =>
  `arn:aws:kms:${REGION}:${account}:key/c4a11e00-0000-4000-8000-00000000000${n}`;
export const user = (name: string, account = A) => `arn:aws:iam::${account}:user/${name}`;
export const role = (name: string, account = A) => `arn:aws:iam::${account}:role/${name}`;
export const KEY_POLICY_STATEMENTS = '/keys/0/policy/Statement';

export const scenarioOf = (title: string, rest: Record<string, unknown>) => ({
  format: 'kms-playground/scenario',
  version: 1,
  title,
  ...rest,
});

export const SOURCES = {
  keyPolicies: {
    title: 'Key policies in AWS KMS',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
  },
  leastPrivilege: {
    title: 'Least-privilege permissions (AWS KMS)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html',
  },
  external: {
    title: 'Allowing users in other accounts to use a KMS key',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html',
  },
  conditions: {
    title: 'AWS KMS condition keys',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html',
  },
  defaultPolicy: {
    title: 'Default key policy',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
  },
  evaluation: {
    title: 'Policy evaluation logic',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
  },
};

/** A user of a third account whose own IAM policy allows everything: the probe of challenges 1 and 3. */
export const OUTSIDER = user('Outsider', C);
export const outsiderPolicy = iamPolicy('UseAnyKey', {
  Sid: 'OutsiderUsesAnyKey',
  Effect: 'Allow',
  Action: 'kms:*',
  Resource: '*',
});
