import { describe, expect, it } from 'vitest';
import { runCondition } from './testContext';

describe('policy variables in condition values', () => {
  const ecUser = { 'kms:EncryptionContext:user': 'alice' };

  it('StringEquals with ${aws:username} compares with the caller name (S33; S4 encryption-context example)', () => {
    const c = { StringEquals: { 'kms:EncryptionContext:user': '${aws:username}' } };
    const run = runCondition(c, { ...ecUser, 'aws:username': 'alice' });
    expect(run.result).toBe(true);
    expect(run.clauses[0]?.resolvedPolicyValues).toEqual(['alice']);
    expect(runCondition(c, { ...ecUser, 'aws:username': 'bob' }).result).toBe(false);
  });

  it('a variable with no value makes positive operators false and negated ones true (S33 "Policy variables with no value"; A13)', () => {
    const run = runCondition(
      { StringEquals: { 'kms:EncryptionContext:user': '${aws:username}' } },
      ecUser,
    );
    expect(run.result).toBe(false);
    expect(run.clauses[0]?.resolvedPolicyValues).toEqual([null]);
    expect(
      runCondition({ StringNotEquals: { 'kms:EncryptionContext:user': '${aws:username}' } }, ecUser)
        .result,
    ).toBe(true);
    expect(
      runCondition({ StringLike: { 'kms:EncryptionContext:user': '${aws:username}*' } }, ecUser)
        .result,
    ).toBe(false);
    expect(
      runCondition({ StringNotLike: { 'kms:EncryptionContext:user': '${aws:username}*' } }, ecUser)
        .result,
    ).toBe(true);
  });

  it('a default applies when the key is absent: ${aws:username, \'guest\'} (S33 "Specifying default values")', () => {
    const c = { StringEquals: { 'kms:EncryptionContext:user': "${aws:username, 'alice'}" } };
    expect(runCondition(c, ecUser).result).toBe(true);
    expect(runCondition(c, { ...ecUser, 'aws:username': 'bob' }).result).toBe(false);
  });

  it('tag variables resolve case-insensitively by tag key (S33 tags as policy variables; A14)', () => {
    const c = { StringEquals: { 'kms:EncryptionContext:project': '${aws:PrincipalTag/PROJECT}' } };
    expect(
      runCondition(c, {
        'aws:PrincipalTag/project': 'alpha',
        'kms:EncryptionContext:project': 'alpha',
      }).result,
    ).toBe(true);
  });

  it('${*} and ${?} are literal in StringLike, not wildcards (S33 special characters)', () => {
    const c = { StringLike: { 'kms:EncryptionContext:pattern': 'a${*}b${?}' } };
    expect(runCondition(c, { 'kms:EncryptionContext:pattern': 'a*b?' }).result).toBe(true);
    expect(runCondition(c, { 'kms:EncryptionContext:pattern': 'axxbz' }).result).toBe(false);
    const eq = { StringEquals: { 'kms:EncryptionContext:pattern': 'cost${$}' } };
    expect(runCondition(eq, { 'kms:EncryptionContext:pattern': 'cost$' }).result).toBe(true);
  });

  it('a value substituted into StringLike is literal; the policy text around it keeps its wildcards (S33)', () => {
    const c = { StringLike: { 'kms:EncryptionContext:path': 'home/${aws:username}/*' } };
    expect(
      runCondition(c, { 'aws:username': 'a?c', 'kms:EncryptionContext:path': 'home/a?c/x' }).result,
    ).toBe(true);
    expect(
      runCondition(c, { 'aws:username': 'a?c', 'kms:EncryptionContext:path': 'home/abc/x' }).result,
    ).toBe(false);
  });

  it('StringEqualsIgnoreCase compares resolved variables case-insensitively (S32; S33)', () => {
    const c = { StringEqualsIgnoreCase: { 'kms:EncryptionContext:user': '${aws:username}' } };
    expect(runCondition(c, { 'aws:username': 'ALICE', ...ecUser }).result).toBe(true);
  });

  it('Bool accepts variables (table 2.3; S32 Boolean: policy variables supported)', () => {
    const c = { Bool: { 'aws:SecureTransport': '${aws:ViaAWSService}' } };
    expect(
      runCondition(c, { 'aws:SecureTransport': true, 'aws:ViaAWSService': 'TRUE' }).result,
    ).toBe(true);
    expect(
      runCondition(c, { 'aws:SecureTransport': true, 'aws:ViaAWSService': false }).result,
    ).toBe(false);
    expect(runCondition(c, { 'aws:SecureTransport': true }).result).toBe(false);
  });

  it('with Version 2008-10-17 the text is literal and a warning says why (S33: variables need 2012-10-17)', () => {
    const c = { StringEquals: { 'kms:EncryptionContext:user': '${aws:username}' } };
    const literal = runCondition(
      c,
      { 'kms:EncryptionContext:user': '${aws:username}', 'aws:username': 'alice' },
      false,
    );
    expect(literal.result).toBe(true);
    expect(literal.diagnostics.map((d) => d.code)).toEqual(['VariablesNeedVersion2012']);
    expect(runCondition(c, { ...ecUser, 'aws:username': 'alice' }, false).result).toBe(false);
    const like = { StringLike: { 'kms:EncryptionContext:user': 'a${*}' } };
    expect(runCondition(like, { 'kms:EncryptionContext:user': 'a${anything}' }, false).result).toBe(
      true,
    );
  });

  it('multi-valued and unknown variable keys are reported (S33: multivalued keys cannot be variables)', () => {
    const run = runCondition({
      StringEquals: { 'aws:username': ['${aws:CalledVia}', '${aws:NoSuch}'] },
    });
    expect(run.diagnostics.map((d) => [d.code, d.path.at(-1)])).toEqual([
      ['MultiValuedPolicyVariable', 0],
      ['UnknownConditionKey', 1],
    ]);
  });

  it('Numeric, Date, IP and Binary values take no variables: the value is invalid (S33 where variables can be used)', () => {
    for (const op of ['NumericEquals', 'DateEquals', 'IpAddress', 'BinaryEquals']) {
      const run = runCondition({ [op]: { 'aws:x': '${aws:username}' } }, { 'aws:username': '1' });
      expect(run.result, op).toBe(false);
      expect(
        run.diagnostics.some((d) => d.severity === 'error'),
        op,
      ).toBe(true);
    }
  });
});

describe('negated operators with a variable that may have no value (S33, A13)', () => {
  it('StringNotEquals with a bare ${aws:username} warns NegatedUnresolvedVariable; IfExists or a default does not (S33 "might cause the entire statement to be invalid", A13)', () => {
    const codes = (c: Record<string, unknown>) =>
      runCondition(c, {}).diagnostics.map((d) => d.code);
    expect(
      codes({ StringNotEquals: { 'kms:EncryptionContext:user': '${aws:username}' } }),
    ).toContain('NegatedUnresolvedVariable');
    expect(
      codes({ StringNotEqualsIfExists: { 'kms:EncryptionContext:user': '${aws:username}' } }),
    ).not.toContain('NegatedUnresolvedVariable');
    expect(
      codes({ StringNotEquals: { 'kms:EncryptionContext:user': "${aws:username, 'none'}" } }),
    ).not.toContain('NegatedUnresolvedVariable');
    expect(
      codes({ StringEquals: { 'kms:EncryptionContext:user': '${aws:username}' } }),
    ).not.toContain('NegatedUnresolvedVariable');
  });
});
