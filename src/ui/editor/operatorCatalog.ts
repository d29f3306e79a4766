/**
 * Condition operators for completions and hovers: every base operator the engine knows, with its
 * `IfExists` form and its `ForAnyValue:` / `ForAllValues:` forms. Text in our own words, built from
 * the engine's parsed meaning of the name.
 */
import { BASE_OPERATOR_NAMES, parseOperator } from '../../engine/conditions/operators';
import type { ParsedOperator } from '../../engine/conditions/operators';

/** One operator spelling. */
export interface OperatorEntry {
  name: string;
  /** The base operator, e.g. `StringLike` for `ForAnyValue:StringLikeIfExists`. */
  base: string;
  form: 'base' | 'ifExists' | 'set' | 'setIfExists';
  description: string;
}

const COMPARISON: Record<string, string> = {
  equals: 'equals one of the values',
  equalsIgnoreCase: 'equals one of the values, ignoring letter case',
  like: 'matches one of the patterns (`*` and `?` wildcards)',
  lt: 'is less than the value',
  lte: 'is less than or equal to the value',
  gt: 'is greater than the value',
  gte: 'is greater than or equal to the value',
  null: 'is absent (`true`) or present (`false`)',
};

const NEGATED: Record<string, string> = {
  equals: 'equals none of the values',
  equalsIgnoreCase: 'equals none of the values, ignoring letter case',
  like: 'matches none of the patterns',
};

const FAMILY: Record<string, string> = {
  String: 'String',
  Numeric: 'Number',
  Date: 'Date',
  Bool: 'Boolean',
  Binary: 'Base64 binary',
  Ip: 'IP address or CIDR range',
  Arn: 'ARN, compared part by part',
  Null: 'Key presence',
};

/** Explains an operator name; undefined when the engine does not accept it. */
export function describeOperator(name: string): string | undefined {
  const parsed = parseOperator(name);
  return parsed ? describe(parsed) : undefined;
}

function describe(p: ParsedOperator): string {
  const { base } = p;
  const what =
    base.family === 'Ip'
      ? `is in ${base.negated ? 'none' : 'one'} of the ranges`
      : ((base.negated ? NEGATED : COMPARISON)[base.comparison] ?? '');
  const subject = base.family === 'Null' ? 'the key' : 'the request value';
  const lines = [`${FAMILY[base.family] ?? base.family}: true when ${subject} ${what}.`];
  if (base.negated) lines.push('Negated: also true when the key is absent.');
  if (p.ifExists) lines.push('`IfExists`: true when the key is absent from the request.');
  if (p.set === 'ForAnyValue')
    lines.push(
      '`ForAnyValue:` for multi-valued keys: true when at least one request value matches; false when the key is absent or empty.',
    );
  if (p.set === 'ForAllValues')
    lines.push(
      '`ForAllValues:` for multi-valued keys: true when every request value matches, and also when the key is absent or empty.',
    );
  return lines.join('\n\n');
}

function entries(): OperatorEntry[] {
  const out: OperatorEntry[] = [];
  for (const base of BASE_OPERATOR_NAMES) {
    const forms: [string, OperatorEntry['form']][] = [[base, 'base']];
    if (base !== 'Null') forms.push([`${base}IfExists`, 'ifExists']);
    for (const set of ['ForAnyValue:', 'ForAllValues:']) {
      forms.push([`${set}${base}`, 'set']);
      if (base !== 'Null') forms.push([`${set}${base}IfExists`, 'setIfExists']);
    }
    for (const [name, form] of forms) {
      const description = describeOperator(name);
      if (description !== undefined) out.push({ name, base, form, description });
    }
  }
  return out;
}

/** Every operator spelling the engine accepts. */
export const OPERATORS: readonly OperatorEntry[] = entries();
