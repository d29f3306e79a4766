import type { Key } from '../../scenario/types';
import type { CompiledScenario } from './compileScenario';
import type { Rejection } from './keyState';
import { keyIdOf } from './ids';

const KEY_ARN = /^arn:aws[a-z-]*:kms:([^:]*):(\d{12}):key\/(.+)$/;
const ALIAS_ARN = /^arn:aws[a-z-]*:kms:([^:]*):(\d{12}):(alias\/.+)$/;

/** Operations that accept only a key ARN (not an alias ARN) for a key in another account (S14). */
const KEY_ARN_ONLY = new Set(['CreateGrant', 'GetKeyRotationStatus', 'ListGrants', 'RevokeGrant']);

const accountOf = (k: Key) => k.arn.split(':')[4];

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
    return k ? { key: k } : notFound(`Key '${typed}' does not exist`);
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
    return k ? { key: k } : notFound(`Alias ${typed} is not found.`);
  }
  const own = cs.scenario.keys.filter(
    (x) => callerAccount === null || accountOf(x) === callerAccount,
  );
  if (typed.startsWith('alias/')) {
    const k = own.find((x) => x.aliases.includes(typed));
    return k
      ? { key: k }
      : notFound(
          `Alias ${typed} is not found in the caller's account${callerAccount ? ` ${callerAccount}` : ''}.`,
        );
  }
  const k = own.find((x) => keyIdOf(x.arn) === typed);
  if (k) return { key: k };
  const elsewhere = cs.scenario.keys.some((x) => keyIdOf(x.arn) === typed);
  return notFound(
    elsewhere
      ? `Invalid keyId ${typed}: a key id is looked up in the caller's own account; use the key ARN for a key in another account.`
      : `Invalid keyId ${typed}`,
  );
}
