/**
 * Small text helpers shared by every sentence and label: value lists, short ids, document names, outcome words.
 * Everything here builds our own strings from trace data; nothing is parsed from policy text.
 */
import type { StepOutcome } from '../engine/types';
import type { Tone } from './types';

/** How many values of a list are written out before `+N more`. */
const LIST_ITEMS = 4;

/** One value as JSON (strings quoted), so `"hr"` and `hr` never look alike. */
export function value(v: unknown): string {
  if (v === undefined) return 'undefined';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** A list as `["a", "b", +3 more]`; null reads as `(absent)`. */
export function list(values: unknown): string {
  if (values === null || values === undefined) return '(absent)';
  if (!Array.isArray(values)) return value(values);
  const shown = values.slice(0, LIST_ITEMS).map(value);
  if (values.length > LIST_ITEMS) shown.push(`+${values.length - LIST_ITEMS} more`);
  return `[${shown.join(', ')}]`;
}

/** `["a", "b"]` → `a, b` for sentences (strings unquoted); nothing → `no value`. */
export function values(v: unknown): string {
  if (v === null || v === undefined) return 'no value';
  const list = Array.isArray(v) ? v : [v];
  if (list.length === 0) return 'no value';
  return list.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ');
}

/** `1234abcd-12ab-…` → `1234abcd…`: key ids are long and their first block is distinctive. */
export function shortKeyId(id: string): string {
  return id.length > 13 ? `${id.slice(0, 8)}…` : id;
}

/** The readable tail of an ARN: `arn:aws:iam::1111:user/Alice` → `user/Alice`. */
export function shortArn(arn: string): string {
  if (!arn.startsWith('arn:')) return arn;
  const parts = arn.split(':');
  const tail = parts.slice(5).join(':');
  if (tail.startsWith('key/')) return `key/${shortKeyId(tail.slice(4))}`;
  return tail || arn;
}

/** A person-readable name for a document id (see SourceRef in the engine types). */
export function documentName(id: string): string {
  const colon = id.indexOf(':');
  const type = colon < 0 ? id : id.slice(0, colon);
  const rest = colon < 0 ? '' : id.slice(colon + 1);
  const hash = rest.lastIndexOf('#');
  const owner = hash < 0 ? rest : rest.slice(0, hash);
  const name = hash < 0 ? '' : rest.slice(hash + 1);
  switch (type) {
    case 'key':
      return `Key policy of ${shortKeyId(rest)}`;
    case 'newPolicy':
      return 'New key policy';
    case 'identity':
      return `Identity policy ${name} of ${shortArn(owner)}`;
    case 'group':
      return `Group policy ${name} of ${shortArn(owner)}`;
    case 'boundary':
      return `Permissions boundary of ${shortArn(rest)}`;
    case 'session':
      return 'Session policy';
    case 'scp':
      return `SCP ${rest}`;
    case 'rcp':
      return `RCP ${rest}`;
    case 'vpce':
      return `Endpoint policy of ${rest}`;
    case 'grant':
      return `Grant ${rest}`;
    default:
      return id;
  }
}

/** `retiringPrincipal` → `retiring principal`; `keyStateAndUsage` → `key state and usage`. */
export function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
}

/** First letter upper case. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The verdict of a phase, check or decision step in words. */
export function outcomeWords(o: StepOutcome): string {
  switch (o) {
    case 'allow':
      return 'Allow';
    case 'explicitDeny':
      return 'Explicit deny';
    case 'implicitDeny':
      return 'Implicit deny';
    case 'match':
      return 'Matches';
    case 'noMatch':
      return 'No match';
    case 'pass':
      return 'Pass';
    case 'fail':
      return 'Fail';
    case 'skipped':
      return 'Skipped';
    case 'info':
      return '';
  }
}

/** Colour family of a step outcome, when nothing more specific is known. */
export function toneOf(o: StepOutcome): Tone {
  switch (o) {
    case 'allow':
    case 'match':
      return 'allow';
    case 'pass':
      return 'pass';
    case 'explicitDeny':
      return 'explicitDeny';
    case 'implicitDeny':
      return 'implicitDeny';
    case 'fail':
      return 'fail';
    default:
      return 'neutral';
  }
}

/** ` (assumption A9)` when the detail cites one of docs/semantics.md's assumptions. */
export function assumption(detail: Record<string, unknown> | undefined): string {
  const a = detail?.assumption;
  return typeof a === 'string' ? ` (assumption ${a})` : '';
}

/** A string field of a detail record, or the fallback. */
export function str(
  detail: Record<string, unknown> | undefined,
  key: string,
  fallback = '',
): string {
  const v = detail?.[key];
  return typeof v === 'string' ? v : fallback;
}
