/**
 * Strict JSON parsing for editor text, with 1-based line and column for errors, and mapping of a
 * JSON path back to a position in the text (so decoder issues point at the offending field).
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { MAX_NESTING_DEPTH, MAX_SCENARIO_BYTES, scanJson } from '../scenario';
import type { Draft } from './types';

/** A positioned error, as a draft shows it. */
export type TextError = NonNullable<Draft['error']>;

/** The parsed value, or the first syntax error with its position. */
export type ParsedText = { ok: true; value: unknown } | { ok: false; error: TextError };

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing brace }',
  CloseBracketExpected: 'expected a closing bracket ]',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

/** 1-based line and column (UTF-16 code units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

/** Parses strict JSON (no comments, no trailing commas); never throws. */
export function parseJson(text: string): ParsedText {
  if (text.length > MAX_SCENARIO_BYTES) {
    return {
      ok: false,
      error: { message: 'the text is too large to apply', line: 1, column: 1 },
    };
  }
  if (text.trim() === '') {
    return { ok: false, error: { message: 'the document is empty', line: 1, column: 1 } };
  }
  // The JSON parser below recurses: refuse pathological nesting first, without recursion.
  const scan = scanJson(text, MAX_NESTING_DEPTH);
  if (!scan.ok && scan.kind === 'depth') {
    return { ok: false, error: { message: scan.reason, ...lineColumn(text, scan.offset) } };
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    const where = lineColumn(text, first.offset);
    return { ok: false, error: { message: MESSAGES[code] ?? code, ...where } };
  }
  try {
    // The scanner above accepts exactly JSON; this is a safety net for anything it lets through.
    JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { message, line: 1, column: 1 } };
  }
  return { ok: true, value };
}

/**
 * Position of the value at `path` in `text`, or of its nearest existing ancestor (a missing
 * field points at the object that lacks it). Line 1, column 1 when nothing matches.
 */
export function positionOf(
  text: string,
  path: readonly (string | number)[],
): { line: number; column: number } {
  const scan = scanJson(text, MAX_NESTING_DEPTH);
  if (!scan.ok && scan.kind === 'depth') return { line: 1, column: 1 };
  const root = parseTree(text, [], { disallowComments: true });
  if (!root) return { line: 1, column: 1 };
  for (let n = path.length; n >= 0; n -= 1) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) {
      // Point at the property name when the value sits in an object.
      const target = node.parent?.type === 'property' ? node.parent : node;
      return lineColumn(text, target.offset);
    }
  }
  return { line: 1, column: 1 };
}
