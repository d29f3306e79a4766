import { describe, expect, it } from 'vitest';
import { decodeScenarioText } from './decodeText';
import { decodeScenarioValue } from './decodeValue';
import type { DecodeResult, ScenarioIssue } from './issues';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const DOC = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
};

type Raw = Record<string, unknown>;
/** The JSON shape of `base()`: one-item tuples so that tests can reach in and break things. */
interface Base extends Raw {
  principals: [Raw];
  keys: [Raw];
  requests: [Raw];
}

/** A small valid scenario as plain JSON, fresh for each test to mutate. */
function base(): Base {
  return {
    format: 'kms-playground/scenario',
    version: 1,
    principals: [{ arn: 'arn:aws:iam::111122223333:user/Alice' }],
    keys: [{ arn: KEY, policy: structuredClone(DOC) }],
    requests: [
      {
        id: 'r1',
        principal: 'arn:aws:iam::111122223333:user/Alice',
        action: 'kms:Decrypt',
        key: KEY,
      },
    ],
  };
}

function errors(result: DecodeResult): ScenarioIssue[] {
  return result.issues.filter((i) => i.severity === 'error');
}

/** Decodes and expects exactly one error, returning it. */
function onlyError(value: unknown): ScenarioIssue {
  const result = decodeScenarioValue(value);
  expect(result.ok).toBe(false);
  const found = errors(result);
  expect(found).toHaveLength(1);
  return found[0] as ScenarioIssue;
}

describe('path-precise errors', () => {
  it('a number where a principal ARN belongs', () => {
    const s = base();
    s.requests[0].principal = 42;
    const issue = onlyError(s);
    expect(issue.path).toEqual(['requests', 0, 'principal']);
    expect(issue.code).toBe('WrongType');
    expect(issue.message).toBe(
      'requests[0].principal: expected a string (an IAM ARN or service principal), got number',
    );
  });

  it('a misspelt key state, with a suggestion', () => {
    const s = base();
    s.keys[0].state = 'Enabeld';
    const issue = onlyError(s);
    expect(issue.path).toEqual(['keys', 0, 'state']);
    expect(issue.code).toBe('InvalidValue');
    expect(issue.message).toContain(
      'keys[0].state: expected a key state: one of Enabled, Disabled',
    );
    expect(issue.message).toContain('got "Enabeld" (did you mean "Enabled"?)');
  });

  it('bad keyUsage, origin, keyManager, policy type, expected decision and outcome', () => {
    const s = base();
    s.keys[0].keyUsage = 'ENCRYPT';
    s.keys[0].origin = 'aws_kms';
    s.keys[0].keyManager = 'ME';
    s.organization = { policies: [{ id: 'p', type: 'ACL', targets: ['r-root'], document: DOC }] };
    s.requests[0].expect = { decision: 'Deny', outcome: 'AccessDenied' };
    const result = decodeScenarioValue(s);
    expect(result.ok).toBe(false);
    expect(errors(result).map((i) => i.path)).toEqual([
      ['keys', 0, 'keyUsage'],
      ['keys', 0, 'origin'],
      ['keys', 0, 'keyManager'],
      ['requests', 0, 'expect', 'outcome'],
      ['requests', 0, 'expect', 'decision'],
      ['organization', 'policies', 0, 'type'],
    ]);
    expect(errors(result).every((i) => i.code === 'InvalidValue')).toBe(true);
    const origin = errors(result)[1] as ScenarioIssue;
    expect(origin.message).toContain('(did you mean "AWS_KMS"?)');
  });

  it('a key without its policy', () => {
    const s = base();
    delete s.keys[0].policy;
    const issue = onlyError(s);
    expect(issue.path).toEqual(['keys', 0, 'policy']);
    expect(issue.code).toBe('MissingField');
    expect(issue.message).toMatch(
      /^keys\[0\]\.policy: missing; every key needs exactly one key policy/,
    );
  });

  it('a request without action, and a grant without operations', () => {
    const s = base();
    delete s.requests[0].action;
    s.grants = [
      { grantId: 'g1', key: KEY, granteePrincipal: 'arn:aws:iam::111122223333:user/Alice' },
    ];
    const result = decodeScenarioValue(s);
    expect(errors(result).map((i) => [i.path, i.code])).toEqual([
      [['grants', 0, 'operations'], 'MissingField'],
      [['requests', 0, 'action'], 'MissingField'],
    ]);
  });

  it('an unknown field is a warning, is left out, and says so', () => {
    const s = base();
    s.keys[0].polcy = 'oops';
    s.extra = true;
    const result = decodeScenarioValue(s);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const warnings = result.issues.filter((i) => i.code === 'UnknownField');
    expect(warnings.map((w) => [w.path, w.severity])).toEqual([
      [['extra'], 'warning'],
      [['keys', 0, 'polcy'], 'warning'],
    ]);
    expect(warnings[1]?.message).toBe(
      'keys[0].polcy: unknown field, left out of the scenario (did you mean "policy"?)',
    );
    expect(result.scenario.keys[0]).not.toHaveProperty('polcy');
    expect(result.scenario).not.toHaveProperty('extra');
  });

  it('a policy given as a string that is not JSON reports line and column inside the string', () => {
    const s = base();
    s.keys[0].policy =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", }\n  ]\n}';
    const issue = onlyError(s);
    expect(issue.path).toEqual(['keys', 0, 'policy']);
    expect(issue.code).toBe('InvalidDocument');
    expect(issue.line).toBe(4);
    expect(issue.column).toBe(26);
    expect(issue.message).toMatch(
      /^keys\[0\]\.policy: the key policy string is not valid JSON at line 4, column 26: expected a property name/,
    );
  });

  it('a policy document that is an array, or a string holding an array', () => {
    const s = base();
    s.keys[0].policy = [DOC];
    s.principals[0].permissionsBoundary = '[1, 2]';
    const result = decodeScenarioValue(s);
    expect(errors(result).map((i) => [i.path, i.code, i.message])).toEqual([
      [
        ['principals', 0, 'permissionsBoundary'],
        'InvalidDocument',
        'principals[0].permissionsBoundary: expected a permissions boundary (a JSON object, or a string holding one), got a string holding array',
      ],
      [
        ['keys', 0, 'policy'],
        'WrongType',
        'keys[0].policy: expected a key policy (a JSON object, or a string holding one), got array',
      ],
    ]);
  });

  it('tags and context values of the wrong type', () => {
    const s = base();
    s.keys[0].tags = { team: 7 };
    s.requests[0].context = { 'aws:SourceIp': { ip: '1.2.3.4' }, 'aws:TagKeys': ['a', 1] };
    const result = decodeScenarioValue(s);
    expect(errors(result).map((i) => i.message)).toEqual([
      'keys[0].tags.team: expected a string, got number',
      'requests[0].context["aws:SourceIp"]: expected a string, number, boolean or array of strings, got object',
      'requests[0].context["aws:TagKeys"]: expected a string, number, boolean or array of strings, got an array holding a non-string',
    ]);
  });

  it('a list that is not an array, and an item that is not an object', () => {
    const s = base();
    const result = decodeScenarioValue({
      ...s,
      grants: { grantId: 'g' },
      principals: ['arn:aws:iam::111122223333:user/Alice'],
    });
    expect(errors(result).map((i) => i.message)).toEqual([
      'principals[0]: expected a principal { "arn", "policies", ... }, got string',
      'grants: expected an array of grants, got object',
    ]);
  });

  it('both grant constraints at once', () => {
    const s = base();
    s.grants = [
      {
        grantId: 'g',
        key: KEY,
        granteePrincipal: 'arn:aws:iam::111122223333:user/Alice',
        operations: ['Decrypt'],
        constraints: { encryptionContextEquals: { a: 'b' }, encryptionContextSubset: { a: 'b' } },
      },
    ];
    const issue = onlyError(s);
    expect(issue.path).toEqual(['grants', 0, 'constraints']);
    expect(issue.code).toBe('ConflictingFields');
  });

  it('a request through a VPC endpoint that does not exist is an error', () => {
    const s = base();
    s.vpcEndpoints = [{ id: 'vpce-1' }];
    s.requests[0].viaVpcEndpoint = 'vpce-2';
    const issue = onlyError(s);
    expect(issue.path).toEqual(['requests', 0, 'viaVpcEndpoint']);
    expect(issue.message).toBe(
      'requests[0].viaVpcEndpoint: no VPC endpoint "vpce-2" in the scenario\'s vpcEndpoints',
    );
  });

  it('a malformed CiphertextBlob parameter', () => {
    const s = base();
    s.requests[0].parameters = { CiphertextBlob: { encryptionContext: { a: 1 } } };
    const result = decodeScenarioValue(s);
    expect(errors(result).map((i) => i.path)).toEqual([
      ['requests', 0, 'parameters', 'CiphertextBlob', 'key'],
      ['requests', 0, 'parameters', 'CiphertextBlob', 'encryptionContext', 'a'],
    ]);
  });
});

describe('the header', () => {
  it('refuses something that is not a scenario', () => {
    expect(onlyError([1, 2]).message).toBe(
      'scenario: expected a scenario object with "format": "kms-playground/scenario", got array',
    );
    expect(onlyError({ version: 1 }).code).toBe('MissingField');
    expect(onlyError({ format: 'other', version: 1 }).code).toBe('WrongFormat');
  });

  it('names a newer version clearly', () => {
    const issue = onlyError({ ...base(), version: 2 });
    expect(issue.code).toBe('NewerVersion');
    expect(issue.message).toContain('made by a newer version of the playground (format 2)');
  });

  it('refuses versions that never existed', () => {
    expect(onlyError({ ...base(), version: 0 }).code).toBe('InvalidVersion');
    expect(onlyError({ ...base(), version: 1.5 }).code).toBe('InvalidVersion');
    expect(onlyError({ ...base(), version: '1' }).code).toBe('WrongType');
  });

  it('only reports the header when the header is wrong', () => {
    const s = base();
    const result = decodeScenarioValue({ ...s, format: 'kms-playground/recipe', keys: 'nonsense' });
    expect(result.issues.map((i) => i.code)).toEqual(['WrongFormat']);
  });
});

describe('text input', () => {
  it('reports invalid JSON with its line and column', () => {
    const result = decodeScenarioText(
      '{\n  "format": "kms-playground/scenario",\n  "version": 1,\n}\n',
    );
    expect(result.ok).toBe(false);
    const [issue] = result.issues;
    expect(issue).toMatchObject({ code: 'InvalidJson', line: 4, column: 1, path: [] });
    expect(issue?.message).toBe(
      'the scenario is not valid JSON at line 4, column 1: expected a property name in double quotes, found "}" (a comma before a closing brace is not allowed)',
    );
  });

  it('reports empty text and accepts a byte order mark', () => {
    expect(decodeScenarioText('  \n').issues[0]?.code).toBe('EmptyInput');
    expect(decodeScenarioText(`\uFEFF${JSON.stringify(base())}`).ok).toBe(true);
  });

  it('reports non-JSON values handed over in code', () => {
    expect(decodeScenarioValue({ ...base(), title: () => 'x' }).issues[0]).toMatchObject({
      code: 'NotJson',
      path: ['title'],
      message: 'title: expected a JSON value, got function',
    });
    const s = base();
    s.keys[0].tags = new Map();
    expect(decodeScenarioValue(s).issues[0]).toMatchObject({
      code: 'NotJson',
      message: 'keys[0].tags: expected a plain JSON object, got Map',
    });
    expect(decodeScenarioValue({ ...base(), extra: Number.NaN }).issues[0]?.code).toBe('NotJson');
  });

  it('turns even a hostile value into an issue instead of throwing', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    );
    const result = decodeScenarioValue(hostile);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'InternalError' });
    expect(result.issues[0]?.message).toContain('boom');
  });
});
