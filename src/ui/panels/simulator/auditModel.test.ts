import { describe, expect, it } from 'vitest';
import { filterEvents } from '../../../simulator';
import { viaPort } from '../../../simulator/testing/crypto';
import { KEY_ARN, fixture } from '../../../simulator/testing';
import { filterChoices, hourWindow, selectedHour, withField } from './auditModel';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { run } = viaPort();

describe('the audit panel model', () => {
  it('answers "who used this key at 3 PM" with a key and an hour', async () => {
    let s = fixture(); // clock 2026-03-01T15:00:00Z
    s = (await run(s, `aws kms describe-key --key-id ${KEY_ARN} --profile bob`)).state;
    s = (await run(s, `aws kms list-keys`)).state;
    const choices = filterChoices(s.audit);
    expect(choices.hours).toEqual(['2026-03-01T15']);
    expect(choices.keys).toContain(KEY_ARN);
    expect(choices.errorCodes).toEqual(['AccessDeniedException']);
    const f = { key: KEY_ARN, ...hourWindow('2026-03-01T15') };
    expect(selectedHour(f)).toBe('2026-03-01T15');
    expect(filterEvents(s.audit, f).map((e) => e.userIdentity.arn)).toEqual([s.profiles['bob']]);
  });

  it('sets and clears one field', async () => {
    expect(withField({ key: 'k' }, 'operation', 'Encrypt')).toEqual({
      key: 'k',
      operation: 'Encrypt',
    });
    expect(withField({ key: 'k' }, 'key', '')).toEqual({});
  });
});
