import { MAX_ISSUES } from './limits';
import type { Scenario } from './types';

/** A JSON path: object keys and array indexes from the root of the scenario. */
export type ScenarioPath = (string | number)[];

/** Stable machine-readable issue codes; the message is for people. */
export type ScenarioIssueCode =
  | 'EmptyInput'
  | 'TooLarge'
  | 'TooDeep'
  | 'TooManyValues'
  | 'StringTooLong'
  | 'InvalidJson'
  | 'NotJson'
  | 'WrongFormat'
  | 'NewerVersion'
  | 'InvalidVersion'
  | 'WrongType'
  | 'MissingField'
  | 'InvalidValue'
  | 'UnknownField'
  | 'ConflictingFields'
  | 'InvalidDocument'
  | 'TooManyStatements'
  | 'TooManyItems'
  | 'DuplicateId'
  | 'UnknownReference'
  | 'InvalidLink'
  | 'InvalidBase64'
  | 'CorruptData'
  | 'TooManyIssues'
  | 'InternalError';

/** One problem found while decoding a scenario. */
export interface ScenarioIssue {
  /** Where: the JSON path of the offending field (`[]` for the whole input). */
  path: ScenarioPath;
  /** `error` stops the scenario from loading; `warning` is shown but the scenario loads. */
  severity: 'error' | 'warning';
  /** Stable code for tests and tooling. */
  code: ScenarioIssueCode;
  /** One sentence naming the path and saying what was expected. */
  message: string;
  /** For errors inside a JSON text (the file, or a policy given as a string): 1-based line. */
  line?: number;
  /** For errors inside a JSON text: 1-based column (in UTF-16 code units). */
  column?: number;
}

/** The outcome of every decode entry point. Decoding never throws. */
export type DecodeResult =
  | { ok: true; scenario: Scenario; issues: ScenarioIssue[] }
  | { ok: false; issues: ScenarioIssue[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['requests', 0, 'context', 'aws:SourceIp']` -> `requests[0].context["aws:SourceIp"]`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'scenario';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (IDENTIFIER.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** The JSON type name of a value, as used in "expected X, got Y". */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value === undefined) return 'nothing';
  return typeof value;
}

/** Collects issues, caps their number and tracks whether any error was seen. */
export class IssueList {
  private readonly items: ScenarioIssue[] = [];
  private dropped = 0;
  private errors = 0;

  /** True once any error has been recorded (even one dropped by the cap). */
  get hasErrors(): boolean {
    return this.errors > 0;
  }

  error(path: readonly (string | number)[], code: ScenarioIssueCode, detail: string): void {
    this.add({
      path: [...path],
      severity: 'error',
      code,
      message: `${formatPath(path)}: ${detail}`,
    });
  }

  warning(path: readonly (string | number)[], code: ScenarioIssueCode, detail: string): void {
    this.add({
      path: [...path],
      severity: 'warning',
      code,
      message: `${formatPath(path)}: ${detail}`,
    });
  }

  /** Adds a ready-made issue (for example one carrying a line and column). */
  add(issue: ScenarioIssue): void {
    if (issue.severity === 'error') this.errors += 1;
    if (this.items.length < MAX_ISSUES) this.items.push(issue);
    else this.dropped += 1;
  }

  /** The issues in the order found, plus a closing note when some were left out. */
  list(): ScenarioIssue[] {
    if (this.dropped === 0) return [...this.items];
    const note: ScenarioIssue = {
      path: [],
      // An error only when every listed issue is a warning but an unlisted one was an error.
      severity:
        this.hasErrors && !this.items.some((i) => i.severity === 'error') ? 'error' : 'warning',
      code: 'TooManyIssues',
      message: `scenario: ${this.dropped} more issues were found and not listed (the first ${MAX_ISSUES} are shown)`,
    };
    return [...this.items, note];
  }
}

/** A failed result holding one error. */
export function failure(issue: Omit<ScenarioIssue, 'severity'>): DecodeResult {
  return { ok: false, issues: [{ ...issue, severity: 'error' }] };
}
