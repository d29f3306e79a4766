/**
 * Parameter validation as botocore does it before a request leaves the CLI (botocore/validate.py,
 * ParamValidator): required members, unknown members, types, and the model's minimum lengths and
 * values (botocore checks no maximums, patterns or enums: KMS refuses those, see serverCheck.ts).
 * Messages are botocore's, with values printed as Python prints them.
 */
import { shapeOf } from './cliArgs';
import type { ModelShape } from './modelTypes';

/** Bytes read from a `fileb://` file (Python `bytes`). */
export class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

/** A parameter value as the CLI holds it before sending: JSON values and bytes. */
export type PyValue =
  string | number | boolean | null | PyBytes | PyValue[] | { [key: string]: PyValue };

/** Objects parsed from JSON text: the CLI reads JSON into OrderedDicts, which print differently. */
const fromJson = new WeakSet<object>();

/** Parses JSON text as the CLI does (objects become OrderedDicts). */
export function parseJson(text: string): PyValue {
  return JSON.parse(text, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) fromJson.add(v);
    return v;
  }) as PyValue;
}

const isObject = (v: PyValue): v is { [key: string]: PyValue } =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof PyBytes);

/** Python's `repr` of a string. */
function reprString(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += `\\${q}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${q}${out}${q}`;
}

function reprBytes(b: Uint8Array): string {
  let out = '';
  for (const c of b) {
    if (c === 0x5c) out += '\\\\';
    else if (c === 0x27) out += "\\'";
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(c);
  }
  return `b'${out}'`;
}

/** Python's `repr` of a value. */
export function pyRepr(v: PyValue): string {
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === null) return 'None';
  if (typeof v === 'string') return reprString(v);
  if (typeof v === 'number') return String(v);
  if (v instanceof PyBytes) return reprBytes(v.bytes);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  const entries = Object.entries(v);
  if (fromJson.has(v))
    return entries.length === 0
      ? 'OrderedDict()'
      : `OrderedDict([${entries.map(([k, x]) => `(${reprString(k)}, ${pyRepr(x)})`).join(', ')}])`;
  return `{${entries.map(([k, x]) => `${reprString(k)}: ${pyRepr(x)}`).join(', ')}}`;
}

/** Python's `str` of a value (strings as they are, everything else as `repr`). */
export const pyStr = (v: PyValue): string => (typeof v === 'string' ? v : pyRepr(v));

/** Python's `type(v)` as printed: `<class 'int'>`. */
export function pyType(v: PyValue): string {
  const name =
    typeof v === 'boolean'
      ? 'bool'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'int'
          : 'float'
        : typeof v === 'string'
          ? 'str'
          : v === null
            ? 'NoneType'
            : v instanceof PyBytes
              ? 'bytes'
              : Array.isArray(v)
                ? 'list'
                : fromJson.has(v)
                  ? 'collections.OrderedDict'
                  : 'dict';
  return `<class '${name}'>`;
}

const LIST_TYPES = "<class 'list'>, <class 'tuple'>";
const VALID: Partial<Record<ModelShape['type'], string>> = {
  structure: "<class 'dict'>",
  map: "<class 'dict'>",
  list: LIST_TYPES,
  string: "<class 'str'>",
  integer: "<class 'int'>",
  long: "<class 'int'>",
  boolean: "<class 'bool'>",
  blob: "<class 'bytes'>, <class 'bytearray'>, file-like object",
  timestamp: "<class 'datetime.datetime'>, timestamp-string",
};

function typeOk(v: PyValue, type: ModelShape['type']): boolean {
  switch (type) {
    case 'structure':
    case 'map':
      return isObject(v);
    case 'list':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'integer':
    case 'long': // Python's bool is an int
      return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'boolean';
    case 'boolean':
      return typeof v === 'boolean';
    case 'double':
    case 'float':
      return typeof v === 'number' || typeof v === 'boolean';
    case 'blob':
      return typeof v === 'string' || v instanceof PyBytes;
    case 'timestamp':
      return typeof v === 'number' || (typeof v === 'string' && !Number.isNaN(Date.parse(v)));
  }
}

/** botocore's report for a parameter value against a shape; empty when it is valid. */
export function validateParams(params: PyValue, shapeName: string): string[] {
  const errors: string[] = [];
  const label = (name: string) => (name === '' ? 'input' : name.replace(/^\./, ''));
  const walk = (v: PyValue, shape: ModelShape, name: string) => {
    if (!typeOk(v, shape.type)) {
      errors.push(
        `Invalid type for parameter ${label(name)}, value: ${pyStr(v)}, type: ${pyType(v)}, valid types: ${VALID[shape.type] ?? "<class 'float'>"}`,
      );
      return;
    }
    const min = shape.min;
    if (shape.type === 'structure' && isObject(v)) {
      const members = shape.members ?? [];
      for (const r of shape.required ?? [])
        if (!Object.hasOwn(v, r))
          errors.push(`Missing required parameter in ${label(name)}: "${r}"`);
      const known: [string, string][] = [];
      for (const k of Object.keys(v)) {
        const m = members.find(([n]) => n === k);
        if (m) known.push(m);
        else
          errors.push(
            `Unknown parameter in ${label(name)}: "${k}", must be one of: ${members.map(([n]) => n).join(', ')}`,
          );
      }
      for (const [k, s] of known) walk(v[k] ?? null, shapeOf(s), `${name}.${k}`);
    } else if (shape.type === 'map' && isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        walk(k, shapeOf(shape.key ?? ''), `${name} (key: ${k})`);
        walk(x, shapeOf(shape.value ?? ''), `${name}.${k}`);
      }
    } else if (shape.type === 'list' && Array.isArray(v)) {
      if (min !== undefined && v.length < min)
        errors.push(
          `Invalid length for parameter ${label(name)}, value: ${v.length}, valid min length: ${min}`,
        );
      v.forEach((x, i) => walk(x, shapeOf(shape.member ?? ''), `${name}[${i}]`));
    } else if (shape.type === 'string' && typeof v === 'string') {
      const length = [...v].length;
      if (min !== undefined && length < min)
        errors.push(
          `Invalid length for parameter ${label(name)}, value: ${length}, valid min length: ${min}`,
        );
    } else if ((shape.type === 'integer' || shape.type === 'long') && typeof v === 'number') {
      if (min !== undefined && v < min)
        errors.push(
          `Invalid value for parameter ${label(name)}, value: ${v}, valid min value: ${min}`,
        );
    }
  };
  walk(params, shapeOf(shapeName), '');
  return errors;
}

/**
 * The CLI's model visitor after shorthand parsing (awscli BackCompatVisitor): a single value where
 * the model has a list becomes a one-item list (not at the top: `--tags` given one object stays one
 * object, refused by validation); integers and booleans are converted.
 */
export function coerce(v: PyValue, shape: ModelShape, top = false): PyValue {
  switch (shape.type) {
    case 'structure': {
      if (!isObject(v)) return v;
      const out: [string, PyValue][] = Object.entries(v).map(([k, x]) => {
        const m = (shape.members ?? []).find(([n]) => n === k);
        return [k, m ? coerce(x, shapeOf(m[1])) : x];
      });
      return Object.fromEntries(out);
    }
    case 'map':
      return isObject(v)
        ? Object.fromEntries(
            Object.entries(v).map(([k, x]) => [k, coerce(x, shapeOf(shape.value ?? ''))]),
          )
        : v;
    case 'list':
      if (!Array.isArray(v)) return top ? v : [v];
      return v.map((x) => coerce(x, shapeOf(shape.member ?? '')));
    case 'integer':
    case 'long':
      return typeof v === 'string' ? pyInt(v) : v;
    case 'boolean':
      return typeof v === 'string' && /^(true|false)$/i.test(v) ? v.toLowerCase() === 'true' : v;
    default:
      return v;
  }
}

/** Python's `int(text)`, or throws its ValueError message. */
export function pyInt(text: string): number {
  if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(text))
    throw new Error(`invalid literal for int() with base 10: ${reprString(text)}`);
  return Number(text.trim().split('_').join(''));
}
