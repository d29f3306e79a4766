import { describe, expect, it } from 'vitest';
import { hoverAt } from './hovers';

const doc = (statement: string) => `{"Version":"2012-10-17","Statement":[${statement}]}`;

function hover(text: string, needle: string, kind: Parameters<typeof hoverAt>[2] = 'keyPolicy') {
  return hoverAt(text, text.indexOf(needle) + 1, kind);
}

describe('hovers', () => {
  it('explains an action with its group, access level and condition keys', () => {
    const text = doc('{"Effect":"Allow","Action":["kms:Encrypt","kms:Decrypt"]}');
    const h = hover(text, 'kms:Decrypt');
    expect(h?.markdown).toMatch(/\*\*kms:Decrypt\*\* · Cryptographic/);
    expect(h?.markdown).toContain('`kms:EncryptionContext:`');
    expect(h?.range.start).toBe(text.indexOf('"kms:Decrypt"'));
  });

  it('lists what a wildcard matches without repeating the pattern', () => {
    const text = doc('{"Effect":"Allow","Action":"kms:ReEncrypt*"}');
    const h = hover(text, 'kms:ReEncrypt*');
    expect(h?.markdown).toContain('`kms:ReEncryptFrom`, `kms:ReEncryptTo`');
    expect(h?.markdown).not.toContain('ReEncrypt*');
  });

  it('explains condition operators and keys, including key-policy restrictions', () => {
    const text = doc(
      '{"Effect":"Allow","Condition":{"ForAnyValue:StringLike":{"kms:ResourceAliases":"alias/x"}}}',
    );
    expect(hover(text, 'ForAnyValue:StringLike')?.markdown).toMatch(/at least one request value/);
    const key = hover(text, 'kms:ResourceAliases')?.markdown;
    expect(key).toMatch(/multi-valued/);
    expect(key).toMatch(/Not allowed in key policies/);
  });

  it('finds policies nested in a scenario, grants and requests', () => {
    const scenario = JSON.stringify({
      keys: [{ arn: 'k', policy: { Statement: [{ Effect: 'Allow', Action: 'kms:Sign' }] } }],
      grants: [{ operations: ['Verify'] }],
      requests: [{ action: 'kms:GenerateMac', context: { 'aws:SourceIp': '10.0.0.1' } }],
    });
    expect(hover(scenario, 'kms:Sign', 'scenario')?.markdown).toContain('kms:Sign');
    expect(hover(scenario, 'Verify', 'scenario')?.markdown).toContain('kms:Verify');
    expect(hover(scenario, 'kms:GenerateMac', 'scenario')?.markdown).toContain('GenerateMac');
    expect(hover(scenario, 'aws:SourceIp', 'scenario')?.markdown).toContain('IP');
  });

  it('says nothing about text it does not know, so policy text is never echoed', () => {
    const evil = 'kms:<img src=x onerror=alert(1)>';
    const text = doc(`{"Effect":"Allow","Action":"${evil}","Sid":"kms:Decrypt"}`);
    expect(hover(text, evil)).toBeNull();
    expect(hover(text, '"Sid"')).toBeNull();
    expect(hover(text, 'kms:Decrypt')).toBeNull(); // a Sid, not an action
    expect(hoverAt('{ not json', 3, 'keyPolicy')).toBeNull();
  });
});
