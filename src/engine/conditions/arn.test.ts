import { describe, expect, it } from 'vitest';
import { splitArn, splitArnGlob } from './arn';
import { holds, runCondition } from './testContext';

const TRAIL_TRICK =
  'arn:aws:cloudtrail:us-east-2:999999999999:trail/abc:111122223333:trail/finance';

describe('splitArn', () => {
  it('splits into six parts, the resource part keeping its own colons (S32 ARN condition operators)', () => {
    expect(splitArn('arn:aws:logs:us-east-1:111122223333:log-group:name:*')).toEqual([
      'arn',
      'aws',
      'logs',
      'us-east-1',
      '111122223333',
      'log-group:name:*',
    ]);
    expect(splitArn('arn:aws:iam::111122223333:root')).toEqual([
      'arn',
      'aws',
      'iam',
      '',
      '111122223333',
      'root',
    ]);
    expect(splitArn('arn:aws:iam:')).toBeUndefined();
  });

  it('splits glob pieces across literal and wildcard pieces (S32 ARN operators; S33 variables)', () => {
    const parts = splitArnGlob([
      { text: 'arn:aws:iam::', literal: false },
      { text: '111122223333', literal: true },
      { text: ':role/*', literal: false },
    ]);
    expect(parts?.map((p) => p.map((g) => g.text).join(''))).toEqual([
      'arn',
      'aws',
      'iam',
      '',
      '111122223333',
      'role/*',
    ]);
  });
});

describe('ArnLike / ArnEquals', () => {
  it('a * in one part cannot swallow a colon, unlike StringLike (S32 ARN condition operators)', () => {
    const pattern = 'arn:aws:cloudtrail:*:111122223333:trail/*';
    expect(holds({ ArnLike: { 'aws:SourceArn': pattern } }, { 'aws:SourceArn': TRAIL_TRICK })).toBe(
      false,
    );
    expect(
      holds({ StringLike: { 'aws:SourceArn': pattern } }, { 'aws:SourceArn': TRAIL_TRICK }),
    ).toBe(true);
    const real = 'arn:aws:cloudtrail:us-east-2:111122223333:trail/finance';
    expect(holds({ ArnLike: { 'aws:SourceArn': pattern } }, { 'aws:SourceArn': real })).toBe(true);
  });

  it('ArnEquals also accepts wildcards part by part (S32: ArnEquals and ArnLike behave alike)', () => {
    const c = { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Admin?' } };
    expect(holds(c, { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Admin1' })).toBe(true);
    expect(holds(c, { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Admin' })).toBe(false);
  });

  it('ARN comparison is case-sensitive (S32 ARN condition operators)', () => {
    const c = { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/Alice' } };
    expect(holds(c, { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/alice' })).toBe(false);
  });

  it('a request value that is not an ARN matches nothing (S32 ARN operators)', () => {
    expect(
      holds({ ArnLike: { 'aws:SourceArn': 'arn:*:*:*:*:*' } }, { 'aws:SourceArn': 'not:an:arn' }),
    ).toBe(false);
  });

  it('a policy value that is not an ARN is a warning and matches nothing (S32 ARN operators)', () => {
    const run = runCondition(
      { ArnLike: { 'aws:SourceArn': '*' } },
      { 'aws:SourceArn': 'arn:aws:s3:::bucket' },
    );
    expect(run.result).toBe(false);
    expect(run.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'ArnValueNotArn',
        path: ['Statement', 0, 'Condition', 'ArnLike', 'aws:SourceArn'],
      }),
    ]);
  });

  it('ArnNotEquals with several values is true only when the ARN matches none (S31; S28 "all principals except")', () => {
    const c = {
      ArnNotEquals: {
        'aws:PrincipalArn': [
          'arn:aws:iam::111122223333:user/Alice',
          'arn:aws:iam::111122223333:role/*',
        ],
      },
    };
    expect(holds(c, { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/Bob' })).toBe(true);
    expect(holds(c, { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/Alice' })).toBe(false);
    expect(holds(c, { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Ops' })).toBe(false);
    expect(holds({ ArnNotLike: c.ArnNotEquals }, {})).toBe(true);
  });

  it('variables resolve inside ARN values, and their values split at colons too (S33; S32 ARN operators)', () => {
    const c = {
      ArnEquals: { 'aws:SourceArn': 'arn:aws:cloudtrail:*:${aws:SourceAccount}:trail/*' },
    };
    expect(
      holds(c, {
        'aws:SourceAccount': '111122223333',
        'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/t',
      }),
    ).toBe(true);
    expect(
      holds(c, {
        'aws:SourceAccount': '444455556666',
        'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/t',
      }),
    ).toBe(false);
    expect(holds(c, { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/t' })).toBe(
      false,
    );
    const whole = { ArnEquals: { 'aws:SourceArn': '${aws:PrincipalArn}' } };
    const arn = 'arn:aws:iam::111122223333:role/R';
    expect(holds(whole, { 'aws:PrincipalArn': arn, 'aws:SourceArn': arn })).toBe(true);
  });
});
