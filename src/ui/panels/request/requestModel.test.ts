import { describe, expect, it } from 'vitest';
import { API_OPERATIONS } from '../../../engine/catalog/operations';
import { examples } from '../../../scenario';
import { inputFor, keyNote, keysFor, parseValue } from './contextInput';
import {
  groupedOperations,
  keySuggestions,
  principalSuggestions,
  withOperation,
  withParam,
} from './requestModel';

const scenario = examples.find((e) => e.id === 'cross-account-decrypt')!.scenario;
const first = scenario.requests[0]!;

describe('operation groups', () => {
  it('list every API operation exactly once', () => {
    const listed = groupedOperations().flatMap((g) => g.operations);
    expect([...listed].sort()).toEqual([...API_OPERATIONS].sort());
  });

  it('put operations where people look for them', () => {
    const groups = Object.fromEntries(groupedOperations().map((g) => [g.group, g.operations]));
    expect(groups['Cryptographic']).toContain('ReEncrypt');
    expect(groups['Grants']).toEqual(expect.arrayContaining(['CreateGrant', 'RetireGrant']));
    expect(groups['Aliases']).toContain('CreateAlias');
    expect(groups['Keyless']).toEqual(expect.arrayContaining(['CreateKey', 'GenerateRandom']));
    expect(groups['Key management']).toContain('ScheduleKeyDeletion');
  });
});

describe('changing the operation', () => {
  it('keeps parameters the new operation takes and drops the rest', () => {
    const withWindow = withParam(first, 'PendingWindowInDays', 7);
    const next = withOperation(
      withParam(withWindow, 'EncryptionAlgorithm', 'SYMMETRIC_DEFAULT'),
      'Encrypt',
      scenario,
    );
    expect(next.action).toBe('kms:Encrypt');
    expect(next.parameters).toEqual({ EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
  });

  it('drops the key for keyless operations and brings one back for keyed ones', () => {
    const keyless = withOperation(first, 'ListKeys', scenario);
    expect(keyless.key).toBeUndefined();
    const keyed = withOperation(keyless, 'DescribeKey', scenario);
    expect(keyed.key).toBe(scenario.keys[0]!.aliases[0] ?? scenario.keys[0]!.arn);
  });
});

describe('suggestions', () => {
  it('offer principals, sessions of roles and account roots', () => {
    const values = principalSuggestions(scenario).map((s) => s.value);
    expect(values).toContain('arn:aws:sts::444455556666:assumed-role/ReportBuilder/nightly-run');
    expect(values).toContain('arn:aws:iam::444455556666:root');
  });

  it('offer each key by ARN, id, alias name and alias ARN', () => {
    const values = keySuggestions(examples[0]!.scenario).map((s) => s.value);
    expect(values).toEqual([
      'arn:aws:kms:eu-west-1:111122223333:key/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      'alias/reports',
      'arn:aws:kms:eu-west-1:111122223333:alias/reports',
    ]);
  });
});

describe('typed context values', () => {
  it('pick the input from the key type', () => {
    expect(inputFor('aws:SourceIp')).toBe('ip');
    expect(inputFor('aws:MultiFactorAuthPresent')).toBe('boolean');
    expect(inputFor('aws:CurrentTime')).toBe('date');
    expect(inputFor('aws:MultiFactorAuthAge')).toBe('number');
    expect(inputFor('aws:CalledVia')).toBe('list');
    expect(inputFor('aws:PrincipalTag/team')).toBe('text');
  });

  it('parse valid values and explain invalid ones', () => {
    expect(parseValue('ip', '203.0.113.5')).toEqual({ ok: true, value: '203.0.113.5' });
    expect(parseValue('ip', '2001:db8::1')).toEqual({ ok: true, value: '2001:db8::1' });
    expect(parseValue('ip', '300.1.1.1').ok).toBe(false);
    expect(parseValue('boolean', 'false')).toEqual({ ok: true, value: false });
    expect(parseValue('number', '12')).toEqual({ ok: true, value: 12 });
    expect(parseValue('number', 'twelve').ok).toBe(false);
    expect(parseValue('date', '2025-06-01T12:00:00Z').ok).toBe(true);
    expect(parseValue('date', 'tomorrow').ok).toBe(false);
    expect(parseValue('list', 'a, b,\nc')).toEqual({ ok: true, value: ['a', 'b', 'c'] });
  });

  it('offer the keys a request for the operation carries', () => {
    const keys = keysFor('Decrypt');
    expect(keys).toContain('kms:EncryptionContext:');
    expect(keys).toContain('aws:SourceIp');
    expect(keys).not.toContain('kms:GrantOperations');
  });

  it('note unknown keys and keys the operation never carries', () => {
    expect(keyNote('aws:SourceIp', 'Decrypt')).toBeNull();
    expect(keyNote('kms:GrantOperations', 'Decrypt')).toBe(
      'KMS does not send kms:GrantOperations with Decrypt.',
    );
    expect(keyNote('my:Key', 'Decrypt')).toMatch(/not a key KMS requests carry/);
  });
});
