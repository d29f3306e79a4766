/**
 * Differential suite: each line of fixtures/awsCli.lines was given to the real AWS CLI v2 (inside a
 * network namespace with no network; see scripts/record-aws-cli.mjs), and its answer recorded in
 * fixtures/awsCli.json with the CLI and botocore model versions: the request it built (operation and
 * JSON body, blobs in base64) or its refusal (the last line it printed). The console must build the
 * same request, or refuse the same line with the same last line.
 */
import { describe, expect, it } from 'vitest';
// Read as text: a JSON module would turn a "__proto__" key into the object's prototype.
import recordedText from './fixtures/awsCli.json?raw';
import { parseCommand } from './parse';

interface Case {
  line: string;
  expect: { operation: string; parameters: Record<string, unknown> } | { error: string };
}

const recorded = JSON.parse(recordedText) as {
  cli: string;
  model: string;
  files: Record<string, string>;
  cases: Case[];
};
const cases = recorded.cases;
const lastLine = (text: string): string =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .pop() ?? '';

describe(`the console parses like ${recorded.cli} with the KMS model of ${recorded.model}`, () => {
  it('holds at least 200 lines', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });
  it.each(cases.map((c, i) => [i + 1, c.line, c] as const))('%i: %s', (_i, line, c) => {
    const parsed = parseCommand(line, recorded.files);
    // Help is printed to stdout and the CLI exits 0 without a request.
    if ('error' in c.expect && c.expect.error === 'exit 0') expect(parsed.kind).toBe('help');
    else if ('error' in c.expect) {
      expect(parsed.kind, JSON.stringify(parsed)).toBe('error');
      if (parsed.kind === 'error') expect(lastLine(parsed.message)).toBe(c.expect.error);
    } else {
      expect(parsed.kind, JSON.stringify(parsed)).toBe('call');
      if (parsed.kind === 'call')
        expect({ operation: parsed.operation, parameters: parsed.params }).toEqual(c.expect);
    }
  });
});
