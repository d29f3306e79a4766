/**
 * The scenario JSON an importer adds to: plain objects in the file's field names, checked by the
 * scenario decoder afterwards (src/state/paste.ts), so an importer never builds an invalid
 * scenario silently. Helpers add or merge principals, groups, keys and requests.
 */
import { defaultKeyPolicy } from '../defaultKeyPolicy';
import type { Json } from '../types';

export type JsonObject = { [key: string]: Json };

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The list `name` of the draft, created when missing. */
export function listOf(draft: JsonObject, name: string): JsonObject[] {
  const v = draft[name];
  if (Array.isArray(v)) return v as JsonObject[];
  const list: JsonObject[] = [];
  draft[name] = list;
  return list;
}

/** The key id of a key ARN or id. */
export const keyIdOf = (arnOrId: string): string =>
  arnOrId.replace(/^arn:[^:]+:kms:[^:]*:\d*:key\//, '');

/** Adds a principal (or merges its policies into the one with that ARN); returns it. */
export function upsertPrincipal(
  draft: JsonObject,
  arn: string,
  extra: JsonObject = {},
): JsonObject {
  const list = listOf(draft, 'principals');
  const found = list.find((p) => p['arn'] === arn);
  if (!found) {
    const p: JsonObject = { arn, ...extra };
    list.push(p);
    return p;
  }
  for (const [k, v] of Object.entries(extra)) {
    if (k === 'policies' && Array.isArray(v)) {
      const old = Array.isArray(found['policies']) ? (found['policies'] as JsonObject[]) : [];
      const names = new Set(v.map((x) => (isObject(x) ? x['name'] : null)));
      found['policies'] = [...old.filter((x) => !names.has(x['name'])), ...v];
    } else found[k] = v;
  }
  return found;
}

/** Adds a group (or replaces its policies). */
export function upsertGroup(draft: JsonObject, arn: string, policies: JsonObject[]): void {
  const list = listOf(draft, 'groups');
  const found = list.find((g) => g['arn'] === arn);
  if (found) found['policies'] = policies;
  else list.push({ arn, policies });
}

/**
 * Adds a key by ARN, or merges `fields` into the key with that id. A new key without a policy gets
 * the default key policy of its account; the returned flag says whether it was new.
 */
export function upsertKey(draft: JsonObject, arn: string, fields: JsonObject = {}): boolean {
  const list = listOf(draft, 'keys');
  const found = list.find(
    (k) => typeof k['arn'] === 'string' && keyIdOf(k['arn']) === keyIdOf(arn),
  );
  if (found) {
    Object.assign(found, fields);
    return false;
  }
  const account = arn.split(':')[4] ?? '';
  list.push({ arn, aliases: [], policy: defaultKeyPolicy(account), ...fields });
  return true;
}

/** The ARN of the scenario's key with this id, alias or ARN, if any. */
export function findKeyArn(draft: JsonObject, typed: string): string | null {
  const alias = typed.replace(/^arn:[^:]+:kms:[^:]*:\d*:(?=alias\/)/, '');
  for (const k of listOf(draft, 'keys')) {
    const arn = k['arn'];
    if (typeof arn !== 'string') continue;
    if (arn === typed || keyIdOf(arn) === keyIdOf(typed)) return arn;
    if (Array.isArray(k['aliases']) && k['aliases'].includes(alias)) return arn;
  }
  return null;
}

/** Adds a request with a fresh id built from `base`; returns the id. */
export function addRequest(draft: JsonObject, base: string, request: JsonObject): string {
  const list = listOf(draft, 'requests');
  const ids = new Set(list.map((r) => r['id']));
  const slug =
    base
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'imported';
  let id = slug;
  for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`;
  list.push({ id, ...request });
  return id;
}

/** A role session ARN's role (`…:assumed-role/R/s` → `arn:aws:iam::A:role/R`), else the ARN. */
export function identityArnOf(arn: string): string {
  const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(arn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : arn;
}

/** What an importer made of the input. */
export interface Imported {
  /** Short name of what was recognised, e.g. `CloudTrail event`. */
  what: string;
  /** One sentence for the notice: what was added. */
  description: string;
  /** What could not be used, one sentence each. */
  notes: string[];
  /** The document to show afterwards, when there is one (e.g. `request:<id>`). */
  documentId?: string;
  /** Index of a request to select afterwards. */
  selectRequest?: number;
  /** Applies the import to a copy of the scenario JSON. */
  apply(draft: JsonObject): void;
}
