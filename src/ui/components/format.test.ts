import { describe, expect, it } from 'vitest';
import { formatBytes, formatPath } from './format';

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['Statement', 1, 'Condition', 'StringEquals'])).toBe(
      'Statement[1].Condition.StringEquals',
    );
  });

  it('quotes keys that are not identifiers, such as condition keys', () => {
    expect(formatPath(['Condition', 'kms:ViaService'])).toBe('Condition["kms:ViaService"]');
  });

  it('names the empty path', () => {
    expect(formatPath([])).toBe('(document)');
  });
});

describe('formatBytes', () => {
  it('uses bytes, KB and MB', () => {
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(14 * 1024 + 205)).toBe('14.2 KB');
    expect(formatBytes(1.3 * 1024 * 1024)).toBe('1.3 MB');
    expect(formatBytes(1024 * 1024)).toBe('1 MB');
    expect(formatBytes(1024 * 1024 + 2, { up: true })).toBe('1.1 MB');
  });
});
