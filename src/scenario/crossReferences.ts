import type { IssueList } from './issues';
import type { Scenario } from './types';

/**
 * Checks between parts of a scenario that each look fine alone. Most are warnings, because a
 * scenario may deliberately call with an unknown principal or a missing key (that is how a
 * NotFoundException or a caller without policies is shown); only a request routed through a
 * VPC endpoint that does not exist is an error, since the endpoint policy cannot be evaluated.
 */
export function checkCrossReferences(s: Scenario, issues: IssueList): void {
  warnDuplicates(
    issues,
    s.requests.map((r) => r.id),
    'requests',
    'id',
    'request id',
  );
  warnDuplicates(
    issues,
    s.keys.map((k) => k.arn),
    'keys',
    'arn',
    'key ARN',
  );
  warnDuplicates(
    issues,
    s.grants.map((g) => g.grantId),
    'grants',
    'grantId',
    'grant id',
  );
  warnDuplicates(
    issues,
    s.principals.map((p) => p.arn),
    'principals',
    'arn',
    'principal ARN',
  );

  const keyRefs = new Set<string>();
  for (const key of s.keys) {
    keyRefs.add(key.arn);
    const id = keyIdOf(key.arn);
    if (id) keyRefs.add(id);
  }
  s.grants.forEach((grant, i) => {
    if (!keyRefs.has(grant.key)) {
      issues.warning(
        ['grants', i, 'key'],
        'UnknownReference',
        `no key in the scenario has the id or ARN "${grant.key}"; the grant applies to nothing`,
      );
    }
  });

  const groupArns = new Set(s.groups.map((g) => g.arn));
  s.principals.forEach((principal, i) => {
    principal.groups.forEach((group, j) => {
      if (!groupArns.has(group)) {
        issues.warning(
          ['principals', i, 'groups', j],
          'UnknownReference',
          `group "${group}" is not in the scenario's groups, so it adds no policies`,
        );
      }
    });
  });

  const callers = knownCallers(s);
  const endpoints = new Set(s.vpcEndpoints.map((e) => e.id));
  s.requests.forEach((request, i) => {
    if (!callers(request.principal)) {
      issues.warning(
        ['requests', i, 'principal'],
        'UnknownReference',
        `"${request.principal}" is not among the scenario's principals; that is allowed, and it is evaluated as a caller with no identity policies`,
      );
    }
    if (request.viaVpcEndpoint !== undefined && !endpoints.has(request.viaVpcEndpoint)) {
      issues.error(
        ['requests', i, 'viaVpcEndpoint'],
        'UnknownReference',
        `no VPC endpoint "${request.viaVpcEndpoint}" in the scenario's vpcEndpoints`,
      );
    }
  });
}

function warnDuplicates(
  issues: IssueList,
  values: (string | undefined)[],
  list: string,
  field: string,
  what: string,
): void {
  const first = new Map<string, number>();
  values.forEach((value, i) => {
    if (value === undefined) return;
    const earlier = first.get(value);
    if (earlier === undefined) {
      first.set(value, i);
    } else {
      const detail = `${what} "${value}" is already used by ${list}[${earlier}]`;
      issues.warning([list, i, field], 'DuplicateId', detail);
    }
  });
}

/** The key id at the end of a key ARN (`arn:aws:kms:<region>:<account>:key/<id>`). */
function keyIdOf(arn: string): string | undefined {
  const at = arn.indexOf(':key/');
  return at >= 0 ? arn.slice(at + ':key/'.length) : undefined;
}

/**
 * Which request principals need no entry of their own: listed principals, sessions of a listed
 * role, account root users and service principals (they have no identity policies anyway).
 */
function knownCallers(s: Scenario): (arn: string) => boolean {
  const listed = new Set<string>();
  const roleNames = new Set<string>();
  for (const p of s.principals) {
    listed.add(p.arn);
    for (const arn of [p.arn, p.roleArn]) {
      const role = arn && /^arn:[^:]+:iam::(\d+):role\/(?:.*\/)?([^/]+)$/.exec(arn);
      if (role) roleNames.add(`${role[1]}/${role[2]}`);
    }
  }
  return (arn) => {
    const isRoot = /^arn:[^:]+:iam::\d+:root$/.test(arn);
    if (listed.has(arn) || !arn.startsWith('arn:') || isRoot) return true;
    const session = /^arn:[^:]+:sts::(\d+):assumed-role\/([^/]+)\//.exec(arn);
    return session !== null && roleNames.has(`${session[1]}/${session[2]}`);
  };
}
