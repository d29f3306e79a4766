/**
 * Where AWS documentation is silent or contradictory, the engine makes a choice. Each choice is
 * data so the UI can show it next to the trace step that relied on it; docs/semantics.md explains
 * each one at length (a test keeps the two in step).
 */
export interface Assumption {
  /** Stable id: `A<n>` from the team's semantics reference, `P<n>` for choices made in this project. */
  id: string;
  /** What the question is. */
  topic: string;
  /** What the engine does. */
  choice: string;
}

export const ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'A1',
    topic: 'Authorization before key state',
    choice:
      'Authorize first; only an authorized caller sees key-state, key-usage or validation errors.',
  },
  {
    id: 'A2',
    topic: 'Crypto call on a key pending deletion',
    choice: 'KMSInvalidStateException ("<arn> is pending deletion.").',
  },
  {
    id: 'A3',
    topic: 'Case of grant-constraint keys',
    choice:
      'Keys compare case-insensitively, values case-sensitively (current GrantConstraints API reference).',
  },
  {
    id: 'A4',
    topic: 'NotPrincipal',
    choice:
      'A caller is exempt only when every identity in its chain (session, role, account) is listed.',
  },
  {
    id: 'A5',
    topic: 'Key policy naming a user or session vs boundaries',
    choice:
      'Naming the user or exact session is not limited by a boundary or session policy; naming the role or account is.',
  },
  {
    id: 'A6',
    topic: 'Grants vs boundaries and session policies',
    choice:
      'An implicit deny from a boundary or session policy does not block a grant; explicit denies do.',
  },
  {
    id: 'A7',
    topic: 'Role or account as grantee',
    choice:
      'A role ARN matches sessions of the role; an account grantee needs an IAM policy in that account.',
  },
  {
    id: 'A8',
    topic: 'Cross-account grantee',
    choice: 'A grant alone suffices; no IAM policy is needed in the grantee account.',
  },
  {
    id: 'A9',
    topic: 'SCP without an Allow',
    choice:
      'Decision ImplicitDeny, message worded "explicit deny in a service control policy" as AWS prints it.',
  },
  {
    id: 'A10',
    topic: 'Which "no policy allows" message',
    choice:
      'The first failed requirement: SCP, endpoint, key policy, identity policy, boundary, session policy.',
  },
  {
    id: 'A11',
    topic: 'RCP denial message',
    choice: '"with an explicit deny in a resource control policy", by analogy.',
  },
  {
    id: 'A12',
    topic: 'Two values for kms:MacAlgorithm',
    choice: 'The generic IAM rule: several values are ORed.',
  },
  {
    id: 'A13',
    topic: '${aws:username} for a role',
    choice: 'Absent for roles, so a condition using it fails (StringEquals) or passes (negated).',
  },
  {
    id: 'A14',
    topic: 'Case of tag keys',
    choice:
      'The tag-key part of aws:RequestTag/aws:ResourceTag/aws:PrincipalTag is case-insensitive; values follow the operator.',
  },
  {
    id: 'A15',
    topic: 'Resource wildcards',
    choice: 'The whole ARN is matched as one case-sensitive glob.',
  },
  {
    id: 'A16',
    topic: 'Multi-valued key without a set operator',
    choice: 'Evaluated like ForAnyValue, with a warning.',
  },
  {
    id: 'A17',
    topic: 'Set operators with negated operators',
    choice: '"Satisfies" means "matches none of the policy values", per request value.',
  },
  {
    id: 'A18',
    topic: 'Lockout safety check',
    choice:
      'Re-run the key-policy path for kms:PutKeyPolicy with the new policy, current IAM policies and context.',
  },
  {
    id: 'A19',
    topic: 'Undocumented exception names',
    choice:
      'AccessDenied for a child grant beyond its parent and for non-cross-account calls; ValidationException for a group grantee.',
  },
  { id: 'A20', topic: 'ValidationError or ValidationException', choice: 'ValidationException.' },
  {
    id: 'A21',
    topic: 'Encryption context in ReEncrypt conditions',
    choice: 'Source context for ReEncryptFrom, destination context for ReEncryptTo.',
  },
  {
    id: 'A22',
    topic: 'Service principals as grantees',
    choice:
      'Named in GranteeServicePrincipal with a SourceArn constraint and a retiring principal (current CreateGrant); a service principal in GranteePrincipal is rejected with ValidationException.',
  },
  {
    id: 'A23',
    topic: 'Newer operations across accounts',
    choice: 'DeriveSharedSecret is cross-account capable; the rotation operations are not.',
  },
  { id: 'A24', topic: '{"AWS": "*"} vs "*"', choice: 'Equivalent; both match service principals.' },
  {
    id: 'A25',
    topic: 'kms:RetireGrant in a key policy',
    choice: 'Ignored in both directions (Allow and Deny); IAM and SCP denies still apply.',
  },
  {
    id: 'A26',
    topic: 'Role path in session ARNs',
    choice:
      "A session is tied to its role by the principal's roleArn, else by account and role name.",
  },
  {
    id: 'A27',
    topic: 'Decrypt with another KeyId',
    choice:
      "Authorize against the ciphertext's key; if allowed but KeyId differs, IncorrectKeyException.",
  },
  {
    id: 'A28',
    topic: 'Disabled key exception',
    choice: 'DisabledException ("<arn> is disabled.").',
  },
  {
    id: 'A29',
    topic: 'Recognising AWS managed keys',
    choice: 'keyManager "AWS" keys are exempt from RCPs.',
  },
  {
    id: 'A30',
    topic: 'SCP/RCP exemptions',
    choice:
      'SCPs skip the management account, service principals and service-linked roles; RCPs skip the management account and AWS managed keys but apply to service principals.',
  },
  {
    id: 'P1',
    topic: 'An organization level with no SCP listed',
    choice:
      'Treated as having FullAWSAccess attached (AWS attaches it by default and every level must have one SCP).',
  },
  {
    id: 'P2',
    topic: 'Unknown action in a request',
    choice: 'ValidationException with a message naming the action; nothing is authorized.',
  },
  {
    id: 'P3',
    topic: 'Principal element in an identity policy or SCP',
    choice:
      'An error diagnostic; the element is ignored when evaluating (AWS would have rejected the policy).',
  },
  {
    id: 'P4',
    topic: 'Malformed condition',
    choice: 'An error diagnostic, and the clause evaluates to false.',
  },
  {
    id: 'P5',
    topic: 'A grant token that names no grant',
    choice: 'InvalidGrantTokenException for an otherwise authorized call.',
  },
  {
    id: 'P6',
    topic: 'Parameter keys with defaults',
    choice:
      'kms:ScheduleKeyDeletionPendingWindowInDays defaults to 30, kms:RotationPeriodInDays to 365, kms:EncryptionAlgorithm to SYMMETRIC_DEFAULT, kms:MessageType to RAW; kms:BypassPolicyLockoutSafetyCheck is absent when omitted.',
  },
  {
    id: 'P7',
    topic: 'A request made "as a role"',
    choice:
      'A role ARN as the request principal is a session of that role whose session name is unknown; messages and CloudTrail show it as the session `session`.',
  },
  {
    id: 'P8',
    topic: 'Message for a call from another account that cannot cross accounts',
    choice:
      'The generic KMS wording "...on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access".',
  },
  {
    id: 'P9',
    topic: 'kms:GrantIsForAWSResource when not supplied',
    choice:
      'For CreateGrant, ListGrants and RevokeGrant: true when the request comes through an AWS service (kms:ViaService given, or aws:ViaAWSService true), else false; absent for other operations.',
  },
  {
    id: 'P10',
    topic: 'Decrypt without a described ciphertext',
    choice: 'Authorization uses the request key; no ciphertext-binding check is made.',
  },
  {
    id: 'P11',
    topic: 'NotPrincipal with Allow',
    choice:
      'AWS does not support it; a warning says so, and the statement never allows a caller when any identity of its chain (session, role, user, account, service) is listed.',
  },
  {
    id: 'P12',
    topic: 'Exception for an alias name under alias/aws/',
    choice:
      'NotAuthorizedException for CreateAlias, UpdateAlias and DeleteAlias, after authorization (A1).',
  },
  {
    id: 'P13',
    topic: 'Exception for UpdateAlias to a key of another type or key usage',
    choice: 'ValidationException, after authorization and the key-state check.',
  },
  {
    id: 'P14',
    topic: 'Organization keys',
    choice:
      'Derived only when the scenario gives organization.id: aws:PrincipalOrgID/aws:PrincipalOrgPaths for a caller whose account has a parent, aws:ResourceOrgID/aws:ResourceOrgPaths for the key account; each path is o-…/<rootId>/<OU ids>/, one per account.',
  },
  {
    id: 'P15',
    topic: 'DryRun',
    choice:
      'For the operations that take it, DryRun true turns an otherwise successful call into DryRunOperationException, checked last; every other outcome is unchanged. Operations that do not take DryRun ignore it.',
  },
  {
    id: 'P16',
    topic: 'Retiring and revoking a grant in the simulated account',
    choice:
      'A propagated grant keeps allowing calls for five simulated minutes after RetireGrant or RevokeGrant, then the clock removes it; its token stops working at once and the list operations stop showing it. A grant that never propagated is removed at once.',
  },
  {
    id: 'P17',
    topic: 'Signing and encryption algorithms',
    choice:
      'A SigningAlgorithm or EncryptionAlgorithm the key spec does not support is InvalidKeyUsageException; a MessageType the algorithm does not allow (EXTERNAL_MU off ML-DSA, Ed25519 RAW/DIGEST) is ValidationException; an algorithm left out is not judged.',
  },
  {
    id: 'P18',
    topic: 'Where GetKeyLastUsage tracking starts',
    choice:
      'The simulated account tracks a key from its creation: TrackingStartDate is the key creation date, and KeyLastUsage is the newest successful cryptographic call on the key in the audit trail (ReEncrypt for both keys); a key never used answers without KeyLastUsage.',
  },
  {
    id: 'P19',
    topic: 'Key material ids in the simulated account',
    choice:
      'Symmetric encryption keys with AWS_KMS material, or EXTERNAL material while imported, have key material ids: 64 hex digits derived from the key id and the material index (0 for the first, n after the nth rotation), so related multi-Region keys share them. CurrentKeyMaterialId is the newest; ListKeyRotations marks it CURRENT and the others NON_CURRENT.',
  },
  {
    id: 'P20',
    topic: 'The denying policy ARN in AccessDeniedException messages',
    choice:
      'An explicit deny in an SCP or RCP names the policy ARN (arn:aws:organizations::<management account>:policy/<org id>/service_control_policy|resource_control_policy/<id>) when the scenario gives the organization id and a management account and the caller is in the organization. Identity policies (which may be inline), boundaries and session policies have no ARN in the scenario, so their messages keep the policy type alone.',
  },
  {
    id: 'P21',
    topic: 'Exceptions of imported key material rotation',
    choice:
      'RotateKeyOnDemand on a key with imported material and no material pending rotation is KMSInvalidStateException; ImportType on an asymmetric or HMAC key is UnsupportedOperationException; NEW_KEY_MATERIAL on a key without its current material is IncorrectKeyMaterialException. Multi-Region keys with imported material rotate like single-Region ones (the imports into replicas are not tracked).',
  },
];

/** Looks up an assumption by id. */
export function findAssumption(id: string): Assumption | undefined {
  return ASSUMPTIONS.find((a) => a.id === id);
}
