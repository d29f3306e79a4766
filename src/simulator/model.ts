/** Small immutable helpers over the simulator state: find keys, update keys, metadata defaults. */
import type { Grant, Key } from '../scenario/types';
import { addDays } from './clockMath';
import type { KeyMeta, KmsError, SimulatorState } from './types';

/** Key id from a key ARN. */
export const keyIdOf = (arn: string): string => arn.slice(arn.indexOf(':key/') + 5);

/** The account of an ARN. */
export const accountOf = (arn: string): string => arn.split(':')[4] ?? '';

/** The Region of an ARN. */
export const regionOf = (arn: string): string => arn.split(':')[3] ?? '';

/**
 * Resolves a KeyId (key id, key ARN, alias name or alias ARN) to a key of the scenario; the engine
 * has already checked the caller may name it this way (S14).
 */
export function findKey(state: SimulatorState, typed: string, callerAccount: string): Key | null {
  const keys = state.scenario.keys;
  const aliasArn = /^arn:aws[a-z-]*:kms:([^:]*):(\d{12}):(alias\/.+)$/.exec(typed);
  if (aliasArn)
    return (
      keys.find(
        (k) =>
          regionOf(k.arn) === aliasArn[1] &&
          accountOf(k.arn) === aliasArn[2] &&
          k.aliases.includes(aliasArn[3] ?? ''),
      ) ?? null
    );
  if (typed.startsWith('arn:')) return keys.find((k) => k.arn === typed) ?? null;
  const own = keys.filter((k) => accountOf(k.arn) === callerAccount);
  const named = typed.startsWith('alias/')
    ? own.filter((k) => k.aliases.includes(typed))
    : own.filter((k) => keyIdOf(k.arn) === typed);
  // A replica shares its primary's key id: the call's Region (--region) picks which one is meant.
  return named.find((k) => regionOf(k.arn) === state.region) ?? named[0] ?? null;
}

/** A key's lifecycle metadata, with defaults for keys that came from a scenario file. */
export function metaOf(state: SimulatorState, key: Key): KeyMeta {
  const m = state.keyMeta[key.arn];
  if (m) return m;
  // Rotation docs: AWS managed keys rotate automatically every year (365 days).
  const aws = key.keyManager === 'AWS';
  return {
    creationDate: state.clock,
    rotationEnabled: aws,
    rotationPeriodInDays: 365,
    ...(aws ? { nextRotationDate: addDays(state.clock, 365) } : {}),
    rotations: [],
    ...(key.origin === 'EXTERNAL' ? { importedMaterial: key.state !== 'PendingImport' } : {}),
  };
}

/** The state with one key replaced (by ARN) and optionally its metadata. */
export function withKey(
  state: SimulatorState,
  arn: string,
  update: (k: Key) => Key,
  meta?: (m: KeyMeta) => KeyMeta,
): SimulatorState {
  const key = state.scenario.keys.find((k) => k.arn === arn);
  if (!key) return state;
  return {
    ...state,
    scenario: {
      ...state.scenario,
      keys: state.scenario.keys.map((k) => (k.arn === arn ? update(k) : k)),
    },
    keyMeta: meta ? { ...state.keyMeta, [arn]: meta(metaOf(state, key)) } : state.keyMeta,
  };
}

/** Whether a grant is on this key (grants may name the key by id or ARN). */
export const grantOnKey = (g: Grant, key: Key): boolean =>
  g.key === key.arn || g.key === keyIdOf(key.arn);

/** An AWS-style error. */
export const kmsError = (code: string, message: string): KmsError => ({ code, message });
