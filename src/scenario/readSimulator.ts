import { stringMap } from './fieldCollections';
import {
  asObject,
  checkFields,
  isObject,
  optBoolean,
  optString,
  reqString,
  type Obj,
  type Path,
  type ReadContext,
} from './fields';
import { describeType } from './issues';
import type { Json, SimulatorField, SimulatorKeyMeta } from './types';

/** Fields of the `simulator` object, in the order they are written. */
export const SIMULATOR_FIELDS = [
  'clock',
  'region',
  'profiles',
  'counters',
  'keyMeta',
  'grantCreated',
  'grantRemoved',
  'audit',
] as const;

/**
 * The field earlier versions wrote for the simulator's placeholder ciphertexts (a blob string →
 * the key, context and plaintext it stood for). The simulator now makes real AES-GCM blobs through
 * the crypto port and keeps no plaintext, so an old file or link that carries it still opens,
 * without it.
 */
const PLACEHOLDER_CIPHERTEXTS = 'ciphertexts';

const KEY_META_FIELDS = [
  'creationDate',
  'deletionDate',
  'pendingWindowInDays',
  'rotationEnabled',
  'rotationPeriodInDays',
  'nextRotationDate',
  'rotations',
  'importedMaterial',
  'pendingRotationMaterial',
] as const;

const ROTATION_TYPES = ['AUTOMATIC', 'ON_DEMAND'] as const;

/** `{ [key]: value }` when the value is present, else nothing (optional fields stay absent). */
const optField = <T>(key: string, value: T | undefined) =>
  value === undefined ? {} : { [key]: value };

/** A whole number ≥ 0, or undefined (with an error) when present and wrong. */
function optCount(ctx: ReadContext, obj: Obj, key: string, path: Path): number | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  ctx.issues.error(
    [...path, key],
    'WrongType',
    `expected a whole number ≥ 0, got ${describeType(value)}`,
  );
  return undefined;
}

/** Each entry of an optional object field, read by `read` (wrong entries are left out). */
function objectMap<T>(
  ctx: ReadContext,
  obj: Obj,
  key: string,
  path: Path,
  what: string,
  read: (value: Obj, path: Path) => T,
): Record<string, T> {
  const value = obj[key];
  if (value === undefined) return {};
  const map = asObject(ctx, value, [...path, key], `an object of ${what} by name`);
  if (!map) return {};
  const entries: [string, T][] = [];
  for (const [k, v] of Object.entries(map)) {
    const item = asObject(ctx, v, [...path, key, k], what);
    if (item) entries.push([k, read(item, [...path, key, k])]);
  }
  return Object.fromEntries(entries);
}

function readKeyMeta(ctx: ReadContext, m: Obj, path: Path): SimulatorKeyMeta {
  checkFields(ctx, m, path, KEY_META_FIELDS, 'a key lifecycle record');
  const out: SimulatorKeyMeta = {
    creationDate: reqString(ctx, m, 'creationDate', path, 'an ISO 8601 time'),
    rotationEnabled: optBoolean(ctx, m, 'rotationEnabled', path, false),
    rotationPeriodInDays: optCount(ctx, m, 'rotationPeriodInDays', path) ?? 365,
    rotations: [],
  };
  const deletionDate = optString(ctx, m, 'deletionDate', path, 'an ISO 8601 time');
  if (deletionDate !== undefined) out.deletionDate = deletionDate;
  const window = optCount(ctx, m, 'pendingWindowInDays', path);
  if (window !== undefined) out.pendingWindowInDays = window;
  const next = optString(ctx, m, 'nextRotationDate', path, 'an ISO 8601 time');
  if (next !== undefined) out.nextRotationDate = next;
  if (m['importedMaterial'] !== undefined)
    out.importedMaterial = optBoolean(ctx, m, 'importedMaterial', path, true);
  if (m['pendingRotationMaterial'] !== undefined)
    out.pendingRotationMaterial = optBoolean(ctx, m, 'pendingRotationMaterial', path, false);
  const rotations = m['rotations'];
  if (rotations !== undefined && !Array.isArray(rotations)) {
    const got = describeType(rotations);
    ctx.issues.error(
      [...path, 'rotations'],
      'WrongType',
      `expected an array of rotations, got ${got}`,
    );
  } else if (rotations) {
    rotations.forEach((r: unknown, i) => {
      const at = [...path, 'rotations', i];
      const item = asObject(ctx, r, at, 'a rotation ({ RotationDate, RotationType })');
      if (!item) return;
      const type = item['RotationType'];
      if (type !== 'AUTOMATIC' && type !== 'ON_DEMAND') {
        const expected = `one of ${ROTATION_TYPES.join(', ')}`;
        ctx.issues.error([...at, 'RotationType'], 'InvalidValue', `expected ${expected}`);
        return;
      }
      out.rotations.push({
        RotationDate: reqString(ctx, item, 'RotationDate', at),
        RotationType: type,
      });
    });
  }
  return out;
}

/** The audit trail: an array of CloudTrail records, each a JSON object kept as it is. */
function readAudit(ctx: ReadContext, obj: Obj, path: Path): SimulatorField['audit'] {
  const value = obj['audit'];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    const got = describeType(value);
    ctx.issues.error(
      [...path, 'audit'],
      'WrongType',
      `expected an array of CloudTrail records, got ${got}`,
    );
    return [];
  }
  const out: SimulatorField['audit'] = [];
  value.forEach((item: unknown, i) => {
    const at = [...path, 'audit', i];
    if (!isObject(item)) {
      ctx.issues.error(
        at,
        'WrongType',
        `expected a CloudTrail record (an object), got ${describeType(item)}`,
      );
      return;
    }
    for (const field of ['eventTime', 'eventName'])
      if (typeof item[field] !== 'string')
        ctx.issues.error([...at, field], 'MissingField', 'missing; expected a string');
    out.push(item as { [key: string]: Json });
  });
  return out;
}

/**
 * The simulator object without the placeholder ciphertexts of earlier versions. Any that were
 * kept are dropped with a warning saying so (their plaintext is not carried over); an empty map,
 * which every earlier session wrote, goes silently, as does the old `counters.ciphertexts` count
 * (counters are read by name).
 */
function withoutPlaceholderCiphertexts(ctx: ReadContext, obj: Obj, path: Path): Obj {
  if (!Object.hasOwn(obj, PLACEHOLDER_CIPHERTEXTS)) return obj;
  const { [PLACEHOLDER_CIPHERTEXTS]: old, ...rest } = obj;
  const count = isObject(old) ? Object.keys(old).length : null;
  if (count !== 0 && old !== undefined)
    ctx.issues.warning(
      [...path, PLACEHOLDER_CIPHERTEXTS],
      'UnknownField',
      `placeholder ciphertexts from an earlier version${count === null ? '' : ` (${count})`}, left out of the scenario: the simulator no longer keeps placeholder ciphertexts or their plaintext (the console makes real AES-GCM ciphertexts), so they cannot be decrypted; encrypt again`,
    );
  return rest;
}

/**
 * Reads the optional `simulator` field: the simulated account's state after a console session.
 * Every problem names its path; wrong entries are left out so the rest still loads.
 */
export function readSimulator(
  ctx: ReadContext,
  value: unknown,
  path: Path,
): SimulatorField | undefined {
  const given = asObject(ctx, value, path, 'the simulator state (an object)');
  if (!given) return undefined;
  const obj = withoutPlaceholderCiphertexts(ctx, given, path);
  checkFields(ctx, obj, path, SIMULATOR_FIELDS, 'the simulator state');
  const counters =
    obj['counters'] === undefined
      ? {}
      : asObject(ctx, obj['counters'], [...path, 'counters'], 'the id counters');
  const c = counters ?? {};
  const cPath = [...path, 'counters'];
  return {
    clock: reqString(ctx, obj, 'clock', path, 'an ISO 8601 time'),
    region: optString(ctx, obj, 'region', path) ?? 'us-east-1',
    profiles: stringMap(ctx, obj, 'profiles', path, 'CLI profiles') ?? {},
    counters: {
      keys: optCount(ctx, c, 'keys', cPath) ?? 0,
      grants: optCount(ctx, c, 'grants', cPath) ?? 0,
      ...optField('auditDropped', optCount(ctx, c, 'auditDropped', cPath)),
    },
    keyMeta: objectMap(ctx, obj, 'keyMeta', path, 'a key lifecycle record', (m, p) =>
      readKeyMeta(ctx, m, p),
    ),
    grantCreated: stringMap(ctx, obj, 'grantCreated', path, 'grant creation times') ?? {},
    ...optField(
      'grantRemoved',
      stringMap(ctx, obj, 'grantRemoved', path, 'grant retire and revoke times'),
    ),
    audit: readAudit(ctx, obj, path),
  };
}
