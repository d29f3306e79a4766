/**
 * Typed request-context values: which input a condition key needs (from the catalogue's type),
 * how the text typed there becomes a context value, and what to say when it cannot.
 */
import {
  CONDITION_KEYS,
  conditionKeyAppliesTo,
  lookupConditionKey,
} from '../../../engine/catalog/conditionKeys';
import type { ContextValue } from '../../../scenario/types';

/** The input a context key gets. */
export type ValueInput = 'text' | 'arn' | 'ip' | 'boolean' | 'date' | 'number' | 'list';

/** The input for a condition key: lists for multi-valued keys, else by the key's type. */
export function inputFor(name: string): ValueInput {
  const info = lookupConditionKey(name);
  if (!info) return 'text';
  if (info.multiValued) return 'list';
  switch (info.type) {
    case 'IP':
      return 'ip';
    case 'Bool':
      return 'boolean';
    case 'Date':
      return 'date';
    case 'Numeric':
      return 'number';
    case 'ARN':
      return 'arn';
    default:
      return 'text';
  }
}

/** What a typed value became: a value, or a message saying what is wrong. */
export type Parsed = { ok: true; value: ContextValue } | { ok: false; message: string };

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv6(text: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || !text.includes(':')) return false;
  const doubles = text.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = text.split(':').filter((g) => g !== '');
  return groups.length <= 8 && groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g) || IPV4.test(g));
}

/** Parses the text typed for a key whose input is `input`. */
export function parseValue(input: ValueInput, text: string): Parsed {
  const t = text.trim();
  switch (input) {
    case 'ip':
      return IPV4.test(t) || isIpv6(t)
        ? { ok: true, value: t }
        : { ok: false, message: 'Enter one IP address, such as 203.0.113.5 or 2001:db8::1.' };
    case 'boolean':
      return t === 'true' || t === 'false'
        ? { ok: true, value: t === 'true' }
        : { ok: false, message: 'Choose true or false.' };
    case 'number':
      return t !== '' && Number.isFinite(Number(t))
        ? { ok: true, value: Number(t) }
        : { ok: false, message: 'Enter a number, such as 7.' };
    case 'date':
      if (/^\d+$/.test(t)) return { ok: true, value: Number(t) };
      return /^\d{4}-\d{2}-\d{2}/.test(t) && !Number.isNaN(Date.parse(t))
        ? { ok: true, value: t }
        : {
            ok: false,
            message: 'Enter a date and time, such as 2025-06-01T12:00:00Z, or epoch seconds.',
          };
    case 'list':
      return {
        ok: true,
        value: t
          .split(/[,\n]/)
          .map((v) => v.trim())
          .filter((v) => v !== ''),
      };
    case 'arn':
      return t.startsWith('arn:')
        ? { ok: true, value: t }
        : {
            ok: false,
            message: 'An ARN starts with arn:, such as arn:aws:iam::111122223333:role/Admin.',
          };
    default:
      return { ok: true, value: text };
  }
}

/** A context value as the text of its input. */
export function formatValue(value: ContextValue): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** An example value for a key, used as the placeholder and as the value of a new row. */
export function exampleValue(input: ValueInput): string {
  return {
    text: 'value',
    arn: 'arn:aws:iam::111122223333:role/Example',
    ip: '203.0.113.5',
    boolean: 'true',
    date: '2025-06-01T12:00:00Z',
    number: '1',
    list: 'a, b',
  }[input];
}

/**
 * Condition keys to offer for an operation: the catalogued keys a request for it can carry, KMS
 * keys first; families (`aws:PrincipalTag/`) are offered by their prefix.
 */
export function keysFor(api: string): string[] {
  return CONDITION_KEYS.filter(
    (k) => conditionKeyAppliesTo(k.prefix ? `${k.name}x` : k.name, api) === true,
  )
    .map((k) => k.name)
    .sort(
      (a, b) => Number(a.startsWith('aws:')) - Number(b.startsWith('aws:')) || a.localeCompare(b),
    );
}

/** A note about a key the user typed: unknown, or never sent with this operation. */
export function keyNote(name: string, api: string): string | null {
  if (name.trim() === '') return 'Name the condition key.';
  const info = lookupConditionKey(name);
  if (!info) return `${name} is not a key KMS requests carry; policies can still test it.`;
  if (conditionKeyAppliesTo(name, api) === false)
    return `KMS does not send ${info.name} with ${api}.`;
  return null;
}
