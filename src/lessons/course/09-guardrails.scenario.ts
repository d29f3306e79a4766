/** The scenario of lesson 9: an account in an organization, a key that trusts IAM policies. */
import { enableIamStatement } from '../../scenario/keyPolicyStatements';

export const ACCOUNT = '111122223333';
export const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-000000000009`;
const DANA = `arn:aws:iam::${ACCOUNT}:user/Dana`;
const EVE = `arn:aws:iam::${ACCOUNT}:user/Eve`;
const ANALYST = `arn:aws:iam::${ACCOUNT}:role/Analyst`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/Analyst/nightly-report`;
export const ENDPOINT = 'vpce-0a1b2c3d4e5f60718';

export const doc = (...Statement: Record<string, unknown>[]) => ({
  Version: '2012-10-17',
  Statement,
});
export const allow = (Sid: string, Action: string | string[], Resource = KEY) => ({
  Sid,
  Effect: 'Allow',
  Action,
  Resource,
});

/** The step-1 scenario. */
export const guardrailsScenario = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'Lesson 9: guardrails only take away',
  organization: {
    units: [{ id: 'ou-prod', parent: 'r-root', name: 'Production' }],
    policies: [
      {
        id: 'p-FullAWSAccess',
        type: 'SCP',
        name: 'FullAWSAccess',
        targets: ['r-root', 'ou-prod', ACCOUNT],
        document: doc(allow('FullAWSAccess', '*', '*')),
      },
    ],
  },
  accounts: [{ id: ACCOUNT, name: 'Production workloads', parent: 'ou-prod' }],
  principals: [
    {
      arn: DANA,
      name: 'Dana (IAM policy for the key)',
      policies: [
        {
          name: 'DanaUsesKey',
          document: doc(
            allow('DanaUsesKey', [
              'kms:Encrypt',
              'kms:Decrypt',
              'kms:DescribeKey',
              'kms:ScheduleKeyDeletion',
            ]),
          ),
        },
      ],
    },
    { arn: EVE, name: 'Eve (no IAM policy)' },
    {
      arn: ANALYST,
      name: 'Analyst role',
      policies: [
        {
          name: 'AnalystUsesKey',
          document: doc(allow('AnalystUsesKey', ['kms:Encrypt', 'kms:Decrypt'])),
        },
      ],
    },
  ],
  // No policy yet: the default endpoint policy allows full access (kms-vpc-endpoint).
  vpcEndpoints: [{ id: ENDPOINT }],
  keys: [
    {
      arn: KEY,
      aliases: ['alias/ledger'],
      policy: doc(enableIamStatement(ACCOUNT)),
    },
  ],
  requests: [
    { id: 'dana-decrypt', principal: DANA, action: 'kms:Decrypt', key: KEY },
    { id: 'eve-decrypt', principal: EVE, action: 'kms:Decrypt', key: KEY },
    { id: 'dana-schedule-deletion', principal: DANA, action: 'kms:ScheduleKeyDeletion', key: KEY },
    { id: 'dana-encrypt', principal: DANA, action: 'kms:Encrypt', key: KEY },
    { id: 'dana-generate-data-key', principal: DANA, action: 'kms:GenerateDataKey', key: KEY },
    {
      id: 'analyst-encrypt',
      principal: SESSION,
      action: 'kms:Encrypt',
      key: KEY,
      sessionPolicy: doc(allow('OnlyDecryptThisSession', 'kms:Decrypt')),
    },
    {
      id: 'dana-describe-via-endpoint',
      principal: DANA,
      action: 'kms:DescribeKey',
      key: KEY,
      viaVpcEndpoint: ENDPOINT,
    },
    {
      id: 'dana-decrypt-via-endpoint',
      principal: DANA,
      action: 'kms:Decrypt',
      key: KEY,
      viaVpcEndpoint: ENDPOINT,
    },
  ],
};
