/** The shared statement builders: what AWS's console statements let each principal do. */
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine';
import { decodeScenarioValue } from '../../scenario';
import { defaultKeyPolicy } from '../../scenario/defaultKeyPolicy';
import {
  KEY_ADMINISTRATOR_ACTIONS,
  enableIamStatement,
  keyAdministratorActionsWithout,
  keyAdministratorsStatement,
  keyUsersStatement,
  persistentResourcesStatement,
  policyDocument,
} from '../../scenario/keyPolicyStatements';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1a2b3c4d-0000-4000-8000-0000000000ff`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:user/Admin`;
const USER = `arn:aws:iam::${ACCOUNT}:role/App`;

/** Who may do what under the console's three named statements (no account statement, no IAM). */
function outcomes(requests: { principal: string; action: string; [field: string]: unknown }[]) {
  const decoded = decodeScenarioValue({
    format: 'kms-playground/scenario',
    version: 1,
    principals: [{ arn: ADMIN }, { arn: USER }],
    keys: [
      {
        arn: KEY,
        policy: policyDocument(
          keyAdministratorsStatement(ADMIN),
          keyUsersStatement(USER),
          persistentResourcesStatement(USER),
        ),
      },
    ],
    requests: requests.map((r, i) => ({ id: `r${i}`, key: KEY, ...r })),
  });
  if (!decoded.ok) throw new Error(decoded.issues.map((i) => i.message).join('; '));
  return evaluateScenario(decoded.scenario).results.map((r) => r.outcome);
}

describe('statement builders', () => {
  it('write the account statement as the default key policy does', () => {
    expect(policyDocument(enableIamStatement(ACCOUNT))).toEqual({
      Version: '2012-10-17',
      Statement: (defaultKeyPolicy(ACCOUNT) as { Statement: unknown }).Statement,
    });
  });

  // key-policy-default.html: administrators manage the key but cannot use it.
  it('let key administrators manage the key, not use it', () => {
    const admin = (action: string) => ({ principal: ADMIN, action });
    expect(
      outcomes([
        admin('kms:DisableKey'),
        admin('kms:ScheduleKeyDeletion'),
        admin('kms:RotateKeyOnDemand'),
        admin('kms:Decrypt'),
        admin('kms:GenerateDataKey'),
      ]),
    ).toEqual(['Allowed', 'Allowed', 'Allowed', 'AccessDeniedException', 'AccessDeniedException']);
  });

  // key-policy-default.html: key users use the key; grants only for AWS resources.
  it('let key users use the key, and create grants only for AWS services', () => {
    const user = (action: string) => ({ principal: USER, action });
    const grant = {
      ...user('kms:CreateGrant'),
      parameters: { GranteePrincipal: ADMIN, Operations: ['Decrypt'] },
    };
    const viaEbs = {
      'kms:GrantIsForAWSResource': true,
      'kms:ViaService': 'ec2.eu-west-1.amazonaws.com',
    };
    expect(
      outcomes([
        user('kms:Encrypt'),
        user('kms:GenerateDataKeyWithoutPlaintext'),
        user('kms:DisableKey'),
        grant,
        { ...grant, context: viaEbs },
      ]),
    ).toEqual(['Allowed', 'Allowed', 'AccessDeniedException', 'AccessDeniedException', 'Allowed']);
  });

  it('trim the administrators list without reordering it', () => {
    const trimmed = keyAdministratorActionsWithout('kms:Create*', 'kms:RotateKeyOnDemand');
    expect(trimmed).toHaveLength(KEY_ADMINISTRATOR_ACTIONS.length - 2);
    expect(trimmed).toEqual(KEY_ADMINISTRATOR_ACTIONS.filter((a) => trimmed.includes(a)));
    expect(trimmed).not.toContain('kms:Create*');
  });
});
