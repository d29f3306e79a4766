/**
 * The final challenges: the learner edits policies in the playground until a set of requests
 * comes out as required, these allowed and these still denied, and the engine grades it. The
 * denied ones are probes for least privilege: a change that lets in more than the job needs (a
 * wildcard principal, kms:*, a forgotten condition) fails them. Pure data and a pure grader, like
 * the lessons; challenges.test.ts checks that each starting point fails, the reference solution
 * passes and a too-broad answer fails.
 */
import { compileScenario, evaluateRequest, evaluateScenario } from '../engine';
import type { Outcome } from '../engine/types';
import { decodeScenarioValue } from '../scenario';
import type { Scenario } from '../scenario/types';
import {
  allowStatement,
  enableIamStatement,
  iamPolicy,
  keyAdministratorActionsWithout,
  policyDocument,
} from '../scenario/keyPolicyStatements';
import type { LessonSource, ScenarioChange } from './types';

/** One request of the challenge and what it must come out as. */
export interface Requirement {
  /** Id of a request of the challenge's scenario. */
  request: string;
  /** `allow`: the call must succeed; `deny`: it must be refused with AccessDeniedException. */
  want: 'allow' | 'deny';
  /** What the request stands for, in a few words ("the app encrypts"). */
  label: string;
}

/** A challenge: a starting scenario, requirements, and a reference solution for the tests. */
export interface Challenge {
  id: string;
  number: number;
  title: string;
  /** The task in Markdown-lite: who needs what, and what to edit. */
  brief: string;
  /** One hint, opened on request. */
  hint: string;
  sources: LessonSource[];
  /** The starting scenario (the same JSON a file or link holds). */
  scenario: unknown;
  requirements: Requirement[];
  /** Warning codes the solution must not have (e.g. `PublicAllow`). */
  forbiddenWarnings: string[];
  /** A change to the starting scenario that solves it (checked by the tests, never shown). */
  solution: ScenarioChange[];
  /** A change that makes the allowed requests pass by giving too much (must fail). */
  tooBroad: ScenarioChange[];
}

/** One requirement as graded. */
export interface GradedRequirement extends Requirement {
  outcome: Outcome;
  ok: boolean;
}

/** A graded attempt. */
export interface ChallengeGrade {
  rows: GradedRequirement[];
  /** Forbidden warnings the scenario has. */
  warnings: string[];
  solved: boolean;
}

/** The challenge's own scenario, decoded (its requests are the ones graded). */
export function challengeScenario(c: Challenge): Scenario {
  const decoded = decodeScenarioValue(c.scenario);
  if (!decoded.ok) throw new Error(`${c.id}: ${decoded.issues.map((i) => i.message).join('; ')}`);
  return decoded.scenario;
}

/**
 * Grades the learner's scenario: the challenge's requests (whatever the learner did to the
 * request list) are evaluated against the learner's policies, grants and keys.
 */
export function gradeChallenge(c: Challenge, scenario: Scenario): ChallengeGrade {
  const requests = challengeScenario(c).requests;
  const graded = { ...scenario, requests };
  const compiled = compileScenario(graded);
  const rows = c.requirements.map((r) => {
    const index = requests.findIndex((q) => q.id === r.request);
    const outcome = index < 0 ? 'ValidationException' : evaluateRequest(compiled, index).outcome;
    const ok = r.want === 'allow' ? outcome === 'Allowed' : outcome === 'AccessDeniedException';
    return { ...r, outcome, ok };
  });
  const codes = new Set(evaluateScenario(graded).diagnostics.map((d) => d.code));
  const warnings = c.forbiddenWarnings.filter((w) => codes.has(w));
  return { rows, warnings, solved: rows.every((r) => r.ok) && warnings.length === 0 };
}

const A = '111122223333';
const B = '444455556666';
const C = '777788889999';
const REGION = 'eu-west-1';
const key = (n: number, account = A) =>
  `arn:aws:kms:${REGION}:${account}:key/c4a11e00-0000-4000-8000-00000000000${n}`;
const user = (name: string, account = A) => `arn:aws:iam::${account}:user/${name}`;
const role = (name: string, account = A) => `arn:aws:iam::${account}:role/${name}`;
const KEY_POLICY_STATEMENTS = '/keys/0/policy/Statement';

const scenarioOf = (title: string, rest: Record<string, unknown>) => ({
  format: 'kms-playground/scenario',
  version: 1,
  title,
  ...rest,
});

const SOURCES = {
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

// 1. Let the application in, and nobody else.
const APP = role('PayrollApp');
const INTERN = user('Intern');
const OUTSIDER = user('Outsider', C);
const K1 = key(1);
const outsiderPolicy = iamPolicy('UseAnyKey', {
  Sid: 'OutsiderUsesAnyKey',
  Effect: 'Allow',
  Action: 'kms:*',
  Resource: '*',
});

const letTheAppIn: Challenge = {
  id: 'let-the-app-in',
  number: 1,
  title: 'Let the application in, and nobody else',
  brief:
    'The `PayrollApp` role must encrypt and decrypt with `alias/payroll`. Today the key policy names only the key administrator, and the role has no IAM policy.\n\nEdit the **key policy** so that the role can do its job, and only its job: it must not manage the key, the Intern (same account, no KMS policy) must get nothing, and a user of another account who allows himself `kms:*` in his own IAM policy must get nothing either.',
  hint: 'Name the role as the principal of a new statement, with exactly the two actions it calls.',
  sources: [SOURCES.keyPolicies, SOURCES.leastPrivilege],
  scenario: scenarioOf('Challenge 1: let the application in', {
    accounts: [
      { id: A, name: 'Payroll' },
      { id: C, name: 'Someone else’s account' },
    ],
    principals: [
      { arn: user('KeyAdmin'), name: 'KeyAdmin (key administrator)' },
      { arn: APP, name: 'PayrollApp role' },
      { arn: INTERN, name: 'Intern (no KMS policy)' },
      { arn: OUTSIDER, name: 'Outsider (another account)', policies: [outsiderPolicy] },
    ],
    keys: [
      {
        arn: K1,
        aliases: ['alias/payroll'],
        policy: policyDocument(
          allowStatement('KeyAdministration', user('KeyAdmin'), [
            'kms:Describe*',
            'kms:Put*',
            'kms:Get*',
            'kms:Enable*',
            'kms:Disable*',
          ]),
        ),
      },
    ],
    requests: [
      { id: 'app-encrypt', principal: APP, action: 'kms:Encrypt', key: K1 },
      { id: 'app-decrypt', principal: APP, action: 'kms:Decrypt', key: K1 },
      { id: 'app-disable', principal: APP, action: 'kms:DisableKey', key: K1 },
      { id: 'intern-decrypt', principal: INTERN, action: 'kms:Decrypt', key: K1 },
      { id: 'outsider-decrypt', principal: OUTSIDER, action: 'kms:Decrypt', key: K1 },
    ],
  }),
  requirements: [
    { request: 'app-encrypt', want: 'allow', label: 'PayrollApp encrypts' },
    { request: 'app-decrypt', want: 'allow', label: 'PayrollApp decrypts' },
    { request: 'app-disable', want: 'deny', label: 'PayrollApp disables the key' },
    { request: 'intern-decrypt', want: 'deny', label: 'The Intern decrypts' },
    { request: 'outsider-decrypt', want: 'deny', label: 'The outsider decrypts' },
  ],
  forbiddenWarnings: ['PublicAllow'],
  solution: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: allowStatement('PayrollAppUsesKey', APP, ['kms:Encrypt', 'kms:Decrypt']),
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: { Sid: 'Everyone', Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' },
    },
  ],
};

// 2. Separate the duties.
const SAM = user('Sam');
const K2 = key(2);
const separateDuties: Challenge = {
  id: 'separate-the-duties',
  number: 2,
  title: 'Administrators manage, users use',
  brief:
    'Sam looks after the key `alias/records`, and `RecordsApp` uses it. Today one statement gives Sam `kms:*`, and the app nothing.\n\nRewrite the **key policy**: Sam must still be able to disable the key and schedule its deletion, the app must encrypt and decrypt, and neither may do the other’s job. Remember lesson 2: an administrator who may call `CreateGrant` can give himself a grant to decrypt.',
  hint: 'Two statements: one for Sam with administrative actions named one by one (no kms:Create*), one for the app with its two cryptographic actions.',
  sources: [SOURCES.defaultPolicy, SOURCES.leastPrivilege],
  scenario: scenarioOf('Challenge 2: separate the duties', {
    principals: [
      { arn: SAM, name: 'Sam (key administrator)' },
      { arn: role('RecordsApp'), name: 'RecordsApp role' },
    ],
    keys: [
      {
        arn: K2,
        aliases: ['alias/records'],
        policy: policyDocument(allowStatement('SamDoesEverything', SAM, 'kms:*')),
      },
    ],
    requests: [
      { id: 'sam-disable', principal: SAM, action: 'kms:DisableKey', key: K2 },
      { id: 'sam-schedule-deletion', principal: SAM, action: 'kms:ScheduleKeyDeletion', key: K2 },
      { id: 'app-encrypt', principal: role('RecordsApp'), action: 'kms:Encrypt', key: K2 },
      { id: 'app-decrypt', principal: role('RecordsApp'), action: 'kms:Decrypt', key: K2 },
      { id: 'sam-decrypt', principal: SAM, action: 'kms:Decrypt', key: K2 },
      {
        id: 'sam-grants-himself',
        principal: SAM,
        action: 'kms:CreateGrant',
        key: K2,
        parameters: { GranteePrincipal: SAM, Operations: ['Decrypt'] },
      },
      { id: 'app-disable', principal: role('RecordsApp'), action: 'kms:DisableKey', key: K2 },
    ],
  }),
  requirements: [
    { request: 'sam-disable', want: 'allow', label: 'Sam disables the key' },
    { request: 'sam-schedule-deletion', want: 'allow', label: 'Sam schedules its deletion' },
    { request: 'app-encrypt', want: 'allow', label: 'RecordsApp encrypts' },
    { request: 'app-decrypt', want: 'allow', label: 'RecordsApp decrypts' },
    { request: 'sam-decrypt', want: 'deny', label: 'Sam decrypts' },
    { request: 'sam-grants-himself', want: 'deny', label: 'Sam grants himself Decrypt' },
    { request: 'app-disable', want: 'deny', label: 'RecordsApp disables the key' },
  ],
  forbiddenWarnings: ['PublicAllow', 'KeyPolicyLockout'],
  solution: [
    {
      op: 'replace',
      path: '/keys/0/policy',
      value: policyDocument(
        allowStatement('SamAdministers', SAM, [
          'kms:CreateAlias',
          ...keyAdministratorActionsWithout('kms:Create*'),
        ]),
        allowStatement('RecordsAppUsesKey', role('RecordsApp'), ['kms:Encrypt', 'kms:Decrypt']),
      ),
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: allowStatement('RecordsAppUsesKey', role('RecordsApp'), [
        'kms:Encrypt',
        'kms:Decrypt',
      ]),
    },
  ],
};

// 3. Share a key with another account.
const REPORTER = role('Reporter', B);
const TRAINEE = role('Trainee', B);
const K3 = key(3);
const shareAcrossAccounts: Challenge = {
  id: 'share-across-accounts',
  number: 3,
  title: 'Share a key with another account',
  brief:
    'The analytics account (444455556666) needs to decrypt reports encrypted under `alias/reports` in the security account (111122223333). Its administrators have given the `Reporter` role an IAM policy for `kms:Decrypt` and `kms:Encrypt` on the key; the `Trainee` role there has no KMS policy.\n\nEdit the **key policy**: Reporter must decrypt, but not encrypt; the Trainee gets nothing until the analytics account gives it an IAM policy; and no other account may get in.',
  hint: 'Name the analytics account (its `:root`) in a statement for `kms:Decrypt` only: across accounts, the caller’s IAM policy and the key policy must both allow.',
  sources: [SOURCES.external],
  scenario: scenarioOf('Challenge 3: share a key with another account', {
    accounts: [
      { id: A, name: 'Security (owns the key)' },
      { id: B, name: 'Analytics' },
      { id: C, name: 'Someone else’s account' },
    ],
    principals: [
      {
        arn: REPORTER,
        name: 'Reporter role (analytics)',
        policies: [
          iamPolicy('UseReportsKey', {
            Sid: 'ReporterUsesReportsKey',
            Effect: 'Allow',
            Action: ['kms:Decrypt', 'kms:Encrypt'],
            Resource: K3,
          }),
        ],
      },
      { arn: TRAINEE, name: 'Trainee role (analytics, no KMS policy)' },
      { arn: OUTSIDER, name: 'Outsider (another account)', policies: [outsiderPolicy] },
    ],
    keys: [{ arn: K3, aliases: ['alias/reports'], policy: policyDocument(enableIamStatement(A)) }],
    requests: [
      { id: 'reporter-decrypt', principal: REPORTER, action: 'kms:Decrypt', key: K3 },
      { id: 'reporter-encrypt', principal: REPORTER, action: 'kms:Encrypt', key: K3 },
      { id: 'trainee-decrypt', principal: TRAINEE, action: 'kms:Decrypt', key: K3 },
      { id: 'outsider-decrypt', principal: OUTSIDER, action: 'kms:Decrypt', key: K3 },
    ],
  }),
  requirements: [
    { request: 'reporter-decrypt', want: 'allow', label: 'Reporter decrypts' },
    { request: 'reporter-encrypt', want: 'deny', label: 'Reporter encrypts' },
    { request: 'trainee-decrypt', want: 'deny', label: 'The Trainee decrypts' },
    { request: 'outsider-decrypt', want: 'deny', label: 'The outsider decrypts' },
  ],
  forbiddenWarnings: ['PublicAllow'],
  solution: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: allowStatement('AnalyticsMayDecrypt', `arn:aws:iam::${B}:root`, 'kms:Decrypt'),
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: allowStatement('AnalyticsMayUse', `arn:aws:iam::${B}:root`, 'kms:*'),
    },
  ],
};

// 4. Require the encryption context.
const ANA = user('Ana');
const K4 = key(4);
const requireContext: Challenge = {
  id: 'require-the-context',
  number: 4,
  title: 'Payroll files only',
  brief:
    'Ana may decrypt payroll files with `alias/files`, and nothing else encrypted under it. Every file is encrypted with an encryption context naming its department, such as `{"department": "payroll"}`. Today her statement allows `kms:Decrypt` with no condition.\n\nAdd a **condition** to her statement: payroll files must decrypt; HR files and requests with no encryption context at all must not.',
  hint: 'Compare the value of one context key, `kms:EncryptionContext:department`. A set operator on the keys alone (`ForAllValues`) lets an empty context through.',
  sources: [
    SOURCES.conditions,
    {
      title: 'Encryption context',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html',
    },
  ],
  scenario: scenarioOf('Challenge 4: payroll files only', {
    principals: [{ arn: ANA, name: 'Ana (payroll)' }],
    keys: [
      {
        arn: K4,
        aliases: ['alias/files'],
        policy: policyDocument(
          enableIamStatement(A),
          allowStatement('AnaDecryptsFiles', ANA, 'kms:Decrypt'),
        ),
      },
    ],
    requests: [
      {
        id: 'ana-decrypt-payroll',
        principal: ANA,
        action: 'kms:Decrypt',
        key: K4,
        encryptionContext: { department: 'payroll' },
      },
      {
        id: 'ana-decrypt-hr',
        principal: ANA,
        action: 'kms:Decrypt',
        key: K4,
        encryptionContext: { department: 'hr' },
      },
      { id: 'ana-decrypt-no-context', principal: ANA, action: 'kms:Decrypt', key: K4 },
    ],
  }),
  requirements: [
    { request: 'ana-decrypt-payroll', want: 'allow', label: 'Ana decrypts a payroll file' },
    { request: 'ana-decrypt-hr', want: 'deny', label: 'Ana decrypts an HR file' },
    { request: 'ana-decrypt-no-context', want: 'deny', label: 'Ana decrypts with no context' },
  ],
  forbiddenWarnings: [],
  solution: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/1/Condition`,
      value: { StringEquals: { 'kms:EncryptionContext:department': 'payroll' } },
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/1/Condition`,
      value: { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['department'] } },
    },
  ],
};

// 5. Only through S3.
const BEN = user('Ben');
const K5 = key(5);
const S3 = `s3.${REGION}.amazonaws.com`;
const viaS3 = { 'kms:ViaService': S3, 'aws:ViaAWSService': true };
const onlyThroughS3: Challenge = {
  id: 'only-through-s3',
  number: 5,
  title: 'Only through Amazon S3',
  brief:
    'Ben stores documents in an S3 bucket encrypted with `alias/documents`. S3 calls KMS on his behalf to make and open data keys. Ben himself should never call KMS with this key directly. Today his statement allows `kms:GenerateDataKey` and `kms:Decrypt` from anywhere.\n\nAdd a **condition** to his statement so that S3’s requests on his behalf pass and his own direct calls do not.',
  hint: 'Which condition key does KMS set only when an AWS service calls on the principal’s behalf, naming the service?',
  sources: [SOURCES.conditions],
  scenario: scenarioOf('Challenge 5: only through Amazon S3', {
    principals: [{ arn: BEN, name: 'Ben' }],
    keys: [
      {
        arn: K5,
        aliases: ['alias/documents'],
        policy: policyDocument(
          enableIamStatement(A),
          allowStatement('BenUsesDocumentsKey', BEN, ['kms:GenerateDataKey', 'kms:Decrypt']),
        ),
      },
    ],
    requests: [
      {
        id: 'ben-data-key-via-s3',
        principal: BEN,
        action: 'kms:GenerateDataKey',
        key: K5,
        context: viaS3,
      },
      { id: 'ben-decrypt-via-s3', principal: BEN, action: 'kms:Decrypt', key: K5, context: viaS3 },
      { id: 'ben-decrypt-direct', principal: BEN, action: 'kms:Decrypt', key: K5 },
      { id: 'ben-data-key-direct', principal: BEN, action: 'kms:GenerateDataKey', key: K5 },
    ],
  }),
  requirements: [
    { request: 'ben-data-key-via-s3', want: 'allow', label: 'S3 makes a data key for Ben' },
    { request: 'ben-decrypt-via-s3', want: 'allow', label: 'S3 opens a data key for Ben' },
    { request: 'ben-decrypt-direct', want: 'deny', label: 'Ben decrypts from the CLI' },
    { request: 'ben-data-key-direct', want: 'deny', label: 'Ben makes a data key himself' },
  ],
  forbiddenWarnings: [],
  solution: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/1/Condition`,
      value: { StringEquals: { 'kms:ViaService': S3 } },
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/1/Condition`,
      value: { StringEqualsIfExists: { 'kms:ViaService': S3 } },
    },
  ],
};

// 6. Guard against deletion.
const OLIVIA = user('Olivia');
const BREAK_GLASS = role('BreakGlass');
const K6 = key(6);
const adminPolicy = (name: string) =>
  iamPolicy(name, { Sid: 'AdminEverything', Effect: 'Allow', Action: '*', Resource: '*' });
const guardDeletion: Challenge = {
  id: 'guard-deletion',
  number: 6,
  title: 'Nobody deletes the key by accident',
  brief:
    'The key `alias/ledger` protects ten years of records. Its policy has the account statement, and several IAM administrators, Olivia among them, have `"Action": "*"`. Only the `BreakGlass` role (also an IAM administrator) should ever be able to schedule the key’s deletion.\n\nAdd one statement to the **key policy** so that Olivia can still use and manage the key otherwise, but only BreakGlass can schedule its deletion.',
  hint: 'An explicit deny wins over every allow. Match everyone whose `aws:PrincipalArn` is not the BreakGlass role.',
  sources: [SOURCES.evaluation, SOURCES.keyPolicies],
  scenario: scenarioOf('Challenge 6: nobody deletes the key by accident', {
    principals: [
      { arn: OLIVIA, name: 'Olivia (IAM administrator)', policies: [adminPolicy('Admin')] },
      { arn: BREAK_GLASS, name: 'BreakGlass role', policies: [adminPolicy('BreakGlassAdmin')] },
    ],
    keys: [{ arn: K6, aliases: ['alias/ledger'], policy: policyDocument(enableIamStatement(A)) }],
    requests: [
      {
        id: 'breakglass-schedule-deletion',
        principal: BREAK_GLASS,
        action: 'kms:ScheduleKeyDeletion',
        key: K6,
      },
      { id: 'olivia-encrypt', principal: OLIVIA, action: 'kms:Encrypt', key: K6 },
      { id: 'olivia-disable', principal: OLIVIA, action: 'kms:DisableKey', key: K6 },
      {
        id: 'olivia-schedule-deletion',
        principal: OLIVIA,
        action: 'kms:ScheduleKeyDeletion',
        key: K6,
      },
    ],
  }),
  requirements: [
    {
      request: 'breakglass-schedule-deletion',
      want: 'allow',
      label: 'BreakGlass schedules the deletion',
    },
    { request: 'olivia-encrypt', want: 'allow', label: 'Olivia encrypts' },
    { request: 'olivia-disable', want: 'allow', label: 'Olivia disables the key' },
    {
      request: 'olivia-schedule-deletion',
      want: 'deny',
      label: 'Olivia schedules the deletion',
    },
  ],
  forbiddenWarnings: ['PublicAllow'],
  solution: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: {
        Sid: 'OnlyBreakGlassDeletes',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 'kms:ScheduleKeyDeletion',
        Resource: '*',
        Condition: { ArnNotEquals: { 'aws:PrincipalArn': BREAK_GLASS } },
      },
    },
  ],
  tooBroad: [
    {
      op: 'add',
      path: `${KEY_POLICY_STATEMENTS}/-`,
      value: {
        Sid: 'NobodyDeletes',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 'kms:ScheduleKeyDeletion',
        Resource: '*',
      },
    },
  ],
};

/** Every challenge, in order. */
export const challenges: readonly Challenge[] = [
  letTheAppIn,
  separateDuties,
  shareAcrossAccounts,
  requireContext,
  onlyThroughS3,
  guardDeletion,
];

/** A challenge by id. */
export const challengeById = (id: string): Challenge | undefined =>
  challenges.find((c) => c.id === id);
