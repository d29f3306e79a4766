import { decodeScenarioText } from '../src/scenario';
import type { Scenario } from '../src/scenario/types';

/**
 * Every spec imports `test` and `expect` from here: the console guard (`consoleGuard.ts`) fails a
 * spec on any console error or warning, or uncaught error, the page emits (issue 11).
 */
export { allowConsole, expect, test } from './consoleGuard';

const ACCOUNT = '111122223333';
export const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
export const AUDITOR = `arn:aws:iam::${ACCOUNT}:role/Auditor`;
export const INTERN = `arn:aws:iam::${ACCOUNT}:user/Intern`;

/**
 * A small scenario written for the e2e tests, with an expectation on every request: one allowed
 * by the key policy, one implicitly denied, one explicitly denied.
 */
const raw = {
  format: 'kms-playground/scenario',
  version: 1,
  title: 'E2E: auditor may decrypt',
  description: 'The key policy lets the auditor decrypt and denies key deletion to everyone.',
  accounts: [{ id: ACCOUNT, name: 'Payments' }],
  principals: [
    { arn: AUDITOR, name: 'Auditor' },
    { arn: INTERN, name: 'Intern' },
  ],
  keys: [
    {
      arn: KEY_ARN,
      aliases: ['alias/payments'],
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'EnableIAMPolicies',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            Action: 'kms:*',
            Resource: '*',
          },
          {
            Sid: 'AllowAuditorDecrypt',
            Effect: 'Allow',
            Principal: { AWS: AUDITOR },
            Action: 'kms:Decrypt',
            Resource: '*',
          },
          {
            Sid: 'DenyDeletion',
            Effect: 'Deny',
            Principal: '*',
            Action: 'kms:ScheduleKeyDeletion',
            Resource: '*',
          },
        ],
      },
    },
  ],
  requests: [
    {
      id: 'auditor-decrypt',
      principal: AUDITOR,
      action: 'kms:Decrypt',
      key: 'alias/payments',
      expect: { outcome: 'Allowed', decision: 'Allow' },
    },
    {
      id: 'intern-decrypt',
      principal: INTERN,
      action: 'kms:Decrypt',
      key: 'alias/payments',
      expect: { outcome: 'AccessDeniedException', decision: 'ImplicitDeny' },
    },
    {
      id: 'auditor-delete',
      principal: AUDITOR,
      action: 'kms:ScheduleKeyDeletion',
      key: KEY_ARN,
      expect: { outcome: 'AccessDeniedException', decision: 'ExplicitDeny' },
    },
  ],
};

function decode(): Scenario {
  const result = decodeScenarioText(JSON.stringify(raw));
  if (!result.ok) throw new Error(`e2e scenario does not decode: ${JSON.stringify(result.issues)}`);
  return result.scenario;
}

/** The decoded e2e scenario. */
export const auditorScenario: Scenario = decode();

/** Request id (or index) -> expected outcome, for every request that states one. */
export function expectedOutcomes(scenario: Scenario): Map<string, string> {
  const out = new Map<string, string>();
  scenario.requests.forEach((request, index) => {
    if (request.expect?.outcome) out.set(request.id ?? String(index), request.expect.outcome);
  });
  return out;
}
