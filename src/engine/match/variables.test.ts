import { describe, expect, it } from 'vitest';
import { contextOf } from '../conditions/testContext';
import { compileResourceEntry, compileTemplate, compileTemplatePattern } from './variables';

const alice = contextOf({
  'aws:username': 'alice',
  'aws:PrincipalTag/Team': 'blue',
  'aws:SecureTransport': true,
  'aws:CalledVia': ['athena.amazonaws.com'],
});

describe('compileTemplate', () => {
  it('substitutes ${aws:username} from the request context (S33 IAM "Policy elements: Variables and tags")', () => {
    const t = compileTemplate('home/${aws:username}/*', true);
    expect(t.hasVariables).toBe(true);
    expect(t.variableNames).toEqual(['aws:username']);
    expect(t.resolve(alice)).toBe('home/alice/*');
  });

  it('looks variable keys up case-insensitively, tag keys included (S33; S39 tag keys are case-insensitive)', () => {
    expect(compileTemplate('${AWS:PrincipalTag/team}', true).resolve(alice)).toBe('blue');
  });

  it('uses the string form of booleans and numbers (S33 request information usable as variables)', () => {
    expect(compileTemplate('${aws:SecureTransport}', true).resolve(alice)).toBe('true');
  });

  it('an absent key without a default resolves to nothing (S33 "Policy variables with no value")', () => {
    const t = compileTemplate('${aws:username}', true);
    expect(t.resolve(contextOf({}))).toBeUndefined();
    expect(t.resolveGlob(contextOf({}))).toBeUndefined();
  });

  it('a default replaces an absent variable: ${aws:username, \'guest\'} (S33 "Specifying default values")', () => {
    const t = compileTemplate("user-${aws:username, 'guest'}", true);
    expect(t.resolve(contextOf({}))).toBe('user-guest');
    expect(t.resolve(alice)).toBe('user-alice');
    expect(compileTemplate("${ aws:username , 'it''s' }", true).resolve(contextOf({}))).toBe(
      "it's",
    );
    expect(compileTemplate("${aws:x, 'a}b'}", true).resolve(contextOf({}))).toBe('a}b');
  });

  it('a multi-valued key cannot be a variable (S33: multivalued keys cannot be used as variables)', () => {
    expect(compileTemplate('${aws:CalledVia}', true).resolve(alice)).toBeUndefined();
    expect(compileTemplate("${aws:CalledVia, 'none'}", true).resolve(alice)).toBe('none');
  });

  it('${*}, ${?} and ${$} produce literal characters (S33 special characters)', () => {
    const t = compileTemplate('a${*}b${?}c${$}d', true);
    expect(t.hasVariables).toBe(false);
    expect(t.staticText).toBe('a*b?c$d');
    expect(t.staticGlob.filter((g) => g.literal).map((g) => g.text)).toEqual(['*', '?', '$']);
  });

  it('without Version 2012-10-17 the text is literal (S33: variables were introduced in 2012-10-17)', () => {
    const t = compileTemplate('${aws:username}${*}', false);
    expect(t.hasVariables).toBe(false);
    expect(t.staticText).toBe('${aws:username}${*}');
  });

  it('malformed variables stay literal text and are reported (S33 variable syntax)', () => {
    const unclosed = compileTemplate('a${aws:username', true);
    expect(unclosed.staticText).toBe('a${aws:username');
    expect(unclosed.problems).toHaveLength(1);
    const empty = compileTemplate('${}', true);
    expect(empty.staticText).toBe('${}');
    expect(empty.problems[0]).toMatch(/Malformed/);
  });
});

describe('compileTemplatePattern', () => {
  it('substituted values and escapes are not wildcards in a glob (S33 special characters)', () => {
    const p = compileTemplatePattern(compileTemplate('x-${aws:PrincipalTag/Team}-${*}', true));
    const ctx = contextOf({ 'aws:PrincipalTag/Team': 'b?ue' });
    expect(p.matches('x-b?ue-*', ctx)).toBe(true);
    expect(p.matches('x-blue-*', ctx)).toBe(false);
    expect(p.matches('x-b?ue-anything', ctx)).toBe(false);
  });

  it('policy text around variables keeps its wildcards (S32 StringLike)', () => {
    const p = compileTemplatePattern(compileTemplate('home/${aws:username}/*', true));
    expect(p.matches('home/alice/docs', alice)).toBe(true);
    expect(p.matches('home/bob/docs', alice)).toBe(false);
    expect(p.matches('home/alice/docs', contextOf({}))).toBe(false);
  });
});

describe('compileResourceEntry', () => {
  it('matches the whole ARN as a case-sensitive glob (S27 Resource element; A15)', () => {
    const e = compileResourceEntry('arn:aws:kms:*:111122223333:key/*', true);
    expect(e.matches('arn:aws:kms:us-east-1:111122223333:key/1234', contextOf({}))).toBe(true);
    expect(e.matches('arn:aws:kms:us-east-1:444455556666:key/1234', contextOf({}))).toBe(false);
    expect(e.matches('ARN:aws:kms:us-east-1:111122223333:key/1234', contextOf({}))).toBe(false);
  });

  it('substitutes variables after the fifth colon; an absent variable matches nothing (S33 Resource element)', () => {
    const e = compileResourceEntry(
      'arn:aws:kms:us-east-1:111122223333:alias/${aws:username}',
      true,
    );
    expect(e.hasVariables).toBe(true);
    expect(e.matches('arn:aws:kms:us-east-1:111122223333:alias/alice', alice)).toBe(true);
    expect(e.matches('arn:aws:kms:us-east-1:111122223333:alias/alice', contextOf({}))).toBe(false);
  });

  it('a variable before the fifth colon is literal and reported (S33: only the resource part takes variables)', () => {
    const e = compileResourceEntry('arn:aws:kms:us-east-1:${aws:PrincipalAccount}:key/*', true);
    expect(e.problems).toHaveLength(1);
    const ctx = contextOf({ 'aws:PrincipalAccount': '111122223333' });
    expect(e.matches('arn:aws:kms:us-east-1:111122223333:key/k', ctx)).toBe(false);
    expect(e.matches('arn:aws:kms:us-east-1:${aws:PrincipalAccount}:key/k', ctx)).toBe(true);
  });

  it('"*" matches every resource (S27 Resource element)', () => {
    expect(compileResourceEntry('*', true).matches('arn:aws:kms:r:1:key/x', contextOf({}))).toBe(
      true,
    );
  });
});
