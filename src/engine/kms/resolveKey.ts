import type { Key } from '../../scenario/types';
import type { CompiledScenario } from './compileScenario';
import type { Rejection } from './keyState';
import { keyIdOf } from './ids';
import { aliasNotFound, keyIdNotFound, keyNotFound } from './messages';

const KEY_ARN = /^arn:aws[a-z-]*:kms:([^:]*):(\d{12}):key\/(.+)$/;
const ALIAS_ARN = /^arn:aws[a-z-]*:kms:([^:]*):(\d{12}):(alias\/.+)$/;

/** Operations that accept only a key ARN (not an alias ARN) for a key in another account (S14). */
const KEY_ARN_ONLY = new Set(['CreateGrant', 'GetKeyRotationStatus', 'ListGrants', 'RevokeGrant']);

const accountOf = (k: Key) => k.arn.split(':')[4];
const regionOf = (k: Key) => k.arn.split(':')[3];

/**
 * The Region a bare key id or alias name is looked up in, for the message: the simulated account's
 * Region, else the Region of the caller's first key, else us-east-1.
 */
function callerRegion(cs: CompiledScenario, account: string | null): string {
  const own = cs.scenario.keys.find((k) => account === null || accountOf(k) === account);
  return cs.scenario.simulator?.region ?? (own ? regionOf(own) : undefined) ?? 'us-east-1';
}

/**
 * Step 2: resolve the KeyId (key id, key ARN, alias name or alias ARN). S14: a bare key id or alias
 * name is looked up in the caller's own account; another account's key needs its ARN.
 */
export function resolveKey(
  cs: CompiledScenario,
  typed: string,
  callerAccount: string | null,
  operation: string,
): { key: Key } | { error: Rejection } {
  const notFound = (message: string) => ({
    error: { outcome: 'NotFoundException' as const, message },
  });
  const keyArn = KEY_ARN.exec(typed);
  if (keyArn) {
    const k = cs.keysByArn.get(typed);
    return k ? { key: k } : notFound(keyNotFound(typed));
  }
  const aliasArn = ALIAS_ARN.exec(typed);
  if (aliasArn) {
    const [, region, account, name] = aliasArn;
    if (account !== callerAccount && KEY_ARN_ONLY.has(operation)) {
      return notFound(
        `${operation} on a key in another account needs the key ARN, not an alias ARN (${typed}).`,
      );
    }
    const k = cs.scenario.keys.find(
      (x) =>
        accountOf(x) === account &&
        x.arn.split(':')[3] === region &&
        x.aliases.includes(name ?? ''),
    );
    return k ? { key: k } : notFound(aliasNotFound(typed));
  }
  const own = cs.scenario.keys.filter(
    (x) => callerAccount === null || accountOf(x) === callerAccount,
  );
  const k = typed.startsWith('alias/')
    ? own.find((x) => x.aliases.includes(typed))
    : own.find((x) => keyIdOf(x.arn) === typed);
  // S14: another account's key needs its ARN; KMS looks a bare id up in the caller's account.
  return k
    ? { key: k }
    : notFound(keyIdNotFound(typed, callerAccount, callerRegion(cs, callerAccount)));
}
