import { describe, expect, it } from 'vitest';
import { parseOperator, suggestOperator } from './operators';
import { holds, runCondition } from './testContext';

describe('operator names', () => {
  it('parses prefixes and the IfExists suffix; names are case-sensitive (S32; kms-semantics 2.2)', () => {
    expect(parseOperator('ForAnyValue:StringNotLikeIfExists')).toMatchObject({
      set: 'ForAnyValue',
      ifExists: true,
      base: { name: 'StringNotLike', negated: true },
    });
    expect(parseOperator('stringequals')).toBeUndefined();
    expect(parseOperator('IfExists')).toBeUndefined();
    expect(suggestOperator('stringequals')).toBe('StringEquals');
    expect(suggestOperator('forallvalues:stringlike')).toBe('ForAllValues:StringLike');
  });

  it('Null takes no IfExists (S32 "...IfExists condition operators": every operator except Null)', () => {
    expect(parseOperator('Null')).toBeDefined();
    expect(parseOperator('NullIfExists')).toBeUndefined();
  });
});

describe('String operators', () => {
  const ctx = { 'kms:EncryptionContext:AppName': 'ExampleApp' };

  it('StringEquals is exact and case-sensitive (S32 String condition operators)', () => {
    expect(holds({ StringEquals: { 'kms:EncryptionContext:AppName': 'ExampleApp' } }, ctx)).toBe(
      true,
    );
    expect(holds({ StringEquals: { 'kms:EncryptionContext:AppName': 'exampleapp' } }, ctx)).toBe(
      false,
    );
  });

  it('several values are ORed (S31 "Creating a condition with multiple keys or values")', () => {
    expect(
      holds({ StringEquals: { 'kms:EncryptionContext:AppName': ['Other', 'ExampleApp'] } }, ctx),
    ).toBe(true);
  });

  it('StringNotEquals with several values is true only when the request value matches none (S31 multi-value conditions)', () => {
    const c = { StringNotEquals: { 'kms:CallerAccount': ['111122223333', '444455556666'] } };
    expect(holds(c, { 'kms:CallerAccount': '111122223333' })).toBe(false);
    expect(holds(c, { 'kms:CallerAccount': '444455556666' })).toBe(false);
    expect(holds(c, { 'kms:CallerAccount': '777788889999' })).toBe(true);
  });

  it('StringEqualsIgnoreCase / StringNotEqualsIgnoreCase ignore letter case (S32)', () => {
    expect(
      holds({ StringEqualsIgnoreCase: { 'kms:EncryptionContext:AppName': 'EXAMPLEAPP' } }, ctx),
    ).toBe(true);
    expect(
      holds(
        { StringNotEqualsIgnoreCase: { 'kms:EncryptionContext:AppName': ['exampleAPP', 'x'] } },
        ctx,
      ),
    ).toBe(false);
  });

  it('StringLike / StringNotLike use * and ? wildcards, case-sensitively (S32)', () => {
    expect(
      holds(
        { StringLike: { 'kms:ViaService': 'ec2.*.amazonaws.com' } },
        { 'kms:ViaService': 'ec2.us-west-2.amazonaws.com' },
      ),
    ).toBe(true);
    expect(
      holds(
        { StringLike: { 'kms:ViaService': 'EC2.*' } },
        { 'kms:ViaService': 'ec2.us-west-2.amazonaws.com' },
      ),
    ).toBe(false);
    expect(
      holds(
        { StringNotLike: { 'kms:RequestAlias': ['alias/prod-*', 'alias/?'] } },
        { 'kms:RequestAlias': 'alias/dev-1' },
      ),
    ).toBe(true);
    expect(
      holds(
        { StringNotLike: { 'kms:RequestAlias': ['alias/prod-*', 'alias/?'] } },
        { 'kms:RequestAlias': 'alias/x' },
      ),
    ).toBe(false);
  });

  it('wildcards act only in *Like operators (S32: StringEquals has no wildcards)', () => {
    expect(
      holds({ StringEquals: { 'kms:RequestAlias': 'alias/*' } }, { 'kms:RequestAlias': 'alias/x' }),
    ).toBe(false);
    expect(
      holds({ StringEquals: { 'kms:RequestAlias': 'alias/*' } }, { 'kms:RequestAlias': 'alias/*' }),
    ).toBe(true);
  });

  it('condition key names are case-insensitive, the tag-key part too (S30; S39; A14)', () => {
    expect(holds({ StringEquals: { 'KMS:encryptioncontext:appname': 'ExampleApp' } }, ctx)).toBe(
      true,
    );
    expect(
      holds(
        { StringEquals: { 'aws:PrincipalTag/TEAM': 'blue' } },
        { 'aws:PrincipalTag/team': 'blue' },
      ),
    ).toBe(true);
    expect(
      holds(
        { StringEquals: { 'aws:ResourceTag/Team': 'Blue' } },
        { 'aws:ResourceTag/team': 'blue' },
      ),
    ).toBe(false);
  });

  it('unquoted numbers and booleans compare by their text (S38 grammar: condition values)', () => {
    expect(
      holds(
        { StringEquals: { 'kms:CallerAccount': 111122223333 } },
        { 'kms:CallerAccount': '111122223333' },
      ),
    ).toBe(true);
    expect(
      holds({ StringEquals: { 'aws:SecureTransport': true } }, { 'aws:SecureTransport': true }),
    ).toBe(true);
  });
});

describe('Numeric operators', () => {
  const days = { 'kms:ScheduleKeyDeletionPendingWindowInDays': 7 };
  it('compare integers and decimals, quoted or not, with the request value on the left (S32 Numeric)', () => {
    expect(
      holds({ NumericLessThan: { 'kms:ScheduleKeyDeletionPendingWindowInDays': '30' } }, days),
    ).toBe(true);
    expect(
      holds(
        { NumericGreaterThanEquals: { 'kms:ScheduleKeyDeletionPendingWindowInDays': 7 } },
        days,
      ),
    ).toBe(true);
    expect(
      holds({ NumericGreaterThan: { 'kms:ScheduleKeyDeletionPendingWindowInDays': 7 } }, days),
    ).toBe(false);
    expect(
      holds(
        { NumericLessThanEquals: { 'kms:ScheduleKeyDeletionPendingWindowInDays': '6.5' } },
        days,
      ),
    ).toBe(false);
    expect(
      holds(
        { NumericEquals: { 'aws:MultiFactorAuthAge': '-1.50' } },
        { 'aws:MultiFactorAuthAge': -1.5 },
      ),
    ).toBe(true);
    expect(
      holds(
        { NumericEquals: { 'aws:MultiFactorAuthAge': '.5' } },
        { 'aws:MultiFactorAuthAge': '0.5' },
      ),
    ).toBe(true);
  });

  it('request values given as strings parse; non-numbers match nothing (S32 Numeric)', () => {
    expect(
      holds(
        { NumericEquals: { 'kms:RotationPeriodInDays': 365 } },
        { 'kms:RotationPeriodInDays': '365' },
      ),
    ).toBe(true);
    expect(
      holds(
        { NumericEquals: { 'kms:RotationPeriodInDays': 365 } },
        { 'kms:RotationPeriodInDays': 'many' },
      ),
    ).toBe(false);
    expect(
      holds(
        { NumericNotEquals: { 'kms:RotationPeriodInDays': [90, 365] } },
        { 'kms:RotationPeriodInDays': 180 },
      ),
    ).toBe(true);
    expect(
      holds(
        { NumericNotEquals: { 'kms:RotationPeriodInDays': [90, 365] } },
        { 'kms:RotationPeriodInDays': 90 },
      ),
    ).toBe(false);
  });

  it('a policy value that is not a number is an error at its path (S32 Numeric)', () => {
    const run = runCondition({ NumericLessThan: { 'kms:RotationPeriodInDays': ['1e3', 'ten'] } });
    expect(run.diagnostics.map((d) => d.path.at(-1))).toEqual([0, 1]);
    expect(run.diagnostics.every((d) => d.code === 'InvalidNumericValue')).toBe(true);
  });
});

describe('Bool', () => {
  it('compares true/false case-insensitively, quoted or unquoted, with booleans or strings in the request (S32 Boolean)', () => {
    expect(
      holds(
        { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
        { 'kms:GrantIsForAWSResource': true },
      ),
    ).toBe(true);
    expect(
      holds(
        { Bool: { 'kms:GrantIsForAWSResource': true } },
        { 'kms:GrantIsForAWSResource': 'TRUE' },
      ),
    ).toBe(true);
    expect(
      holds(
        { Bool: { 'kms:GrantIsForAWSResource': 'True' } },
        { 'kms:GrantIsForAWSResource': 'false' },
      ),
    ).toBe(false);
    expect(
      holds({ Bool: { 'aws:SecureTransport': false } }, { 'aws:SecureTransport': false }),
    ).toBe(true);
  });

  it('a missing key makes Bool false; BoolIfExists true (S32; documented MFA example)', () => {
    expect(holds({ Bool: { 'aws:MultiFactorAuthPresent': 'false' } }, {})).toBe(false);
    expect(holds({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }, {})).toBe(true);
    expect(
      holds(
        { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        { 'aws:MultiFactorAuthPresent': true },
      ),
    ).toBe(false);
  });

  it('a value other than true/false is an error (S32 Boolean)', () => {
    expect(runCondition({ Bool: { 'aws:SecureTransport': 'yes' } }).diagnostics[0]?.code).toBe(
      'InvalidBoolValue',
    );
  });
});

describe('BinaryEquals', () => {
  it('compares the bytes of base64 values (S32 Binary condition operators)', () => {
    expect(
      holds({ BinaryEquals: { 'aws:x': 'QmluYXJ5VmFsdWU=' } }, { 'aws:x': 'QmluYXJ5VmFsdWU=' }),
    ).toBe(true);
    expect(holds({ BinaryEquals: { 'aws:x': 'QUJD' } }, { 'aws:x': 'QUJE' })).toBe(false);
    expect(holds({ BinaryEquals: { 'aws:x': 'QUI' } }, { 'aws:x': 'QUI=' })).toBe(true);
    expect(holds({ BinaryEquals: { 'aws:x': 'QUJD' } }, { 'aws:x': '!!!' })).toBe(false);
  });

  it('a value that is not base64 is an error (S32 Binary)', () => {
    for (const bad of ['not base64', 'QUJ', 'Q===', 'QR==']) {
      const codes = runCondition({ BinaryEquals: { 'aws:x': bad } }).diagnostics.map((d) => d.code);
      expect(codes, bad).toContain('InvalidBinaryValue');
    }
  });
});

describe('IfExists and missing keys', () => {
  it('a missing key makes positive operators false and negated ones true (S32 condition operators, "Important")', () => {
    expect(holds({ StringEquals: { 'aws:SourceVpce': 'vpce-1' } })).toBe(false);
    expect(holds({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } })).toBe(true);
    expect(holds({ NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } })).toBe(false);
    expect(holds({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:s3:::b' } })).toBe(true);
  });

  it('...IfExists is true when the key is absent, for negated operators too (S32 ...IfExists)', () => {
    expect(
      runCondition({ StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } }).clauses[0]?.reason,
    ).toBe('ifExistsMissing');
    expect(holds({ StringNotEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } })).toBe(true);
    expect(holds({ IpAddressIfExists: { 'aws:SourceIp': '10.0.0.0/8' } })).toBe(true);
    expect(holds({ DateLessThanIfExists: { 'aws:TokenIssueTime': '2020-01-01' } })).toBe(true);
  });

  it('...IfExists evaluates as the base operator when the key is present (S32 ...IfExists)', () => {
    const c = { StringNotEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } };
    expect(holds(c, { 'aws:SourceVpce': 'vpce-1a2b3c4d' })).toBe(false);
    expect(holds(c, { 'aws:SourceVpce': 'vpce-other' })).toBe(true);
  });
});

describe('Null', () => {
  it('Null true means the key is absent, false that it is present (S32 Null condition operator)', () => {
    expect(holds({ Null: { 'kms:BypassPolicyLockoutSafetyCheck': 'true' } })).toBe(true);
    expect(
      holds(
        { Null: { 'kms:BypassPolicyLockoutSafetyCheck': true } },
        { 'kms:BypassPolicyLockoutSafetyCheck': false },
      ),
    ).toBe(false);
    expect(
      holds(
        { Null: { 'kms:EncryptionContextKeys': 'false' } },
        { 'kms:EncryptionContextKeys': ['AppName'] },
      ),
    ).toBe(true);
    expect(holds({ Null: { 'kms:EncryptionContextKeys': 'false' } })).toBe(false);
  });

  it('Null with anything but true/false is an error (S32 Null)', () => {
    const run = runCondition({ Null: { 'aws:SourceIp': 'maybe' } });
    expect(run.result).toBe(false);
    expect(run.diagnostics[0]).toMatchObject({
      code: 'InvalidNullValue',
      path: ['Statement', 0, 'Condition', 'Null', 'aws:SourceIp'],
    });
  });
});

describe('combining', () => {
  it('keys under one operator and different operators are ANDed (S30 Condition element)', () => {
    const c = {
      StringEquals: {
        'kms:CallerAccount': '111122223333',
        'kms:ViaService': 'ec2.us-west-2.amazonaws.com',
      },
      Bool: { 'aws:ViaAWSService': true },
    };
    const ok = {
      'kms:CallerAccount': '111122223333',
      'kms:ViaService': 'ec2.us-west-2.amazonaws.com',
      'aws:ViaAWSService': true,
    };
    expect(holds(c, ok)).toBe(true);
    expect(holds(c, { ...ok, 'kms:ViaService': 's3.us-west-2.amazonaws.com' })).toBe(false);
    expect(holds(c, { ...ok, 'aws:ViaAWSService': false })).toBe(false);
  });

  it('an empty Condition element is true (S30 Condition element)', () => {
    expect(holds({})).toBe(true);
  });

  it('every clause is reported, even after a false one (trace, S30)', () => {
    const run = runCondition(
      { StringEquals: { 'aws:a': 'x', 'aws:b': 'y' }, Null: { 'aws:c': true } },
      { 'aws:b': 'y' },
    );
    expect(run.result).toBe(false);
    expect(run.clauses.map((c) => [c.key, c.result, c.reason, c.requestValues])).toEqual([
      ['aws:a', false, 'missingKey', null],
      ['aws:b', true, 'matched', ['y']],
      ['aws:c', true, 'matched', null],
    ]);
  });
});
