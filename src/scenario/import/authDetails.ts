/**
 * `aws iam get-account-authorization-details` output (IAM API Reference,
 * GetAccountAuthorizationDetails: `UserDetailList`, `GroupDetailList`, `RoleDetailList`,
 * `Policies`). Users and roles become principals with their inline policies and the default
 * version of each attached managed policy found in `Policies`, their groups, permissions boundary
 * and tags; groups become groups. Policy documents may be URL-encoded JSON strings, as the API
 * returns them.
 */
import { isObject, upsertGroup, upsertPrincipal, type Imported, type JsonObject } from './draft';
import type { Json } from '../types';

/** A policy document as the API gives it: an object, JSON text, or URL-encoded JSON text. */
export function policyDocument(v: unknown): Json | null {
  if (isObject(v)) return v;
  if (typeof v !== 'string') return null;
  for (const text of [v, safeDecode(v)]) {
    if (text === null) continue;
    try {
      const parsed: unknown = JSON.parse(text);
      if (isObject(parsed)) return parsed;
    } catch {
      // try the next form
    }
  }
  return null;
}

function safeDecode(v: string): string | null {
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}

const list = (v: unknown): JsonObject[] => (Array.isArray(v) ? v.filter(isObject) : []);

export function importAuthorizationDetails(value: JsonObject): Imported | null {
  if (!['UserDetailList', 'RoleDetailList', 'GroupDetailList'].some((k) => Array.isArray(value[k])))
    return null;
  const notes: string[] = [];
  const managed = new Map<string, { name: string; document: Json }>();
  for (const p of list(value['Policies'])) {
    const arn = p['Arn'];
    const def = list(p['PolicyVersionList']).find(
      (v) => v['IsDefaultVersion'] === true || v['VersionId'] === p['DefaultVersionId'],
    );
    const doc = policyDocument(def?.['Document']);
    if (typeof arn === 'string' && doc)
      managed.set(arn, { name: String(p['PolicyName'] ?? arn), document: doc });
  }
  const missing = new Set<string>();
  const attached = (entity: JsonObject): JsonObject[] =>
    list(entity['AttachedManagedPolicies']).flatMap((a) => {
      const arn = String(a['PolicyArn'] ?? '');
      const m = managed.get(arn);
      if (!m) {
        missing.add(arn);
        return [];
      }
      return [{ name: m.name, document: m.document }];
    });
  const inline = (entity: JsonObject, field: string): JsonObject[] =>
    list(entity[field]).flatMap((p) => {
      const doc = policyDocument(p['PolicyDocument']);
      if (!doc) {
        notes.push(
          `The inline policy ${String(p['PolicyName'])} of ${String(entity['Arn'])} is not JSON.`,
        );
        return [];
      }
      return [{ name: String(p['PolicyName'] ?? 'inline'), document: doc }];
    });
  const boundary = (entity: JsonObject): Json | undefined => {
    const b = isObject(entity['PermissionsBoundary']) ? entity['PermissionsBoundary'] : null;
    const arn = b ? String(b['PermissionsBoundaryArn'] ?? '') : '';
    if (!arn) return undefined;
    const m = managed.get(arn);
    if (!m)
      notes.push(
        `The permissions boundary ${arn} of ${String(entity['Arn'])} is not in Policies: left out.`,
      );
    return m?.document;
  };
  const tags = (entity: JsonObject): JsonObject => {
    const out: JsonObject = {};
    for (const t of list(entity['Tags']))
      if (typeof t['Key'] === 'string' && typeof t['Value'] === 'string')
        out[t['Key']] = t['Value'];
    return out;
  };
  const groupArns = new Map<string, string>();
  for (const g of list(value['GroupDetailList']))
    if (typeof g['GroupName'] === 'string' && typeof g['Arn'] === 'string')
      groupArns.set(g['GroupName'], g['Arn']);

  const principals: { arn: string; extra: JsonObject }[] = [];
  for (const [field, policyField] of [
    ['UserDetailList', 'UserPolicyList'],
    ['RoleDetailList', 'RolePolicyList'],
  ] as const) {
    for (const e of list(value[field])) {
      if (typeof e['Arn'] !== 'string') continue;
      const extra: JsonObject = { policies: [...inline(e, policyField), ...attached(e)] };
      const b = boundary(e);
      if (b) extra['permissionsBoundary'] = b;
      const t = tags(e);
      if (Object.keys(t).length > 0) extra['tags'] = t;
      if (field === 'UserDetailList') {
        const groups = (Array.isArray(e['GroupList']) ? e['GroupList'] : [])
          .map((n) => groupArns.get(String(n)))
          .filter((a): a is string => a !== undefined);
        if (groups.length > 0) extra['groups'] = groups;
      }
      principals.push({ arn: e['Arn'], extra });
    }
  }
  const groups = list(value['GroupDetailList'])
    .filter((g) => typeof g['Arn'] === 'string')
    .map((g) => ({
      arn: String(g['Arn']),
      policies: [...inline(g, 'GroupPolicyList'), ...attached(g)],
    }));
  if (missing.size > 0)
    notes.push(
      `${missing.size} attached managed polic${missing.size === 1 ? 'y is' : 'ies are'} not in Policies (AWS managed policies are listed only with --filter AWSManagedPolicy): ${[...missing].slice(0, 3).join(', ')}${missing.size > 3 ? ', …' : ''}.`,
    );
  const roles = principals.filter((p) => p.arn.includes(':role/')).length;
  return {
    what: 'aws iam get-account-authorization-details output',
    description: `Read ${principals.length - roles} user${principals.length - roles === 1 ? '' : 's'}, ${roles} role${roles === 1 ? '' : 's'} and ${groups.length} group${groups.length === 1 ? '' : 's'} with their policies.`,
    notes,
    apply(d) {
      for (const g of groups) upsertGroup(d, g.arn, g.policies);
      for (const p of principals) upsertPrincipal(d, p.arn, p.extra);
    },
  };
}
