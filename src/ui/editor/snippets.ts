/**
 * Snippets in Monaco's snippet syntax (`${1:default}` tab stops): the statements of the default
 * key policy, common KMS conditions and a grant constraint. Defaults are filled from the
 * scenario's principals so that an inserted statement refers to someone who exists.
 */

/** A snippet as plain data. */
export interface Snippet {
  id: string;
  label: string;
  /** One line, our own words. */
  description: string;
  /** Monaco snippet text. */
  body: string;
}

/** Escapes text used as a placeholder default (`$`, `}` and `\` are special). */
export function escapePlaceholder(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

const DEFAULT_ACCOUNT = '111122223333';

/** Picks an account id and a non-root principal from the scenario's principals. */
export function snippetDefaults(principals: readonly string[]): {
  account: string;
  principal: string;
} {
  const account =
    principals.map((p) => /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(p)?.[1]).find(Boolean) ??
    DEFAULT_ACCOUNT;
  const principal =
    principals.find((p) => p.startsWith('arn:') && !p.endsWith(':root')) ??
    `arn:aws:iam::${account}:role/KeyUser`;
  return { account, principal };
}

const lines = (...parts: string[]) => parts.join('\n');
const actions = (names: string[]) => `[${names.map((n) => `"kms:${n}"`).join(', ')}]`;

const ADMIN_ACTIONS = [
  'Create*', 'Describe*', 'Enable*', 'List*', 'Put*', 'Update*', 'Revoke*', 'Disable*', 'Get*',
  'Delete*', 'TagResource', 'UntagResource', 'ScheduleKeyDeletion', 'CancelKeyDeletion',
  'RotateKeyOnDemand',
]; // prettier-ignore
const USER_ACTIONS = ['Encrypt', 'Decrypt', 'ReEncrypt*', 'GenerateDataKey*', 'DescribeKey'];
const PERSISTENT_ACTIONS = ['CreateGrant', 'ListGrants', 'RevokeGrant'];

function statement(sid: string, principal: string, action: string, condition?: string): string {
  return lines(
    '{',
    `  "Sid": "${sid}",`,
    '  "Effect": "Allow",',
    `  "Principal": { "AWS": "${principal}" },`,
    `  "Action": ${action},`,
    `  "Resource": "*"${condition ? ',' : ''}`,
    ...(condition ? [`  "Condition": ${condition}`] : []),
    '}',
  );
}

/** The four statements of the default key policy, as separate snippets. */
export function statementSnippets(principals: readonly string[]): Snippet[] {
  const { account, principal } = snippetDefaults(principals);
  const who = `\${1:${escapePlaceholder(principal)}}`;
  return [
    {
      id: 'enableIam',
      label: 'Enable IAM User Permissions',
      description: 'Lets IAM policies in the key’s account grant access to the key.',
      body: statement(
        'Enable IAM User Permissions',
        `arn:aws:iam::\${1:${escapePlaceholder(account)}}:root`,
        '"kms:*"',
      ),
    },
    {
      id: 'keyAdministrators',
      label: 'Allow access for Key Administrators',
      description: 'Manage the key (policy, state, rotation, deletion) without using it.',
      body: statement('Allow access for Key Administrators', who, actions(ADMIN_ACTIONS)),
    },
    {
      id: 'keyUsers',
      label: 'Allow use of the key',
      description: 'Encrypt, decrypt and make data keys with the key.',
      body: statement('Allow use of the key', who, actions(USER_ACTIONS)),
    },
    {
      id: 'persistentResources',
      label: 'Allow attachment of persistent resources',
      description: 'Create grants, but only when an AWS service asks for them.',
      body: statement(
        'Allow attachment of persistent resources',
        who,
        actions(PERSISTENT_ACTIONS),
        '{ "Bool": { "kms:GrantIsForAWSResource": "true" } }',
      ),
    },
  ];
}

/** A whole key policy made of the four default statements. */
export function defaultKeyPolicySnippet(principals: readonly string[]): Snippet {
  const indent = (s: string) => s.replace(/^/gm, '    ');
  const body = statementSnippets(principals)
    .map((s) => indent(s.body))
    .join(',\n');
  return {
    id: 'defaultKeyPolicy',
    label: 'Default key policy',
    description: 'The four statements the console writes for a new key.',
    body: lines('{', '  "Version": "2012-10-17",', '  "Statement": [', body, '  ]', '}'),
  };
}

/** Condition snippets: an operator with its key, inserted inside a `Condition` object. */
export function conditionSnippets(principals: readonly string[]): Snippet[] {
  const { account } = snippetDefaults(principals);
  return [
    {
      id: 'encryptionContext',
      label: 'Require an encryption-context pair',
      description: 'The request’s encryption context must contain this key and value.',
      body: '"StringEquals": { "kms:EncryptionContext:${1:Department}": "${2:IT}" }',
    },
    {
      id: 'viaService',
      label: 'Only through an AWS service (kms:ViaService)',
      description: 'The call must come from this service, in this Region, for the caller.',
      body: '"StringEquals": { "kms:ViaService": "${1:s3}.${2:us-east-1}.amazonaws.com" }',
    },
    {
      id: 'callerAccount',
      label: 'Only callers from one account (kms:CallerAccount)',
      description: 'The caller must belong to this AWS account.',
      body: `"StringEquals": { "kms:CallerAccount": "\${1:${escapePlaceholder(account)}}" }`,
    },
    {
      id: 'grantConstraint',
      label: 'Require a grant constraint (kms:GrantConstraintType)',
      description: 'CreateGrant only for grants that carry an encryption-context constraint.',
      body: '"StringEquals": { "kms:GrantConstraintType": "${1|EncryptionContextSubset,EncryptionContextEquals|}" }',
    },
  ];
}

/** The `constraints` property of a grant. */
export const GRANT_CONSTRAINT_SNIPPET: Snippet = {
  id: 'grantConstraints',
  label: 'Grant constraint (encryption context subset)',
  description: 'The grant works only when the request’s encryption context includes these pairs.',
  body: '"constraints": { "${1|encryptionContextSubset,encryptionContextEquals|}": { "${2:Department}": "${3:IT}" } }',
};
