import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './migrate';
import { SCENARIO_VERSION } from './types';

describe('migrate', () => {
  it('leaves a current-version scenario as it is (version 1 is the only one so far)', () => {
    expect(SCENARIO_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
    const value = { format: 'kms-playground/scenario', version: 1, title: 't' };
    expect(migrate(value, 1)).toBe(value);
  });

  it('reports a missing step instead of guessing', () => {
    // A hypothetical version-0 file: there is no step from 0 to 1.
    expect(migrate({ version: 0 }, 0)).toBeUndefined();
  });

  it('runs steps in order and stamps each new version', () => {
    const seen: number[] = [];
    const steps = {
      0: (s: Record<string, unknown>) => {
        seen.push(s['version'] as number);
        return { ...s, renamed: s['old'] };
      },
    };
    expect(migrate({ version: 0, old: 'x' }, 0, steps)).toEqual({
      version: 1,
      old: 'x',
      renamed: 'x',
    });
    expect(seen).toEqual([0]);
  });
});
