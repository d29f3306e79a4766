import type { Principal, Scenario } from '../../scenario/types';

/** The kinds of caller KMS sees (kms-semantics 0.2). */
export type CallerKind = 'user' | 'roleSession' | 'federatedUser' | 'root' | 'service' | 'unknown';

/** The caller and its identity chain, resolved once per request. */
export interface Caller {
  /** The ARN as the request names it. */
  arn: string;
  kind: CallerKind;
  /** 12-digit account, or null for service principals and unparseable ARNs. */
  account: string | null;
  /** For role sessions: the role ARN (with its path when the scenario knows it). */
  roleArn: string | null;
  /** For role sessions: the role name. */
  roleName: string | null;
  /** For role sessions: the session name, or null when the request named the role itself. */
  sessionName: string | null;
  /** For IAM users: the user name (no path). */
  userName: string | null;
  /** `aws:PrincipalArn` (S39): the role ARN for role sessions. */
  principalArn: string;
  /** The scenario entry that holds this caller's policies (for sessions: the role's). */
  entry: Principal | null;
  /** True for service-linked roles, which SCPs do not restrict (S16). */
  serviceLinked: boolean;
}

const IAM_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):(user|role|root|group)(?:\/(.*))?$/;
const STS_ARN = /^arn:aws[a-z-]*:sts::(\d{12}):(assumed-role|federated-user)\/(.+)$/;

/** Account id of an account principal (`arn:aws:iam::A:root` or bare `A`), else null. */
export function accountOfAccountPrincipal(value: string): string | null {
  if (/^\d{12}$/.test(value)) return value;
  const m = IAM_ARN.exec(value);
  return m && m[2] === 'root' && m[3] === undefined ? (m[1] ?? null) : null;
}

/** Last path segment of an IAM resource name (`path/to/Name` → `Name`). */
export function lastSegment(name: string): string {
  const i = name.lastIndexOf('/');
  return i < 0 ? name : name.slice(i + 1);
}

/** Finds the scenario entry for a role by account and name (session ARNs carry no path, A26). */
function findRole(scenario: Scenario, account: string, roleName: string): Principal | null {
  for (const p of scenario.principals) {
    const m = IAM_ARN.exec(p.arn);
    if (m && m[1] === account && m[2] === 'role' && lastSegment(m[3] ?? '') === roleName) return p;
  }
  return null;
}

/** Resolves a request's principal string into a Caller with its identity chain. */
export function resolveCaller(scenario: Scenario, arn: string): Caller {
  const own = scenario.principals.find((p) => p.arn === arn) ?? null;
  const base: Caller = {
    arn,
    kind: 'unknown',
    account: null,
    roleArn: null,
    roleName: null,
    sessionName: null,
    userName: null,
    principalArn: arn,
    entry: own,
    serviceLinked: false,
  };
  if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(arn)) return { ...base, kind: 'service' };
  const iam = IAM_ARN.exec(arn);
  if (iam) {
    const account = iam[1] ?? null;
    const rest = iam[3] ?? '';
    if (iam[2] === 'root') return { ...base, kind: 'root', account };
    if (iam[2] === 'user') return { ...base, kind: 'user', account, userName: lastSegment(rest) };
    if (iam[2] === 'role') {
      // A request made "as the role" is a session of it whose name we do not know.
      return {
        ...base,
        kind: 'roleSession',
        account,
        roleArn: arn,
        roleName: lastSegment(rest),
        serviceLinked: rest.startsWith('aws-service-role/'),
      };
    }
    return { ...base, account };
  }
  const sts = STS_ARN.exec(arn);
  if (sts) {
    const account = sts[1] ?? '';
    if (sts[2] === 'federated-user') return { ...base, kind: 'federatedUser', account };
    const [roleName = '', ...session] = (sts[3] ?? '').split('/');
    const role = own?.roleArn
      ? (scenario.principals.find((p) => p.arn === own.roleArn) ?? null)
      : findRole(scenario, account, roleName);
    const roleArn = own?.roleArn ?? role?.arn ?? `arn:aws:iam::${account}:role/${roleName}`;
    return {
      ...base,
      kind: 'roleSession',
      account,
      roleArn,
      roleName,
      sessionName: session.join('/') || null,
      principalArn: roleArn,
      entry: own && own.policies.length > 0 ? own : (role ?? own),
      serviceLinked: roleArn.includes(':role/aws-service-role/'),
    };
  }
  const bare = /^\d{12}$/.test(arn) ? arn : null;
  return bare
    ? { ...base, kind: 'root', account: bare, principalArn: `arn:aws:iam::${bare}:root` }
    : base;
}

/** `aws:PrincipalType` values (S39). */
export function principalType(kind: CallerKind): string | null {
  switch (kind) {
    case 'user':
      return 'User';
    case 'roleSession':
      return 'AssumedRole';
    case 'root':
      return 'Account';
    case 'federatedUser':
      return 'FederatedUser';
    default:
      return null;
  }
}

/**
 * P7: the session name the app prints for a request made "as a role". AWS calls are made by a
 * session of a role, never by the role itself, and the request does not say which session; the
 * name is a placeholder (the one the request builder offers), not a session the engine matches.
 */
export const ROLE_CALLER_SESSION = 'session';

/**
 * The caller's ARN as AWS prints it in an AccessDeniedException message (S20) and in CloudTrail's
 * `userIdentity.arn` (S61): a role named as the caller is shown as its session,
 * `arn:PARTITION:sts::ACCOUNT:assumed-role/NAME/session` (P7); every other caller as given.
 */
export function reportedCallerArn(caller: Caller): string {
  if (caller.kind !== 'roleSession' || caller.sessionName !== null || !caller.account)
    return caller.arn;
  const partition = caller.arn.split(':')[1] ?? 'aws';
  return `arn:${partition}:sts::${caller.account}:assumed-role/${caller.roleName ?? ''}/${ROLE_CALLER_SESSION}`;
}
