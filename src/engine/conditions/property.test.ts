import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContextValue } from '../../scenario/types';
import { BASE_OPERATOR_NAMES } from './operators';
import { compileCondition } from './compile';
import { evaluateCondition, evaluateConditionFast } from './evaluate';
import { contextOf } from './testContext';

const KEYS = [
  'aws:SourceIp',
  'aws:username',
  'aws:PrincipalTag/Team',
  'kms:EncryptionContextKeys',
  'kms:CallerAccount',
  'aws:CurrentTime',
  'aws:PrincipalArn',
  'aws:x',
];

const VALUE_TEXT = fc.oneof(
  fc.constantFrom(
    '10.0.0.0/8',
    '10.1.2.3',
    '2001:db8::/32',
    '2001:db8::1',
    '::ffff:10.0.0.1',
    '0.0.0.0/0',
    '2025-01-01T00:00:00Z',
    '2025-01-01',
    '1735689600',
    '30',
    '-1.5',
    'true',
    'FALSE',
    'arn:aws:iam::111122223333:role/*',
    'arn:aws:iam::111122223333:role/R',
    'arn:*:*:*:*:*',
    'alice',
    'ali*',
    'a?ice',
    '${aws:username}',
    "${aws:username, 'alice'}",
    '${*}',
    'QUJD',
    'Team',
    '${aws:PrincipalTag/team}',
  ),
  fc.string({ maxLength: 12 }),
);

const POLICY_VALUE = fc.oneof(VALUE_TEXT, fc.integer({ min: -100, max: 100 }), fc.boolean());

const OPERATOR = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', 'ForAnyValue:', 'ForAllValues:'),
      fc.constantFrom(...BASE_OPERATOR_NAMES),
      fc.constantFrom('', 'IfExists'),
    )
    .map(([a, b, c]) => a + b + c),
  fc.string({ maxLength: 8 }),
);

const CONDITION = fc.dictionary(
  OPERATOR,
  fc.dictionary(
    fc.constantFrom(...KEYS),
    fc.oneof(POLICY_VALUE, fc.array(POLICY_VALUE, { maxLength: 3 })),
    { maxKeys: 3 },
  ),
  { maxKeys: 3 },
);

const CONTEXT_VALUE: fc.Arbitrary<ContextValue> = fc.oneof(
  VALUE_TEXT,
  fc.integer({ min: -100, max: 2_000_000_000 }),
  fc.boolean(),
  fc.array(VALUE_TEXT, { maxLength: 3 }),
);
const CONTEXT = fc.dictionary(fc.constantFrom(...KEYS), CONTEXT_VALUE, { maxKeys: KEYS.length });

function check(raw: unknown, values: Record<string, ContextValue>, variables: boolean): void {
  const { condition, diagnostics } = compileCondition(raw, ['Statement', 0, 'Condition'], {
    variables,
  });
  const ctx = contextOf(values);
  const traced = evaluateCondition(condition, ctx);
  expect(evaluateConditionFast(condition, ctx)).toBe(traced.result);
  expect(traced.result).toBe(!condition.malformed && traced.clauses.every((c) => c.result));
  expect(JSON.parse(JSON.stringify({ traced, diagnostics }))).toEqual({ traced, diagnostics });
}

describe('property: conditions never throw and the fast path agrees with the trace', () => {
  it('on condition-shaped input, evaluateConditionFast equals evaluateCondition and results are JSON-safe (S30–S33)', () => {
    fc.assert(
      fc.property(CONDITION, CONTEXT, fc.boolean(), (raw, values, variables) => {
        check(raw, values, variables);
      }),
      { numRuns: 3000 },
    );
  });

  it('on arbitrary JSON, compileCondition and evaluateCondition never throw (S30: malformed input is a diagnostic)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), CONTEXT, fc.boolean(), (raw, values, variables) => {
        check(raw, values, variables);
      }),
      { numRuns: 1000 },
    );
  });

  it('on arbitrary values of any JavaScript type, compileCondition never throws (S30)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        compileCondition(raw, ['Condition'], { variables: true });
        compileCondition({ StringEquals: { 'aws:x': raw } }, ['Condition'], { variables: true });
      }),
      { numRuns: 500 },
    );
  });
});
