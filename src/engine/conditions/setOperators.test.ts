import { describe, expect, it } from 'vitest';
import type { ContextValue } from '../../scenario/types';
import { runCondition } from './testContext';

const KEY = 'kms:EncryptionContextKeys';
type RequestCase = 'missing' | 'empty' | 'allMatch' | 'someMatch' | 'noneMatch';
const REQUEST: Record<RequestCase, ContextValue | undefined> = {
  missing: undefined,
  empty: [],
  allMatch: ['AppName', 'Team'],
  someMatch: ['AppName', 'Other'],
  noneMatch: ['Other', 'More'],
};
const POLICY = ['AppName', 'Team'];

function run(operator: string, request: RequestCase) {
  const value = REQUEST[request];
  return runCondition(
    { [operator]: { [KEY]: POLICY } },
    value === undefined ? {} : { [KEY]: value },
  );
}

// Truth table 2.4 of kms-semantics.md, one row per operator form. S31 "Single-valued vs
// multivalued context keys" (empty-set rows), S31 "multi-value conditions" (negation = none of the
// values), S32 (missing keys, IfExists); A17 composes the set operators with negated operators.
const TABLE: [operator: string, expected: Record<RequestCase, boolean>, reasonWhenEmpty: string][] =
  [
    [
      'ForAnyValue:StringEquals',
      { missing: false, empty: false, allMatch: true, someMatch: true, noneMatch: false },
      'emptySetForAny',
    ],
    [
      'ForAllValues:StringEquals',
      { missing: true, empty: true, allMatch: true, someMatch: false, noneMatch: false },
      'emptySetForAll',
    ],
    [
      'ForAnyValue:StringNotEquals',
      { missing: false, empty: false, allMatch: false, someMatch: true, noneMatch: true },
      'emptySetForAny',
    ],
    [
      'ForAllValues:StringNotEquals',
      { missing: true, empty: true, allMatch: false, someMatch: false, noneMatch: true },
      'emptySetForAll',
    ],
    [
      'ForAnyValue:StringEqualsIfExists',
      { missing: true, empty: true, allMatch: true, someMatch: true, noneMatch: false },
      'ifExistsMissing',
    ],
    [
      'ForAllValues:StringNotEqualsIfExists',
      { missing: true, empty: true, allMatch: false, someMatch: false, noneMatch: true },
      'ifExistsMissing',
    ],
    // A16: a multi-valued key without a set operator is evaluated like ForAnyValue.
    [
      'StringEquals',
      { missing: false, empty: false, allMatch: true, someMatch: true, noneMatch: false },
      'missingKey',
    ],
    [
      'StringNotEquals',
      { missing: true, empty: true, allMatch: false, someMatch: true, noneMatch: true },
      'missingKey',
    ],
  ];

describe('truth table 2.4: set operators × positive/negated × missing/empty/non-empty', () => {
  for (const [operator, expected, reasonWhenEmpty] of TABLE) {
    for (const request of Object.keys(REQUEST) as RequestCase[]) {
      it(`${operator} with a ${request} request set is ${expected[request]} (S31 set operators; S32; A16/A17)`, () => {
        const r = run(operator, request);
        expect(r.result).toBe(expected[request]);
        if (request === 'missing' || request === 'empty')
          expect(r.clauses[0]?.reason).toBe(reasonWhenEmpty);
      });
    }
  }

  it('ForAllValues is vacuously true when the key is absent, ForAnyValue false (S31; S4 kms:EncryptionContextKeys)', () => {
    expect(run('ForAllValues:StringEquals', 'missing').clauses[0]).toMatchObject({
      result: true,
      reason: 'emptySetForAll',
      requestValues: null,
    });
    expect(run('ForAnyValue:StringEquals', 'missing').clauses[0]).toMatchObject({
      result: false,
      reason: 'emptySetForAny',
      requestValues: null,
    });
  });

  it('set operators work with every family, e.g. ForAnyValue:StringLike and ForAllValues:ArnLike (S31)', () => {
    expect(
      runCondition(
        { 'ForAnyValue:StringLike': { 'aws:CalledVia': '*.amazonaws.com' } },
        { 'aws:CalledVia': ['athena.amazonaws.com'] },
      ).result,
    ).toBe(true);
    const arns = ['arn:aws:iam::111122223333:role/A', 'arn:aws:iam::111122223333:role/B'];
    expect(
      runCondition(
        { 'ForAllValues:ArnLike': { 'aws:x': 'arn:aws:iam::111122223333:role/*' } },
        { 'aws:x': arns },
      ).result,
    ).toBe(true);
    expect(
      runCondition({ 'ForAnyValue:NumericLessThan': { 'aws:x': 5 } }, { 'aws:x': ['7', '3'] })
        .result,
    ).toBe(true);
    expect(
      runCondition(
        { 'ForAllValues:NotIpAddress': { 'aws:x': '10.0.0.0/8' } },
        { 'aws:x': ['10.0.0.1', '192.0.2.1'] },
      ).result,
    ).toBe(false);
  });

  it('a set operator on a single-valued key treats the value as a one-element set (S31)', () => {
    expect(
      runCondition(
        { 'ForAnyValue:StringEquals': { 'kms:CallerAccount': ['1', '2'] } },
        { 'kms:CallerAccount': '2' },
      ).result,
    ).toBe(true);
    expect(
      runCondition(
        { 'ForAllValues:StringEquals': { 'kms:CallerAccount': ['1'] } },
        { 'kms:CallerAccount': '2' },
      ).result,
    ).toBe(false);
  });
});

describe('truth table 2.4: single-valued keys', () => {
  const cases: [operator: string, missing: boolean, match: boolean, noMatch: boolean][] = [
    ['StringEquals', false, true, false],
    ['StringNotEquals', true, false, true],
    ['StringEqualsIfExists', true, true, false],
    ['StringNotEqualsIfExists', true, false, true],
  ];
  for (const [operator, missing, match, noMatch] of cases) {
    it(`${operator}: missing ${missing}, matching ${match}, non-matching ${noMatch} (S32 missing keys and IfExists)`, () => {
      const c = { [operator]: { 'kms:CallerAccount': '111122223333' } };
      expect(runCondition(c).result).toBe(missing);
      expect(runCondition(c, { 'kms:CallerAccount': '111122223333' }).result).toBe(match);
      expect(runCondition(c, { 'kms:CallerAccount': '444455556666' }).result).toBe(noMatch);
    });
  }

  it('Null: true ⇔ absent or empty, false ⇔ present (S32 Null; table 2.4)', () => {
    expect(runCondition({ Null: { [KEY]: 'true' } }).result).toBe(true);
    expect(runCondition({ Null: { [KEY]: 'true' } }, { [KEY]: [] }).result).toBe(true);
    expect(runCondition({ Null: { [KEY]: 'true' } }, { [KEY]: ['a'] }).result).toBe(false);
    expect(runCondition({ Null: { [KEY]: 'false' } }).result).toBe(false);
    expect(runCondition({ Null: { [KEY]: 'false' } }, { [KEY]: ['a'] }).result).toBe(true);
  });
});
