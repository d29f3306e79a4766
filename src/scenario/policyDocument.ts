import { describeType } from './issues';
import { checkJsonShape } from './jsonShape';
import { parseJsonText } from './jsonText';
import { MAX_NESTING_DEPTH, MAX_STATEMENTS_PER_DOCUMENT, MAX_STATEMENTS_TOTAL } from './limits';
import type { Json, PolicyDocument } from './types';
import type { Path, ReadContext } from './fields';

/**
 * Reads a policy document given either as a JSON object or as a string holding one (the way
 * `aws kms get-key-policy` prints it). Only the outer shape is checked here: the document must
 * be an object, and its statement count is bounded. The policy grammar (Effect, Action,
 * Condition, ...) is the engine's to judge, so a malformed statement becomes an engine
 * diagnostic pointing into the document rather than a failure to load the scenario.
 *
 * `what` names the document in messages, e.g. "key policy". Returns `{}` after an error.
 */
export function readDocument(
  ctx: ReadContext,
  value: unknown,
  path: Path,
  what: string,
): PolicyDocument {
  let doc = value;
  if (typeof value === 'string') {
    const maxDepth = MAX_NESTING_DEPTH - path.length;
    const parsed = parseJsonText(value, maxDepth, [...path], `the ${what} string`);
    if (!parsed.ok) {
      ctx.issues.add({
        ...parsed.issue,
        code: parsed.issue.code === 'TooDeep' ? 'TooDeep' : 'InvalidDocument',
      });
      return {};
    }
    if (!checkJsonShape(parsed.value, path, maxDepth, ctx.issues, ctx.budget)) return {};
    doc = parsed.value;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    const got =
      typeof value === 'string' ? `a string holding ${describeType(doc)}` : describeType(doc);
    ctx.issues.error(
      path,
      typeof value === 'string' ? 'InvalidDocument' : 'WrongType',
      `expected a ${what} (a JSON object, or a string holding one), got ${got}`,
    );
    return {};
  }
  countStatements(ctx, doc as Record<string, unknown>, path, what);
  return doc as Json;
}

/** A document in field `key` of `obj`; undefined when absent (an error too when `required`). */
export function readDocumentField(
  ctx: ReadContext,
  obj: Record<string, unknown>,
  key: string,
  path: Path,
  what: string,
  required: boolean,
): PolicyDocument | undefined {
  const value = obj[key];
  if (value === undefined) {
    if (required) {
      ctx.issues.error([...path, key], 'MissingField', `missing; expected the ${what} document`);
    }
    return undefined;
  }
  return readDocument(ctx, value, [...path, key], what);
}

function countStatements(
  ctx: ReadContext,
  doc: Record<string, unknown>,
  path: Path,
  what: string,
): void {
  const statement = doc['Statement'];
  const count = Array.isArray(statement) ? statement.length : statement === undefined ? 0 : 1;
  if (count > MAX_STATEMENTS_PER_DOCUMENT) {
    ctx.issues.error(
      [...path, 'Statement'],
      'TooManyStatements',
      `the ${what} has ${count.toLocaleString('en-US')} statements; the limit is ${MAX_STATEMENTS_PER_DOCUMENT} per document`,
    );
  }
  const before = ctx.statements;
  ctx.statements += count;
  if (before <= MAX_STATEMENTS_TOTAL && ctx.statements > MAX_STATEMENTS_TOTAL) {
    ctx.issues.error(
      [...path, 'Statement'],
      'TooManyStatements',
      `with this ${what} the scenario holds more than ${MAX_STATEMENTS_TOTAL.toLocaleString('en-US')} statements in all its policy documents, the limit`,
    );
  }
}
