import { describe, expect, it } from 'vitest';
import { decodeScenarioText } from './decodeText';
import { decodeScenarioValue } from './decodeValue';
import { fileSizeIssue } from './fileName';
import type { DecodeResult } from './issues';
import {
  MAX_GRANTS,
  MAX_KEYS,
  MAX_NESTING_DEPTH,
  MAX_PRINCIPALS,
  MAX_REQUESTS,
  MAX_SCENARIO_BYTES,
  MAX_STATEMENTS_PER_DOCUMENT,
  MAX_STATEMENTS_TOTAL,
  MAX_STRING_LENGTH,
} from './limits';

const HEADER = '{"format":"kms-playground/scenario","version":1,';

/**
 * Runs `decode`. A limit must be enforced before the expensive work, so a hang shows as the test
 * timing out; speed itself is measured by benchmarks, not asserted here.
 */
function refuse(decode: () => DecodeResult): DecodeResult {
  return decode();
}

function firstError(result: DecodeResult) {
  expect(result.ok).toBe(false);
  return result.issues.find((i) => i.severity === 'error');
}

function statements(n: number) {
  return Array.from({ length: n }, () => ({
    Effect: 'Allow',
    Action: 'kms:Decrypt',
    Resource: '*',
  }));
}

describe('limits', () => {
  it('refuses a 50 MB text at once, before parsing', () => {
    const huge = `${HEADER}"description":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const issue = firstError(refuse(() => decodeScenarioText(huge)));
    expect(issue?.code).toBe('TooLarge');
    expect(issue?.message).toBe('the scenario is too large (at least 50.0 MB); the limit is 1 MB');
  });

  it('counts UTF-8 bytes, not characters, near the limit', () => {
    const chars = Math.floor(MAX_SCENARIO_BYTES / 3) + 10;
    const text = `${HEADER}"description":"${'€'.repeat(chars)}"}`;
    expect(text.length).toBeLessThan(MAX_SCENARIO_BYTES);
    expect(firstError(decodeScenarioText(text))?.code).toBe('TooLarge');
  });

  it('refuses a file over the limit before it is read', () => {
    expect(fileSizeIssue(MAX_SCENARIO_BYTES)).toBeUndefined();
    expect(fileSizeIssue(50 * 1024 * 1024)?.message).toBe(
      'the file is too large (50 MB); the limit is 1 MB',
    );
  });

  it('refuses 10,000 levels of nesting without overflowing the stack', () => {
    const deep = `${HEADER}"description":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const issue = firstError(refuse(() => decodeScenarioText(deep)));
    expect(issue).toMatchObject({
      code: 'TooDeep',
      line: 1,
      column: HEADER.length + 15 + MAX_NESTING_DEPTH - 1,
    });
    expect(issue?.message).toContain('nesting is deeper than the limit of 64 levels');
  });

  it('refuses deep nesting handed over as a value, and cycles', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    const issue = firstError(
      refuse(() =>
        decodeScenarioValue({ format: 'kms-playground/scenario', version: 1, description: deep }),
      ),
    );
    expect(issue?.code).toBe('TooDeep');
    expect(issue?.path.slice(0, 2)).toEqual(['description', 0]);

    const cyclic: Record<string, unknown> = { format: 'kms-playground/scenario', version: 1 };
    cyclic['self'] = cyclic;
    expect(firstError(decodeScenarioValue(cyclic))?.code).toBe('TooDeep');
  });

  it('refuses a value whose shared parts would explode the walk', () => {
    let wide: unknown = 'leaf';
    for (let i = 0; i < 40; i += 1) wide = [wide, wide];
    const issue = firstError(
      refuse(() => decodeScenarioValue({ format: 'kms-playground/scenario', version: 1, x: wide })),
    );
    expect(issue?.code).toBe('TooManyValues');
  });

  it(`refuses more than ${MAX_STATEMENTS_PER_DOCUMENT} statements in one document`, () => {
    const text = JSON.stringify({
      format: 'kms-playground/scenario',
      version: 1,
      keys: [{ arn: 'k', policy: { Version: '2012-10-17', Statement: statements(3000) } }],
    });
    const issue = firstError(refuse(() => decodeScenarioText(text)));
    expect(issue).toMatchObject({
      code: 'TooManyStatements',
      path: ['keys', 0, 'policy', 'Statement'],
    });
    expect(issue?.message).toBe(
      'keys[0].policy.Statement: the key policy has 3,000 statements; the limit is 500 per document',
    );
  });

  it(`refuses more than ${MAX_STATEMENTS_TOTAL} statements across documents`, () => {
    const keys = Array.from({ length: 5 }, (_, i) => ({
      arn: `k${i}`,
      policy: { Statement: statements(450) },
    }));
    const result = decodeScenarioValue({ format: 'kms-playground/scenario', version: 1, keys });
    const issue = firstError(result);
    expect(issue).toMatchObject({
      code: 'TooManyStatements',
      path: ['keys', 4, 'policy', 'Statement'],
    });
    expect(result.issues.filter((i) => i.code === 'TooManyStatements')).toHaveLength(1);
  });

  it('refuses a 100 KB string, naming where it is', () => {
    const text = `${HEADER}"requests":[{"principal":"${'a'.repeat(100 * 1024)}","action":"kms:Decrypt"}]}`;
    const issue = firstError(refuse(() => decodeScenarioText(text)));
    expect(issue).toMatchObject({ code: 'StringTooLong', path: ['requests', 0, 'principal'] });
    expect(issue?.message).toBe(
      `requests[0].principal: string is too long: 102,400 characters, the limit is ${MAX_STRING_LENGTH.toLocaleString('en-US')}`,
    );
  });

  it.each([
    ['requests', MAX_REQUESTS, { principal: 'p', action: 'kms:Decrypt' }],
    ['principals', MAX_PRINCIPALS, { arn: 'p' }],
    ['keys', MAX_KEYS, { arn: 'k', policy: {} }],
    ['grants', MAX_GRANTS, { grantId: 'g', key: 'k', granteePrincipal: 'p', operations: [] }],
  ])('refuses more %s than %i', (list, max, item) => {
    const value = {
      format: 'kms-playground/scenario',
      version: 1,
      [list]: Array.from({ length: max + 1 }, () => item),
    };
    const issue = firstError(refuse(() => decodeScenarioValue(value)));
    expect(issue).toMatchObject({ code: 'TooManyItems', path: [list] });
    expect(issue?.message).toContain(`is more than the limit of ${max.toLocaleString('en-US')}`);
  });

  it('lists at most 200 issues and says how many more there were', () => {
    const requests = Array.from({ length: 500 }, () => ({ principal: 1, action: 'kms:Decrypt' }));
    const result = decodeScenarioValue({ format: 'kms-playground/scenario', version: 1, requests });
    expect(result.issues).toHaveLength(201);
    expect(result.issues[200]).toMatchObject({ code: 'TooManyIssues', severity: 'warning' });
    expect(result.issues[200]?.message).toContain('300 more issues');
  });
});
