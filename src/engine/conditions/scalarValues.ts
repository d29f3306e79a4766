/**
 * Numeric, Date, Binary and IP condition values (S32 "Numeric", "Date", "Binary" and "IP address"
 * condition operators). Policy values are parsed at compile time; policy variables are not
 * supported for these families (S33 "Where you can use policy variables"), so `${...}` here is
 * just an unparseable value. A request value that does not parse matches no policy value.
 */
import type { LocalDiagnostic } from '../context';
import { decodeBase64 } from './base64';
import { parseDate } from './dates';
import { blockContains, parseIpAddress, parseIpBlock, type IpBlock } from './ip';
import type { Comparison } from './operators';
import type { CompiledValues } from './stringValues';
import type { ConditionPath, RequestScalar, ValueTest } from './types';

/** A policy value as JSON scalar with its text and path. */
export interface PolicyScalar {
  /** The JSON value (numbers and booleans may be unquoted). */
  raw: RequestScalar;
  /** The value as text. */
  text: string;
  /** Where it is. */
  path: ConditionPath;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Parses an integer or decimal (JSON number or numeric string), else undefined. */
export function parseNumber(v: RequestScalar): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || !DECIMAL.test(v)) return undefined;
  return Number(v);
}

function compare(cmp: Comparison, request: number, policy: number): boolean {
  switch (cmp) {
    case 'lt':
      return request < policy;
    case 'lte':
      return request <= policy;
    case 'gt':
      return request > policy;
    case 'gte':
      return request >= policy;
    default:
      return request === policy;
  }
}

function invalid(path: ConditionPath, code: string, message: string): LocalDiagnostic {
  return { path, severity: 'error', code, message };
}

const NO_VARIABLES = ' Policy variables are not supported with this operator.';

function hint(text: string): string {
  return text.includes('${') ? NO_VARIABLES : '';
}

/** Numeric or Date values: both compare numbers (Date as epoch milliseconds). */
export function compileOrderedValues(
  values: readonly PolicyScalar[],
  cmp: Comparison,
  kind: 'Numeric' | 'Date',
): CompiledValues {
  const parse = kind === 'Numeric' ? parseNumber : parseDate;
  const diagnostics: LocalDiagnostic[] = [];
  const nums: number[] = [];
  for (const v of values) {
    const n = parse(v.raw);
    if (n !== undefined) nums.push(n);
    else if (kind === 'Numeric')
      diagnostics.push(
        invalid(
          v.path,
          'InvalidNumericValue',
          `Expected an integer or decimal number such as 30 or -1.5, got "${v.text}".${hint(v.text)}`,
        ),
      );
    else
      diagnostics.push(
        invalid(
          v.path,
          'InvalidDateValue',
          `Expected an ISO 8601 date such as 2025-01-31T12:00:00Z or epoch seconds such as 1735689600, got "${v.text}".${hint(v.text)}`,
        ),
      );
  }
  const test: ValueTest = (r) => {
    const n = parse(r);
    if (n === undefined) return false;
    for (const p of nums) if (compare(cmp, n, p)) return true;
    return false;
  };
  return { test, diagnostics, templates: [] };
}

/** BinaryEquals values: base64, compared as bytes. */
export function compileBinaryValues(values: readonly PolicyScalar[]): CompiledValues {
  const diagnostics: LocalDiagnostic[] = [];
  const bytes = new Set<string>();
  for (const v of values) {
    const b = typeof v.raw === 'string' ? decodeBase64(v.raw) : undefined;
    if (b !== undefined) bytes.add(b);
    else
      diagnostics.push(
        invalid(
          v.path,
          'InvalidBinaryValue',
          `BinaryEquals expects base64 text such as "QmluYXJ5VmFsdWU=", got "${v.text}".${hint(v.text)}`,
        ),
      );
  }
  const test: ValueTest = (r) => {
    const b = typeof r === 'string' ? decodeBase64(r) : undefined;
    return b !== undefined && bytes.has(b);
  };
  return { test, diagnostics, templates: [] };
}

/** IpAddress/NotIpAddress values: CIDR blocks or bare addresses (IPv4 /32, IPv6 /128). */
export function compileIpValues(values: readonly PolicyScalar[]): CompiledValues {
  const diagnostics: LocalDiagnostic[] = [];
  const blocks: IpBlock[] = [];
  for (const v of values) {
    const b = typeof v.raw === 'string' ? parseIpBlock(v.raw) : undefined;
    if (b) blocks.push(b);
    else
      diagnostics.push(
        invalid(
          v.path,
          'InvalidIpValue',
          `Expected an IPv4 or IPv6 address or CIDR block such as 203.0.113.0/24 or 2001:db8::/32, got "${v.text}".${hint(v.text)}`,
        ),
      );
  }
  const test: ValueTest = (r) => {
    const ip = typeof r === 'string' ? parseIpAddress(r) : undefined;
    if (!ip) return false;
    for (const b of blocks) if (blockContains(b, ip)) return true;
    return false;
  };
  return { test, diagnostics, templates: [] };
}
