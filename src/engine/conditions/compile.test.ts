import { describe, expect, it } from 'vitest';
import { compileCondition } from './compile';
import { runCondition } from './testContext';

const BASE = ['Statement', 0, 'Condition'];

function codes(condition: unknown): [string, string, (string | number)[]][] {
  return runCondition(condition).diagnostics.map((d) => [d.severity, d.code, d.path]);
}

describe('malformed Condition elements (S30, P4: an error, and the clause is false)', () => {
  it('a Condition that is not an object is an error and the condition is false (S30 Condition element shape)', () => {
    for (const bad of [null, 'StringEquals', 42, [], [{ StringEquals: {} }]]) {
      const run = runCondition(bad);
      expect(run.result).toBe(false);
      expect(run.diagnostics).toEqual([
        expect.objectContaining({ severity: 'error', code: 'InvalidCondition', path: BASE }),
      ]);
    }
  });

  it('an operator block that is not an object is an error at the operator path (S30)', () => {
    const run = runCondition({ StringEquals: 'aws:username' });
    expect(run.result).toBe(false);
    expect(run.clauses[0]).toMatchObject({ operator: 'StringEquals', key: '', reason: 'invalid' });
    expect(codes({ StringEquals: ['x'] })).toEqual([
      ['error', 'InvalidConditionOperatorBlock', [...BASE, 'StringEquals']],
    ]);
  });

  it('an unknown operator is an error; names are case-sensitive, with a suggestion (S32; kms-semantics 2.2)', () => {
    const run = runCondition(
      { stringEquals: { 'aws:username': 'alice' } },
      { 'aws:username': 'alice' },
    );
    expect(run.result).toBe(false);
    expect(run.diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'UnknownConditionOperator',
      path: [...BASE, 'stringEquals'],
    });
    expect(run.diagnostics[0]?.message).toContain('did you mean "StringEquals"');
    expect(
      runCondition({ NullIfExists: { 'aws:username': true } }).diagnostics[0]?.message,
    ).toMatch(/IfExists cannot be added to Null/);
  });

  it('values must be strings, numbers or booleans, each error at its exact path (S38 grammar)', () => {
    expect(codes({ StringEquals: { 'aws:username': ['a', null, { x: 1 }, ['n']] } })).toEqual([
      ['error', 'InvalidConditionValue', [...BASE, 'StringEquals', 'aws:username', 1]],
      ['error', 'InvalidConditionValue', [...BASE, 'StringEquals', 'aws:username', 2]],
      ['error', 'InvalidConditionValue', [...BASE, 'StringEquals', 'aws:username', 3]],
    ]);
    expect(codes({ StringEquals: { 'aws:username': [] } })).toEqual([
      ['error', 'EmptyConditionValues', [...BASE, 'StringEquals', 'aws:username']],
    ]);
  });

  it('a clause with an error is false but the other clauses are still evaluated (documented choice in compile.ts)', () => {
    const run = runCondition(
      { IpAddress: { 'aws:SourceIp': 'bad' }, StringEquals: { 'aws:username': 'alice' } },
      { 'aws:username': 'alice' },
    );
    expect(run.result).toBe(false);
    expect(run.clauses.map((c) => c.reason)).toEqual(['invalid', 'matched']);
    // A negated operator with an error is false too, so a Deny with a broken condition never applies.
    expect(runCondition({ NotIpAddress: { 'aws:SourceIp': 'bad' } }).result).toBe(false);
  });

  it('the path of a statement element is kept exactly (S30)', () => {
    const { diagnostics } = compileCondition(
      { IpAddress: { 'aws:SourceIp': '1.2.3.4/99' } },
      ['Statement', 1, 'Condition'],
      { variables: true },
    );
    expect(diagnostics[0]?.path).toEqual([
      'Statement',
      1,
      'Condition',
      'IpAddress',
      'aws:SourceIp',
    ]);
  });

  it('operator and key names such as __proto__ are handled as plain text (S30)', () => {
    const raw = JSON.parse(
      '{"__proto__": {"__proto__": "x"}, "StringEquals": {"constructor": "y"}}',
    ) as unknown;
    const run = runCondition(raw, { constructor: 'y' });
    expect(run.clauses.map((c) => c.operator)).toEqual(['__proto__', 'StringEquals']);
    expect(run.clauses[1]?.result).toBe(true);
  });
});

describe('lint warnings', () => {
  it('ForAllValues on a single-valued key (S31: vacuously true when absent)', () => {
    expect(codes({ 'ForAllValues:StringEquals': { 'kms:CallerAccount': '1' } })).toEqual([
      [
        'warning',
        'ForAllValuesSingleValued',
        [...BASE, 'ForAllValues:StringEquals', 'kms:CallerAccount'],
      ],
    ]);
  });

  it('ForAllValues on kms:EncryptionContext:<k> or aws:RequestTag/<k> is OverlyPermissiveCondition (S4)', () => {
    expect(
      codes({ 'ForAllValues:StringEquals': { 'kms:EncryptionContext:AppName': 'x' } }),
    ).toEqual([
      [
        'warning',
        'OverlyPermissiveCondition',
        [...BASE, 'ForAllValues:StringEquals', 'kms:EncryptionContext:AppName'],
      ],
    ]);
    expect(codes({ 'ForAllValues:StringLike': { 'aws:RequestTag/Owner': '*' } })[0]?.[1]).toBe(
      'OverlyPermissiveCondition',
    );
  });

  it('a multi-valued key without a set operator is a warning (A16; S31)', () => {
    expect(codes({ StringEquals: { 'kms:GrantOperations': 'Decrypt' } })).toEqual([
      [
        'warning',
        'MultiValuedWithoutSetOperator',
        [...BASE, 'StringEquals', 'kms:GrantOperations'],
      ],
    ]);
    expect(codes({ Null: { 'kms:EncryptionContextKeys': 'false' } })).toEqual([]);
  });

  it('unknown keys and keys of other services are warnings (S39; S4)', () => {
    expect(codes({ StringEquals: { 'aws:NoSuchKey': 'x' } })[0]?.[1]).toBe('UnknownConditionKey');
    const s3 = runCondition({ StringEquals: { 's3:prefix': 'home/' } }).diagnostics[0];
    expect(s3).toMatchObject({ severity: 'warning', code: 'UnknownConditionKey' });
    expect(s3?.message).toMatch(/another service \(s3\)/);
    expect(codes({ StringEquals: { 'kms:EncryptionContext:': 'x' } })[0]?.[1]).toBe(
      'UnknownConditionKey',
    );
    expect(
      codes({
        StringEquals: { 'aws:PrincipalTag/team': 'x', 'kms:RecipientAttestation:ImageSha384': 'y' },
      }),
    ).toEqual([]);
  });

  it('a variable in a key name is a warning (S4 kms:EncryptionContext: variables only in the value)', () => {
    expect(
      codes({ StringEquals: { 'kms:EncryptionContext:${aws:username}': 'x' } }).map((c) => c[1]),
    ).toContain('VariableInConditionKey');
  });

  it('a set operator on Null is a warning and is ignored (S32 Null)', () => {
    const run = runCondition(
      { 'ForAllValues:Null': { 'aws:TagKeys': 'true' } },
      { 'aws:TagKeys': ['a'] },
    );
    expect(run.diagnostics.map((d) => d.code)).toEqual(['SetOperatorWithNull']);
    expect(run.result).toBe(false);
  });
});

describe('deprecated condition keys (S4)', () => {
  it('kms:CustomerMasterKeySpec and kms:CustomerMasterKeyUsage warn DeprecatedConditionKey and still evaluate (S4)', () => {
    const run = runCondition(
      { StringEquals: { 'kms:CustomerMasterKeySpec': 'RSA_2048' } },
      { 'kms:CustomerMasterKeySpec': 'RSA_2048' },
    );
    expect(run.result).toBe(true);
    expect(run.diagnostics.map((d) => d.code)).toContain('DeprecatedConditionKey');
    expect(
      runCondition({ StringEquals: { 'kms:KeyUsage': 'SIGN_VERIFY' } }, {}).diagnostics.map(
        (d) => d.code,
      ),
    ).not.toContain('DeprecatedConditionKey');
  });
});
