import { describe, expect, it } from 'vitest';
import { applyCompletion, sessionScript } from './consoleInput';

describe('console completion', () => {
  it('replaces the last word with the only candidate and adds a space', () => {
    expect(applyCompletion('aws kms cre', ['create-grant'])).toBe('aws kms create-grant ');
  });
  it('extends to the common prefix of several candidates', () => {
    expect(applyCompletion('aws kms list-g', ['list-grants', 'list-grants-x'])).toBe(
      'aws kms list-grants',
    );
    expect(applyCompletion('aws kms l', ['list-aliases', 'list-keys'])).toBe('aws kms list-');
  });
  it('leaves the line when nothing completes', () => {
    expect(applyCompletion('aws kms x', [])).toBe('aws kms x');
    expect(applyCompletion('aws kms ', ['a', 'b'])).toBe('aws kms ');
  });
  it('saves a session as a commented script', () => {
    expect(sessionScript(['aws kms list-keys'])).toBe(
      '# KMS Policy Playground console session\naws kms list-keys\n',
    );
  });
});
