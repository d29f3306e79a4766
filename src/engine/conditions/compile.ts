/**
 * Compiles a statement's `Condition` element (S30 "IAM JSON policy elements: Condition"):
 * `{ "<operator>": { "<key>": <value or [values]> } }`. Malformed input becomes diagnostics with
 * exact JSON paths, never an exception.
 *
 * Choice: a clause with an error (unknown operator, bad value, ...) evaluates to false, and a
 * Condition element that is not an object makes the whole condition false. A statement whose
 * condition cannot be understood therefore never applies: an Allow grants nothing, a Deny denies
 * nothing. AWS would have rejected such a policy when it was saved (MalformedPolicyDocument), so
 * there is no AWS outcome to reproduce; the error diagnostic is what the user must act on.
 */
import type { LocalDiagnostic } from '../context';
import type { Template } from '../match/variables';
import { compileClause, jsonKind, error, invalidClause, isObject } from './clause';
import { lintConditionKey } from './lint';
import { parseOperator, suggestOperator } from './operators';
import type {
  CompileConditionOptions,
  CompiledClause,
  CompiledCondition,
  ConditionPath,
} from './types';

/**
 * Compiles the raw JSON of a `Condition` element.
 *
 * @param value - the element's JSON value
 * @param path - JSON path of the element in its document, e.g. `['Statement', 1, 'Condition']`
 * @param opts - whether policy variables are substituted
 * @returns the compiled condition and its diagnostics (errors make clauses evaluate to false)
 */
export function compileCondition(
  value: unknown,
  path: ConditionPath,
  opts: CompileConditionOptions,
): { condition: CompiledCondition; diagnostics: LocalDiagnostic[] } {
  const diagnostics: LocalDiagnostic[] = [];
  if (!isObject(value)) {
    diagnostics.push(
      error(
        path,
        'InvalidCondition',
        `Condition must be an object of operators, like {"StringEquals": {"aws:username": "alice"}}; got ${jsonKind(value)}.`,
      ),
    );
    return { condition: { clauses: [], malformed: true }, diagnostics };
  }
  const clauses: CompiledClause[] = [];
  for (const [operator, block] of Object.entries(value)) {
    const opPath = [...path, operator];
    const parsed = parseOperator(operator);
    if (!parsed)
      diagnostics.push(error(opPath, 'UnknownConditionOperator', unknownOperatorMessage(operator)));
    if (!isObject(block)) {
      diagnostics.push(
        error(
          opPath,
          'InvalidConditionOperatorBlock',
          `The value of ${operator} must be an object of condition keys, like {"aws:SourceIp": "203.0.113.0/24"}; got ${jsonKind(block)}.`,
        ),
      );
      clauses.push(invalidClause(operator, '', opPath));
      continue;
    }
    for (const [key, raw] of Object.entries(block)) {
      const keyPath = [...opPath, key];
      diagnostics.push(...lintConditionKey(key, parsed, keyPath));
      const { clause, diagnostics: d } = compileClause(operator, parsed, key, keyPath, raw, opts);
      diagnostics.push(...d);
      if (parsed?.base.negated && !parsed.ifExists)
        diagnostics.push(...negatedVariableWarnings(clause.templates, keyPath, operator));
      clauses.push(clause);
    }
  }
  return { condition: { clauses, malformed: false }, diagnostics };
}

/**
 * S33 ("If AWS cannot resolve a variable, this might cause the entire statement to be invalid ...
 * use the ...IfExists condition operator"): a negated operator whose value holds a variable with no
 * default. The engine reads a variable with no value as matching nothing, so the negated test is
 * true (A13); AWS may instead treat the statement as invalid.
 */
function negatedVariableWarnings(
  templates: readonly (Template | undefined)[] | undefined,
  keyPath: ConditionPath,
  operator: string,
): LocalDiagnostic[] {
  const out: LocalDiagnostic[] = [];
  for (const t of templates ?? []) {
    const bare = t?.parts.find((p) => p.kind === 'variable' && p.fallback === undefined);
    if (!t || !bare || bare.kind !== 'variable') continue;
    out.push({
      path: keyPath,
      severity: 'warning',
      code: 'NegatedUnresolvedVariable',
      message: `${operator} compares with ${bare.source}, which has no value in some requests (for example aws:username for a role session). AWS says an unresolvable variable might make the whole statement invalid (S33); the playground treats the comparison as true (A13). Use ${operator}IfExists or give the variable a default, such as \${${bare.name}, 'none'}.`,
    });
    break;
  }
  return out;
}

function unknownOperatorMessage(operator: string): string {
  const suggestion = suggestOperator(operator);
  if (suggestion)
    return `Unknown condition operator "${operator}": operator names are case-sensitive; did you mean "${suggestion}"?`;
  if (/^(ForAnyValue:|ForAllValues:)?NullIfExists$/.test(operator))
    return 'IfExists cannot be added to Null: Null itself tests whether the key exists.';
  return `Unknown condition operator "${operator}". Expected a String, Numeric, Date, Bool, BinaryEquals, IpAddress, Arn or Null operator, optionally with ForAnyValue:/ForAllValues: and IfExists.`;
}
