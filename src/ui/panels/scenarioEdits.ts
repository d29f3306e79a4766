/**
 * The explorer's add and remove actions as pure scenario edits, each with sensible defaults (a new
 * key gets the default key policy, a new request calls Decrypt on the first key). The store
 * records each one for undo through `updateScenario`.
 */
import { keyIdOf } from '../../engine';
import type { Grant, Key, Principal, Request, Scenario } from '../../scenario/types';
import { accountOf } from '../../explain';
import { defaultKeyPolicy } from '../../scenario';

/** The account new things go into: the first account, principal or key the scenario names. */
export function homeAccount(s: Scenario): string {
  return (
    s.accounts[0]?.id ??
    s.principals.map((p) => accountOf(p.arn)).find((a) => a !== null) ??
    s.keys.map((k) => accountOf(k.arn)).find((a) => a !== null) ??
    '111122223333'
  );
}

/** `base`, or `base2`, `base3`... whichever is not taken yet. */
function unused(base: string, taken: (candidate: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}${n}`)) return `${base}${n}`;
}

/** Adds an IAM user or role allowed to use the account's keys for encryption. */
export function addPrincipal(
  s: Scenario,
  kind: 'user' | 'role',
  account = homeAccount(s),
): Scenario {
  const name = unused(kind === 'user' ? 'NewUser' : 'NewRole', (n) =>
    s.principals.some((p) => p.arn.endsWith(`:${kind}/${n}`)),
  );
  const principal: Principal = {
    arn: `arn:aws:iam::${account}:${kind}/${name}`,
    name,
    policies: [
      {
        name: 'UseKeys',
        document: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'UseKeysOfThisAccount',
              Effect: 'Allow',
              Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:DescribeKey'],
              Resource: `arn:aws:kms:*:${account}:key/*`,
            },
          ],
        },
      },
    ],
    groups: [],
    tags: {},
  };
  return { ...s, principals: [...s.principals, principal] };
}

export function removePrincipal(s: Scenario, arn: string): Scenario {
  return { ...s, principals: s.principals.filter((p) => p.arn !== arn) };
}

/** Adds a symmetric encryption key with the default key policy and an alias. */
export function addKey(s: Scenario, account = homeAccount(s)): Scenario {
  const region = s.keys[0]?.arn.split(':')[3] || 'us-east-1';
  const suffix = unused('1', (n) =>
    s.keys.some((k) => keyIdOf(k.arn).endsWith(n.padStart(12, '0'))),
  );
  const keyId = `00000000-0000-4000-8000-${suffix.padStart(12, '0')}`;
  const alias = unused('alias/new-key', (a) => s.keys.some((k) => k.aliases.includes(a)));
  const key: Key = {
    arn: `arn:aws:kms:${region}:${account}:key/${keyId}`,
    aliases: [alias],
    state: 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    multiRegion: false,
    keyManager: 'CUSTOMER',
    tags: {},
    policy: defaultKeyPolicy(account),
  };
  return { ...s, keys: [...s.keys, key] };
}

/** Removes a key and the grants on it. */
export function removeKey(s: Scenario, arn: string): Scenario {
  const id = keyIdOf(arn);
  return {
    ...s,
    keys: s.keys.filter((k) => k.arn !== arn),
    grants: s.grants.filter((g) => g.key !== arn && g.key !== id),
  };
}

/** Adds a grant on `keyArn` letting the first principal decrypt. */
export function addGrant(s: Scenario, keyArn: string): Scenario {
  const n = unused('1', (c) => s.grants.some((g) => g.grantId === c.padStart(64, '0')));
  const grantee =
    s.principals[0]?.arn ?? `arn:aws:iam::${accountOf(keyArn) ?? homeAccount(s)}:root`;
  const grant: Grant = {
    grantId: n.padStart(64, '0'),
    key: keyArn,
    name: unused('new-grant', (c) => s.grants.some((g) => g.name === c)),
    granteePrincipal: grantee,
    operations: ['Decrypt'],
    propagated: true,
  };
  return { ...s, grants: [...s.grants, grant] };
}

export function removeGrant(s: Scenario, grantId: string): Scenario {
  return { ...s, grants: s.grants.filter((g) => g.grantId !== grantId) };
}

/** Adds a request: the first principal decrypts with the first key. */
export function addRequest(s: Scenario): Scenario {
  let n = s.requests.length + 1;
  while (s.requests.some((r) => r.id === `request-${n}`)) n++;
  const key = s.keys[0];
  const request: Request = {
    id: `request-${n}`,
    principal: s.principals[0]?.arn ?? `arn:aws:iam::${homeAccount(s)}:root`,
    action: 'kms:Decrypt',
    ...(key ? { key: key.aliases[0] ?? key.arn } : {}),
    grantTokens: [],
    context: {},
    deriveContext: true,
    parameters: {},
  };
  return { ...s, requests: [...s.requests, request] };
}

export function removeRequest(s: Scenario, index: number): Scenario {
  return { ...s, requests: s.requests.filter((_, i) => i !== index) };
}
