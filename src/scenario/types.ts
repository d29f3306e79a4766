/**
 * The scenario contract, version 1 (see docs/scenario-format.md). One shape serves the share URL,
 * file import/export, the CLI, the built-in examples and the test fixtures.
 *
 * These are the types *after* decoding: defaults are filled in and documents given as JSON strings
 * have been parsed. Policy documents stay `unknown` JSON values on purpose: the engine parses and
 * validates them itself so that a malformed policy becomes a diagnostic, never a crash.
 */

/** A JSON value as it appears in a scenario file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An IAM JSON policy document (`Version`, `Id`, `Statement`), kept as raw JSON for the engine. */
export type PolicyDocument = Json;

/** The format marker every scenario carries. */
export const SCENARIO_FORMAT = 'kms-playground/scenario';
/** The newest scenario format version this build reads and writes. */
export const SCENARIO_VERSION = 1;

/** The whole scenario. */
export interface Scenario {
  /** Always `kms-playground/scenario`. */
  format: typeof SCENARIO_FORMAT;
  /** Format version; 1 is the only version so far. */
  version: 1;
  /** Short title shown in the explorer. */
  title?: string;
  /** Markdown shown beside the scenario. */
  description?: string;
  /** AWS Organizations structure with its SCPs and RCPs. */
  organization?: Organization;
  /** AWS accounts; an account with a `parent` belongs to the organization. */
  accounts: Account[];
  /** Callers: IAM users, roles, role sessions, account root users and service principals. */
  principals: Principal[];
  /** IAM groups and their identity policies. */
  groups: Group[];
  /** KMS keys, each with exactly one key policy. */
  keys: Key[];
  /** Grants on the keys. */
  grants: Grant[];
  /** VPC interface endpoints for KMS and their endpoint policies. */
  vpcEndpoints: VpcEndpoint[];
  /** The requests to evaluate. */
  requests: Request[];
  /** The simulated account's state after a console session: clock, audit trail, lifecycle facts. */
  simulator?: SimulatorField;
  /** What the screen showed when the link or file was made (the app restores it on opening). */
  view?: ScenarioView;
}

/** The tabs under the editor a view can name. */
export const VIEW_TABS = ['request', 'console', 'audit', 'lab'] as const;

/**
 * The view a share link or file opens on: the selected request (its `id`, or its position from 0
 * when it has none), the open document (its id as the explorer names it, e.g. `key:<key id>`)
 * and the tab under the editor. Every part is optional; one that names nothing is ignored.
 */
export interface ScenarioView {
  request?: string | number;
  document?: string;
  tab?: (typeof VIEW_TABS)[number];
}

/** Lifecycle facts KMS keeps for a key that the key itself has no field for. */
export interface SimulatorKeyMeta {
  creationDate: string;
  deletionDate?: string;
  pendingWindowInDays?: number;
  rotationEnabled: boolean;
  rotationPeriodInDays: number;
  nextRotationDate?: string;
  rotations: { RotationDate: string; RotationType: 'AUTOMATIC' | 'ON_DEMAND' }[];
  importedMaterial?: boolean;
  pendingRotationMaterial?: boolean;
}

/**
 * The simulated KMS account besides the scenario (src/simulator's `SimulatorState` minus the
 * scenario): the clock, the CloudTrail-style audit trail (kept as JSON records), id counters,
 * per-key lifecycle facts, grant creation and removal times, CLI profiles and Region. Key material
 * and ciphertexts are not part of it.
 */
export interface SimulatorField {
  /** Simulated clock, ISO 8601 UTC. */
  clock: string;
  /** CloudTrail records, oldest first. */
  audit: { [key: string]: Json }[];
  /** Counters for deterministic ids. */
  counters: { keys: number; grants: number; auditDropped?: number };
  /** Lifecycle facts by key ARN. */
  keyMeta: Record<string, SimulatorKeyMeta>;
  /** Grant creation times by grant id. */
  grantCreated: Record<string, string>;
  /**
   * Times at which propagated grants were retired or revoked, by grant id: the grant keeps working
   * until the deletion has propagated, five simulated minutes later (API_RevokeGrant).
   */
  grantRemoved?: Record<string, string>;
  /** CLI profile name → principal ARN. */
  profiles: Record<string, string>;
  /** Region for new keys and CloudTrail's awsRegion. */
  region: string;
}

/** The organization: OUs under the root and the policies attached to root, OUs or accounts. */
export interface Organization {
  /**
   * The organization id (`o-` and 10 to 32 lower-case letters or digits). When given, the engine
   * derives aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:ResourceOrgID and aws:ResourceOrgPaths
   * for accounts in the organization.
   */
  id?: string;
  /** The root's id as it appears in OU paths (`r-` and 4 to 32 letters or digits); default `r-root`. */
  rootId?: string;
  /** Organizational units; `parent` is `r-root` or another OU id. */
  units: OrganizationalUnit[];
  /** Service control policies and resource control policies. */
  policies: OrganizationPolicy[];
}

/** One organizational unit. */
export interface OrganizationalUnit {
  /** OU id such as `ou-prod`. */
  id: string;
  /** Parent: `r-root` or an OU id. */
  parent: string;
  /** Display name. */
  name?: string;
}

/** An SCP or RCP attached to organization targets. */
export interface OrganizationPolicy {
  /** Policy id such as `p-deny-delete`. */
  id: string;
  /** `SCP` restricts principals of the account; `RCP` restricts resources (keys) of the account. */
  type: 'SCP' | 'RCP';
  /** Display name. */
  name?: string;
  /** Where it is attached: `r-root`, an OU id or an account id. */
  targets: string[];
  /** The policy document. */
  document: PolicyDocument;
}

/** One AWS account. */
export interface Account {
  /** 12-digit account id. */
  id: string;
  /** Display name. */
  name?: string;
  /** `r-root` or an OU id; omitted when the account is in no organization. */
  parent?: string;
  /** The organization's management account: SCPs and RCPs do not apply to it. Default false. */
  managementAccount: boolean;
}

/** A named identity policy attached to a principal or group. */
export interface NamedPolicy {
  /** Policy name, unique within its principal or group. */
  name: string;
  /** The policy document. */
  document: PolicyDocument;
}

/** A caller. */
export interface Principal {
  /** User, role, assumed-role session, federated user, account root or service principal. */
  arn: string;
  /** Display name. */
  name?: string;
  /** For an assumed-role session: the role's full ARN (with its path), which the session ARN lacks. */
  roleArn?: string;
  /** Identity-based policies attached to this principal (for a session: its role's). */
  policies: NamedPolicy[];
  /** Group ARNs (users only). */
  groups: string[];
  /** Permissions boundary document. */
  permissionsBoundary?: PolicyDocument;
  /** Principal tags, for `aws:PrincipalTag/<k>`. */
  tags: Record<string, string>;
}

/** An IAM group. */
export interface Group {
  /** Group ARN. */
  arn: string;
  /** Identity-based policies attached to the group. */
  policies: NamedPolicy[];
}

/** Key states as KMS reports them. */
export type KeyState =
  | 'Enabled'
  | 'Disabled'
  | 'PendingDeletion'
  | 'PendingImport'
  | 'Unavailable'
  | 'Creating'
  | 'Updating'
  | 'PendingReplicaDeletion';

/** Key usages as KMS reports them. */
export type KeyUsage = 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'GENERATE_VERIFY_MAC' | 'KEY_AGREEMENT';

/** Key material origins. */
export type KeyOrigin = 'AWS_KMS' | 'EXTERNAL' | 'AWS_CLOUDHSM' | 'EXTERNAL_KEY_STORE';

/** A KMS key. */
export interface Key {
  /** Key ARN `arn:aws:kms:<region>:<account>:key/<key-id>`. */
  arn: string;
  /** Alias names (`alias/x`) pointing at this key. */
  aliases: string[];
  /** Description. */
  description?: string;
  /** Key state; default `Enabled`. */
  state: KeyState;
  /** Key spec; default `SYMMETRIC_DEFAULT`. */
  keySpec: string;
  /** Key usage; default `ENCRYPT_DECRYPT`. */
  keyUsage: KeyUsage;
  /** Origin of the key material; default `AWS_KMS`. */
  origin: KeyOrigin;
  /** Multi-Region key; default false. */
  multiRegion: boolean;
  /** For multi-Region keys: `PRIMARY` (default) or `REPLICA`. */
  multiRegionKeyType?: 'PRIMARY' | 'REPLICA';
  /** `CUSTOMER` (default) or `AWS` for AWS managed keys. */
  keyManager: 'CUSTOMER' | 'AWS';
  /** Resource tags, for `aws:ResourceTag/<k>`. */
  tags: Record<string, string>;
  /** The key policy. */
  policy: PolicyDocument;
  /**
   * DEMO ONLY: AES-256 key material, one entry of 64 hex digits per material version, oldest
   * first, so that a shared scenario can decrypt the ciphertexts it shows. Anyone with the link has
   * it: never real key material. Absent: the playground makes random, non-extractable material.
   */
  demoMaterial?: string[];
}

/** An encryption-context constraint of a grant. */
export interface GrantConstraints {
  /** The request's encryption context must be exactly these pairs. */
  encryptionContextEquals?: Record<string, string>;
  /** The request's encryption context must include these pairs. */
  encryptionContextSubset?: Record<string, string>;
  /**
   * The grant works only for requests made on behalf of this AWS resource (the request's
   * aws:SourceArn); required for a grant to a service principal (API_CreateGrant).
   */
  sourceArn?: string;
}

/** A grant on one key. */
export interface Grant {
  /** Grant id. */
  grantId: string;
  /** Key id or key ARN the grant is bound to. */
  key: string;
  /** Friendly name. */
  name?: string;
  /** Who may use the grant: an IAM principal ARN, or a service principal such as `ec2.amazonaws.com`. */
  granteePrincipal: string;
  /** Who may retire the grant (an IAM principal ARN or a service principal). */
  retiringPrincipal?: string;
  /** Grant operations such as `Decrypt` (no `kms:` prefix). */
  operations: string[];
  /** Encryption-context constraint. */
  constraints?: GrantConstraints;
  /** Account principal of the account that created the grant; default the key's account. */
  issuingAccount?: string;
  /** Grant token returned by CreateGrant. */
  grantToken?: string;
  /** Default true; false = created moments ago, usable only with its grant token. */
  propagated: boolean;
}

/** A VPC interface endpoint. */
export interface VpcEndpoint {
  /** Endpoint id such as `vpce-0abc`. */
  id: string;
  /** Endpoint policy; absent means the default full-access policy. */
  policy?: PolicyDocument;
}

/** A value in the request context. */
export type ContextValue = string | number | boolean | string[];

/** What the ciphertext passed to Decrypt/ReEncrypt was made with. */
export interface CiphertextInfo {
  /** The key that encrypted it (id or ARN). */
  key: string;
  /** The encryption context bound at encryption. */
  encryptionContext: Record<string, string>;
}

/** Expected result, checked by lessons and tests. */
export interface Expectation {
  /** The KMS API outcome. */
  outcome?: string;
  /** The authorization decision. */
  decision?: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
}

/** One KMS API request. */
export interface Request {
  /** Unique within the scenario. */
  id?: string;
  /** The caller's ARN (or a service principal name). */
  principal: string;
  /** IAM action name; `kms:ReEncrypt` means the ReEncrypt API. */
  action: string;
  /** Key id, key ARN, alias name or alias ARN; omitted for operations that use no key. */
  key?: string;
  /** Encryption context of the request. */
  encryptionContext?: Record<string, string>;
  /** Grant tokens passed with the request. */
  grantTokens: string[];
  /** Session policy of an assumed-role or federated session. */
  sessionPolicy?: PolicyDocument;
  /** The VPC endpoint the request arrived through. */
  viaVpcEndpoint?: string;
  /** Request context keys supplied by the user. */
  context: Record<string, ContextValue>;
  /** Default true; false turns off derived context keys. */
  deriveContext: boolean;
  /** KMS API request parameters, in AWS's spelling. */
  parameters: Record<string, Json>;
  /** Optional assertion. */
  expect?: Expectation;
}
