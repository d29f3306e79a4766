import { describe, expect, it } from 'vitest';
import { scenarioFileName } from './fileName';

describe('scenarioFileName', () => {
  it.each([
    [
      'Cross-account decrypt: both accounts must agree',
      'cross-account-decrypt-both-accounts-must-agree.kms-scenario.json',
    ],
    ['  Ünïcödé & spaces!! ', 'unicode-spaces.kms-scenario.json'],
    ['../../etc/passwd', 'etc-passwd.kms-scenario.json'],
    ['日本語', 'scenario.kms-scenario.json'],
    ['', 'scenario.kms-scenario.json'],
    [undefined, 'scenario.kms-scenario.json'],
  ])('%j -> %s', (title, name) => {
    expect(scenarioFileName(title === undefined ? {} : { title })).toBe(name);
  });

  it('keeps long titles to 60 characters, cut at a word', () => {
    const name = scenarioFileName({ title: 'word '.repeat(40) });
    const slug = name.replace('.kms-scenario.json', '');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^(word-)*word$/);
  });
});
