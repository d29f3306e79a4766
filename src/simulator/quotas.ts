/**
 * What the simulated account can create (issue 17). AWS's resource quotas (S52) are far larger than
 * a scenario can hold: a scenario file or share link stops at 1 MB, 1,000 keys and 10,000 grants
 * (src/scenario/limits.ts), so a console session that kept creating would end in a scenario that
 * can no longer be saved, exported or re-imported. The simulator answers as KMS does at a quota,
 * with LimitExceededException, at whichever limit comes first: AWS's or the scenario's. The audit
 * trail has its own cap (auditCap.ts), so it is left out of the size counted here.
 */
import { formatBytes } from '../scenario/jsonText';
import { MAX_GRANTS, MAX_KEYS, MAX_SCENARIO_BYTES } from '../scenario/limits';
import type { Key } from '../scenario/types';
import { AUDIT_MAX_BYTES } from './auditCap';
import { kmsError } from './model';
import type { KmsError, SimulatorState } from './types';

/** AWS: customer managed keys per account and Region (resource quotas, S52). */
export const AWS_KEYS_PER_REGION = 100_000;
/** AWS: grants per KMS key (resource quotas, S52). */
export const AWS_GRANTS_PER_KEY = 50_000;
/** AWS: customer created aliases per KMS key (resource quotas, S52). */
export const AWS_ALIASES_PER_KEY = 50;

/** Most keys in the simulated account: the most a scenario file holds. */
export const SIM_MAX_KEYS = Math.min(MAX_KEYS, AWS_KEYS_PER_REGION);
/** Most grants in the simulated account: the most a scenario file holds. */
export const SIM_MAX_GRANTS = MAX_GRANTS;
/**
 * Most UTF-8 bytes of the simulator's JSON without its audit trail: the scenario limit less the
 * audit trail's own cap and 64 KB for the file's other fields, so the saved form always fits.
 */
export const SIM_MAX_STATE_BYTES = MAX_SCENARIO_BYTES - AUDIT_MAX_BYTES - 64 * 1024;

const limit = (message: string): KmsError => kmsError('LimitExceededException', message);
const n = (x: number) => x.toLocaleString('en');

/** CreateKey and ReplicateKey: refused once the account holds SIM_MAX_KEYS keys. */
export function keyQuotaRefusal(state: SimulatorState, max = SIM_MAX_KEYS): KmsError | null {
  if (state.scenario.keys.length < max) return null;
  return limit(
    `The simulated account is at its limit of ${n(max)} KMS keys, the most a scenario can save (AWS's quota is ${n(AWS_KEYS_PER_REGION)} customer managed keys per account and Region). Remove a key from the scenario to create another.`,
  );
}

/**
 * CreateGrant: refused once the account holds SIM_MAX_GRANTS grants. AWS's quota of 50,000 grants
 * per key is above that, so in the simulator it is never the one reached.
 */
export function grantQuotaRefusal(state: SimulatorState, max = SIM_MAX_GRANTS): KmsError | null {
  if (state.scenario.grants.length < max) return null;
  return limit(
    `The simulated account is at its limit of ${n(max)} grants, the most a scenario can save (AWS's quota is ${n(AWS_GRANTS_PER_KEY)} grants per KMS key). Retire or revoke a grant to create another.`,
  );
}

/** CreateAlias: refused once the key has AWS's 50 aliases. */
export function aliasQuotaRefusal(key: Key): KmsError | null {
  if (key.aliases.length < AWS_ALIASES_PER_KEY) return null;
  return limit(`${key.arn} has reached the limit of ${AWS_ALIASES_PER_KEY} aliases.`);
}

/** UTF-8 bytes of each object's JSON, measured once (the state is immutable). */
const SIZES = new WeakMap<object, number>();

/** UTF-8 bytes of a string (a surrogate pair is 4 bytes: 2 for each half). */
function utf8Bytes(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

/** UTF-8 bytes of `JSON.stringify(v)`. */
function jsonBytes(v: unknown): number {
  if (typeof v !== 'object' || v === null) return utf8Bytes(JSON.stringify(v));
  let n = SIZES.get(v);
  if (n === undefined) SIZES.set(v, (n = utf8Bytes(JSON.stringify(v))));
  return n;
}

/** `jsonBytes` of a list, each element measured once. */
function listBytes(list: readonly unknown[]): number {
  let n = list.length === 0 ? 2 : 1 + list.length; // brackets and commas
  for (const x of list) n += jsonBytes(x);
  return n;
}

/** `jsonBytes` of an object, each field measured on its own (lists element by element). */
function objectBytes(o: object): number {
  let n = 1; // the opening brace; each field adds its comma or the closing brace
  let fields = 0;
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    fields++;
    n += jsonBytes(k) + 2 + (Array.isArray(v) ? listBytes(v) : jsonBytes(v));
  }
  return fields === 0 ? 2 : n;
}

/**
 * UTF-8 bytes of the state's JSON without its audit trail (`audit: []`): the scenario's lists and
 * the per-key and per-grant records are measured element by element, each element once, so the
 * check costs a lookup per element, not a serialisation of the whole account.
 */
export function stateBytes(state: SimulatorState): number {
  let n = 1;
  let fields = 0;
  for (const [k, v] of Object.entries(state)) {
    if (v === undefined) continue;
    fields++;
    const value =
      k === 'audit'
        ? 2
        : typeof v === 'object' && v !== null && !Array.isArray(v)
          ? objectBytes(v)
          : jsonBytes(v);
    n += jsonBytes(k) + 2 + value;
  }
  return fields === 0 ? 2 : n;
}

/**
 * A call whose new state would not fit the saved form: refused, so the scenario stays within its
 * 1 MB limit. `what` names the change ("Creating this key", "Setting this key policy"). Used by the
 * operations that grow the account and declare LimitExceededException (API reference, S22):
 * CreateKey, ReplicateKey, CreateGrant, CreateAlias, PutKeyPolicy, TagResource.
 */
export function sizeQuotaRefusal(
  next: SimulatorState,
  what: string,
  max = SIM_MAX_STATE_BYTES,
): KmsError | null {
  if (stateBytes(next) <= max) return null;
  return limit(
    `${what} would take the simulated account past ${formatBytes(max)} (without its audit trail), the most it keeps so the scenario still saves within its ${formatBytes(MAX_SCENARIO_BYTES)} limit. Remove keys, grants, aliases or policy text from the scenario to make room.`,
  );
}
