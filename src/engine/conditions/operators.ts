/**
 * Condition operator names (S32 "IAM JSON policy elements: Condition operators"). Names are matched
 * case-sensitively: AWS documents only the canonical spellings (kms-semantics 2.2, ⚠).
 */
import type { OperatorFamily, SetOperator } from './types';

/** How the base operator compares one request value with one policy value. */
export type Comparison =
  'equals' | 'equalsIgnoreCase' | 'like' | 'lt' | 'lte' | 'gt' | 'gte' | 'null';

/** What a base operator (without prefix or suffix) means. */
export interface BaseOperator {
  /** Canonical name, e.g. `StringNotLike`. */
  name: string;
  /** Family. */
  family: OperatorFamily;
  /** Comparison of the positive form. */
  comparison: Comparison;
  /** True for the negated operators: the request value must match none of the values (S31). */
  negated: boolean;
}

/** A parsed operator name. */
export interface ParsedOperator {
  /** The base operator. */
  base: BaseOperator;
  /** `ForAnyValue:` / `ForAllValues:` prefix, or null. */
  set: SetOperator | null;
  /** `IfExists` suffix. */
  ifExists: boolean;
}

const BASES = new Map<string, BaseOperator>();
function add(name: string, family: OperatorFamily, comparison: Comparison, negated = false): void {
  BASES.set(name, { name, family, comparison, negated });
}
add('StringEquals', 'String', 'equals');
add('StringNotEquals', 'String', 'equals', true);
add('StringEqualsIgnoreCase', 'String', 'equalsIgnoreCase');
add('StringNotEqualsIgnoreCase', 'String', 'equalsIgnoreCase', true);
add('StringLike', 'String', 'like');
add('StringNotLike', 'String', 'like', true);
add('NumericEquals', 'Numeric', 'equals');
add('NumericNotEquals', 'Numeric', 'equals', true);
add('NumericLessThan', 'Numeric', 'lt');
add('NumericLessThanEquals', 'Numeric', 'lte');
add('NumericGreaterThan', 'Numeric', 'gt');
add('NumericGreaterThanEquals', 'Numeric', 'gte');
add('DateEquals', 'Date', 'equals');
add('DateNotEquals', 'Date', 'equals', true);
add('DateLessThan', 'Date', 'lt');
add('DateLessThanEquals', 'Date', 'lte');
add('DateGreaterThan', 'Date', 'gt');
add('DateGreaterThanEquals', 'Date', 'gte');
add('Bool', 'Bool', 'equals');
add('BinaryEquals', 'Binary', 'equals');
add('IpAddress', 'Ip', 'equals');
add('NotIpAddress', 'Ip', 'equals', true);
// S32 ARN operators: ArnEquals and ArnLike behave alike (part-wise, wildcards allowed).
add('ArnEquals', 'Arn', 'like');
add('ArnLike', 'Arn', 'like');
add('ArnNotEquals', 'Arn', 'like', true);
add('ArnNotLike', 'Arn', 'like', true);
add('Null', 'Null', 'null');

const SET_PREFIXES: readonly SetOperator[] = ['ForAnyValue', 'ForAllValues'];
const IF_EXISTS = 'IfExists';

/** Every base operator name, for completions and suggestions. */
export const BASE_OPERATOR_NAMES: readonly string[] = [...BASES.keys()];

/**
 * Parses `[ForAnyValue:|ForAllValues:]<Base>[IfExists]`. `IfExists` is allowed on every operator
 * except `Null` (S32 "...IfExists condition operators").
 *
 * @returns the parsed operator, or undefined when the name is not a valid operator
 */
export function parseOperator(name: string): ParsedOperator | undefined {
  let rest = name;
  let set: SetOperator | null = null;
  for (const prefix of SET_PREFIXES) {
    if (rest.startsWith(prefix + ':')) {
      set = prefix;
      rest = rest.slice(prefix.length + 1);
      break;
    }
  }
  let ifExists = false;
  if (rest.endsWith(IF_EXISTS)) {
    ifExists = true;
    rest = rest.slice(0, -IF_EXISTS.length);
  }
  const base = BASES.get(rest);
  if (!base || (ifExists && base.family === 'Null')) return undefined;
  return { base, set, ifExists };
}

/**
 * The canonical spelling of a name that differs only in letter case, or a name with a misspelled
 * set-operator prefix; undefined when nothing is close.
 */
export function suggestOperator(name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const prefix of ['', 'ForAnyValue:', 'ForAllValues:']) {
    for (const base of BASES.keys()) {
      for (const suffix of base === 'Null' ? [''] : ['', IF_EXISTS]) {
        const candidate = prefix + base + suffix;
        if (candidate.toLowerCase() === lower) return candidate;
      }
    }
  }
  return undefined;
}
