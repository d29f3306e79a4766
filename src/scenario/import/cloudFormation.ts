/**
 * CloudFormation templates (and CDK-synthesized ones) with `AWS::KMS::Key`, `AWS::KMS::Alias`,
 * `AWS::IAM::Role`, `AWS::IAM::User`, `AWS::IAM::Group`, `AWS::IAM::Policy` and
 * `AWS::IAM::ManagedPolicy` (CloudFormation User Guide, the resource type references). A template
 * has no account or Region: the scenario's first account (else 111122223333) and us-east-1 stand
 * in for `AWS::AccountId` and `AWS::Region`, and each key gets an id derived from its logical id.
 * `Ref`, `Fn::GetAtt` (`Arn`, `KeyId`), `Fn::Sub` and `Fn::Join` are resolved; anything else is
 * reported and left out.
 */
import {
  isObject,
  listOf,
  upsertGroup,
  upsertKey,
  upsertPrincipal,
  type Imported,
  type JsonObject,
} from './draft';
import type { Json } from '../types';

interface Ctx {
  account: string;
  region: string;
  resources: Record<string, JsonObject>;
  /** ARN (and Ref value) of each resource by logical id. */
  arns: Map<string, { ref: string; arn: string; keyId?: string }>;
  notes: Set<string>;
}

/** A key id (UUID shape) derived from the logical id, so re-importing gives the same key. */
function keyIdFor(logicalId: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < logicalId.length; i++) {
    h1 = Math.imul(h1 ^ logicalId.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 + logicalId.charCodeAt(i), 2246822519) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(2);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const props = (r: JsonObject): JsonObject => (isObject(r['Properties']) ? r['Properties'] : {});

function nameOf(r: JsonObject, field: string, logicalId: string): string {
  const v = props(r)[field];
  return typeof v === 'string' ? v : logicalId;
}

function pseudo(ctx: Ctx, name: string): string | null {
  if (name === 'AWS::AccountId') return ctx.account;
  if (name === 'AWS::Region') return ctx.region;
  if (name === 'AWS::Partition') return 'aws';
  if (name === 'AWS::URLSuffix') return 'amazonaws.com';
  return null;
}

/** Resolves intrinsic functions in `v`; unresolvable parts become undefined (and a note). */
function resolve(ctx: Ctx, v: Json): Json | undefined {
  if (Array.isArray(v)) {
    const out: Json[] = [];
    for (const x of v) {
      const r = resolve(ctx, x);
      if (r !== undefined) out.push(r);
    }
    return out;
  }
  if (!isObject(v)) return v;
  const keys = Object.keys(v);
  if (keys.length === 1) {
    const [fn] = keys as [string];
    const arg = v[fn] as Json;
    if (fn === 'Ref' && typeof arg === 'string') {
      const p = pseudo(ctx, arg);
      if (p !== null) return p;
      const r = ctx.arns.get(arg);
      if (r) return r.ref;
      ctx.notes.add(
        `Ref ${arg} (a parameter or a resource the playground does not model) was left out.`,
      );
      return undefined;
    }
    if (fn === 'Fn::GetAtt') {
      const [id, attr] = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split('.') : [];
      const r = typeof id === 'string' ? ctx.arns.get(id) : undefined;
      if (r && attr === 'Arn') return r.arn;
      if (r && attr === 'KeyId' && r.keyId) return r.keyId;
      ctx.notes.add(`Fn::GetAtt ${String(id)}.${String(attr)} was left out.`);
      return undefined;
    }
    if (fn === 'Fn::Sub') {
      const [text, vars] = Array.isArray(arg) ? arg : [arg, {}];
      if (typeof text !== 'string') return undefined;
      let missing = false;
      const out = text.replace(/\$\{([^}!]+)\}/g, (_m, name: string) => {
        const local = isObject(vars) ? vars[name] : undefined;
        if (local !== undefined) {
          const r = resolve(ctx, local);
          return typeof r === 'string' ? r : '';
        }
        const p = pseudo(ctx, name);
        if (p !== null) return p;
        const [id, attr] = name.split('.');
        const r = id ? ctx.arns.get(id) : undefined;
        if (r) return attr === 'Arn' ? r.arn : attr === 'KeyId' && r.keyId ? r.keyId : r.ref;
        missing = true;
        return `\${${name}}`;
      });
      if (missing)
        ctx.notes.add(
          `Fn::Sub "${text}" names something the template does not define here; kept as text.`,
        );
      return out;
    }
    if (
      fn === 'Fn::Join' &&
      Array.isArray(arg) &&
      typeof arg[0] === 'string' &&
      Array.isArray(arg[1])
    ) {
      const parts = resolve(ctx, arg[1]);
      return Array.isArray(parts) ? parts.map(String).join(arg[0]) : undefined;
    }
    if (fn.startsWith('Fn::') || fn === 'Condition') {
      ctx.notes.add(`${fn} is not resolved by the importer; that value was left out.`);
      return undefined;
    }
  }
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) {
    const r = resolve(ctx, x);
    if (r !== undefined) out[k] = r;
  }
  return out;
}

function namesOf(ctx: Ctx, v: Json | undefined): string[] {
  const r = v === undefined ? undefined : resolve(ctx, v);
  return Array.isArray(r) ? r.filter((x): x is string => typeof x === 'string') : [];
}

export function importCloudFormation(value: JsonObject, draft: JsonObject): Imported | null {
  const resources = value['Resources'];
  if (!isObject(resources)) return null;
  const all = Object.entries(resources).filter((e): e is [string, JsonObject] => isObject(e[1]));
  if (!all.some(([, r]) => typeof r['Type'] === 'string' && /^AWS::/.test(r['Type']))) return null;
  const accounts = listOf(draft, 'accounts');
  const account = typeof accounts[0]?.['id'] === 'string' ? accounts[0]['id'] : '111122223333';
  const ctx: Ctx = {
    account,
    region: 'us-east-1',
    resources: Object.fromEntries(all),
    arns: new Map(),
    notes: new Set(),
  };
  ctx.notes.add(
    `The template names no account or Region: ${account} and us-east-1 stand in for them.`,
  );

  // First pass: the ARN of every resource the policies may refer to.
  for (const [id, r] of all) {
    const type = r['Type'];
    if (type === 'AWS::KMS::Key') {
      const keyId = keyIdFor(id);
      const arn = `arn:aws:kms:${ctx.region}:${account}:key/${keyId}`;
      ctx.arns.set(id, { ref: keyId, arn, keyId });
    } else if (
      type === 'AWS::IAM::Role' ||
      type === 'AWS::IAM::User' ||
      type === 'AWS::IAM::Group'
    ) {
      const kind =
        type === 'AWS::IAM::Role' ? 'role' : type === 'AWS::IAM::User' ? 'user' : 'group';
      const name = nameOf(
        r,
        kind === 'role' ? 'RoleName' : kind === 'user' ? 'UserName' : 'GroupName',
        id,
      );
      const path = typeof props(r)['Path'] === 'string' ? String(props(r)['Path']) : '/';
      ctx.arns.set(id, { ref: name, arn: `arn:aws:iam::${account}:${kind}${path}${name}` });
    } else if (type === 'AWS::IAM::ManagedPolicy') {
      const name = nameOf(r, 'ManagedPolicyName', id);
      ctx.arns.set(id, {
        ref: `arn:aws:iam::${account}:policy/${name}`,
        arn: `arn:aws:iam::${account}:policy/${name}`,
      });
    }
  }

  const keys: { arn: string; fields: JsonObject }[] = [];
  const aliases: { alias: string; target: string }[] = [];
  const identities = new Map<
    string,
    { kind: 'principal' | 'group'; policies: JsonObject[]; boundary?: Json }
  >();
  const managedDocs = new Map<string, Json>();
  const skipped = new Set<string>();
  const identityOf = (arn: string) => {
    let e = identities.get(arn);
    if (!e) {
      e = { kind: arn.includes(':group/') ? 'group' : 'principal', policies: [] };
      identities.set(arn, e);
    }
    return e;
  };
  for (const [id, r] of all) {
    const type = String(r['Type']);
    const p = props(r);
    if (type === 'AWS::KMS::Key') {
      const arn = ctx.arns.get(id)?.arn as string;
      const policy = p['KeyPolicy'] !== undefined ? resolve(ctx, p['KeyPolicy']) : undefined;
      const fields: JsonObject = {};
      if (isObject(policy)) fields['policy'] = policy;
      else ctx.notes.add(`The key ${id} has no KeyPolicy: it gets the default key policy.`);
      if (typeof p['Description'] === 'string') fields['description'] = p['Description'];
      if (typeof p['KeySpec'] === 'string') fields['keySpec'] = p['KeySpec'];
      if (typeof p['KeyUsage'] === 'string') fields['keyUsage'] = p['KeyUsage'];
      if (p['Enabled'] === false) fields['state'] = 'Disabled';
      if (p['MultiRegion'] === true) {
        fields['multiRegion'] = true;
        fields['multiRegionKeyType'] = 'PRIMARY';
      }
      keys.push({ arn, fields });
    } else if (type === 'AWS::KMS::Alias') {
      const alias = resolve(ctx, p['AliasName'] as Json);
      const target = resolve(ctx, p['TargetKeyId'] as Json);
      if (typeof alias === 'string' && typeof target === 'string') aliases.push({ alias, target });
      else ctx.notes.add(`The alias ${id} does not resolve to a name and a key of this template.`);
    } else if (
      type === 'AWS::IAM::Role' ||
      type === 'AWS::IAM::User' ||
      type === 'AWS::IAM::Group'
    ) {
      const arn = ctx.arns.get(id)?.arn as string;
      const e = identityOf(arn);
      for (const pol of Array.isArray(p['Policies']) ? p['Policies'].filter(isObject) : []) {
        const doc = resolve(ctx, pol['PolicyDocument'] as Json);
        if (isObject(doc))
          e.policies.push({ name: String(pol['PolicyName'] ?? 'inline'), document: doc });
      }
      for (const m of namesOf(ctx, p['ManagedPolicyArns'])) {
        e.policies.push({
          name: `managed:${m}`,
          document: { Version: '2012-10-17', Statement: [] },
        });
      }
      if (p['PermissionsBoundary'] !== undefined) {
        const b = resolve(ctx, p['PermissionsBoundary']);
        if (typeof b === 'string') e.boundary = b;
      }
    } else if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
      const doc = resolve(ctx, p['PolicyDocument'] as Json);
      if (!isObject(doc)) continue;
      const name =
        type === 'AWS::IAM::Policy'
          ? nameOf(r, 'PolicyName', id)
          : nameOf(r, 'ManagedPolicyName', id);
      if (type === 'AWS::IAM::ManagedPolicy') managedDocs.set(ctx.arns.get(id)?.arn ?? '', doc);
      const attach = (field: string, kind: string) => {
        for (const n of namesOf(ctx, p[field]))
          identityOf(
            n.startsWith('arn:') ? n : `arn:aws:iam::${account}:${kind}/${n}`,
          ).policies.push({ name, document: doc });
      };
      attach('Roles', 'role');
      attach('Users', 'user');
      attach('Groups', 'group');
    } else if (type.startsWith('AWS::KMS::') || type.startsWith('AWS::IAM::')) skipped.add(type);
  }
  // Managed policies of this template replace their placeholders; others are reported.
  const external = new Set<string>();
  for (const e of identities.values()) {
    e.policies = e.policies.flatMap((pol) => {
      const name = String(pol['name']);
      if (!name.startsWith('managed:')) return [pol];
      const arn = name.slice('managed:'.length);
      const doc = managedDocs.get(arn);
      if (doc) return [{ name: arn.split('/').pop() ?? arn, document: doc }];
      external.add(arn);
      return [];
    });
    if (typeof e.boundary === 'string') {
      const doc = managedDocs.get(e.boundary);
      if (!doc) external.add(e.boundary);
      e.boundary = doc;
    }
  }
  if (external.size > 0)
    ctx.notes.add(
      `Managed policies outside the template are left out: ${[...external].slice(0, 3).join(', ')}${external.size > 3 ? ', …' : ''}.`,
    );
  if (skipped.size > 0) ctx.notes.add(`Not modelled: ${[...skipped].join(', ')}.`);
  const keyById = (target: string) =>
    keys.find((k) => k.arn === target || k.arn.endsWith(`/${target}`))?.arn ?? null;
  return {
    what: 'CloudFormation template',
    description: `Read ${keys.length} key${keys.length === 1 ? '' : 's'}, ${aliases.length} alias${aliases.length === 1 ? '' : 'es'} and ${identities.size} IAM identit${identities.size === 1 ? 'y' : 'ies'} from the template.`,
    notes: [...ctx.notes],
    apply(d) {
      for (const k of keys) upsertKey(d, k.arn, k.fields);
      for (const a of aliases) {
        const arn = keyById(a.target);
        const key = arn ? listOf(d, 'keys').find((k) => k['arn'] === arn) : undefined;
        if (key)
          key['aliases'] = [
            ...(Array.isArray(key['aliases']) ? (key['aliases'] as Json[]) : []).filter(
              (x) => x !== a.alias,
            ),
            a.alias,
          ];
      }
      for (const [arn, e] of identities) {
        if (e.kind === 'group') upsertGroup(d, arn, e.policies);
        else {
          const extra: JsonObject = { policies: e.policies };
          if (isObject(e.boundary)) extra['permissionsBoundary'] = e.boundary;
          upsertPrincipal(d, arn, extra);
        }
      }
    },
  };
}
