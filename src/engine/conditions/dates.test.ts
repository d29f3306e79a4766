import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';
import { holds, runCondition } from './testContext';

describe('parseDate', () => {
  it('parses ISO 8601 with and without time and zone, as UTC when no zone is given (S32 Date condition operators)', () => {
    expect(parseDate('2025-01-01T00:00:00Z')).toBe(Date.UTC(2025, 0, 1));
    expect(parseDate('2025-01-01')).toBe(Date.UTC(2025, 0, 1));
    expect(parseDate('2025-01')).toBe(Date.UTC(2025, 0, 1));
    expect(parseDate('2025-03-01T12:30')).toBe(Date.UTC(2025, 2, 1, 12, 30));
    expect(parseDate('2025-03-01T12:30:15.25Z')).toBe(Date.UTC(2025, 2, 1, 12, 30, 15, 250));
    expect(parseDate('2025-03-01T12:00:00+02:00')).toBe(Date.UTC(2025, 2, 1, 10));
    expect(parseDate('2025-03-01T12:00:00-0130')).toBe(Date.UTC(2025, 2, 1, 13, 30));
    expect(parseDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });

  it('parses epoch seconds as numbers and numeric strings (S32; S39 aws:EpochTime)', () => {
    expect(parseDate(1735689600)).toBe(Date.UTC(2025, 0, 1));
    expect(parseDate('1735689600')).toBe(Date.UTC(2025, 0, 1));
    expect(parseDate('-86400')).toBe(-86_400_000);
    // A bare integer is epoch seconds, never a year.
    expect(parseDate('2025')).toBe(2_025_000);
    const year50 = new Date(Date.UTC(2000, 5, 1));
    year50.setUTCFullYear(50);
    expect(parseDate('0050-06-01')).toBe(year50.getTime());
  });

  it('rejects impossible dates and other text (S32 Date values must be dates)', () => {
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-01-32',
      '2025-01-01T24:00:00Z',
      '2025-01-01T10:60Z',
      'yesterday',
      '',
      '2025-01-01T10:00:00+25:00',
      true,
    ]) {
      expect(parseDate(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('Date operators', () => {
  const now = { 'aws:CurrentTime': '2026-03-01T12:00:00Z' };

  it('DateLessThan / DateGreaterThan compare instants (S32 Date condition operators)', () => {
    expect(holds({ DateLessThan: { 'aws:CurrentTime': '2025-01-01T00:00:00Z' } }, now)).toBe(false);
    expect(holds({ DateGreaterThan: { 'aws:CurrentTime': '2025-01-01T00:00:00Z' } }, now)).toBe(
      true,
    );
    expect(holds({ DateLessThanEquals: { 'aws:CurrentTime': '2026-03-01T12:00:00Z' } }, now)).toBe(
      true,
    );
    expect(
      holds({ DateGreaterThanEquals: { 'aws:CurrentTime': '2026-03-01T12:00:00.001Z' } }, now),
    ).toBe(false);
  });

  it('DateEquals compares the instant, whatever the notation (S32: ISO 8601 or epoch time)', () => {
    expect(holds({ DateEquals: { 'aws:CurrentTime': '2026-03-01T13:00:00+01:00' } }, now)).toBe(
      true,
    );
    expect(
      holds(
        { DateEquals: { 'aws:EpochTime': '2026-03-01T12:00:00Z' } },
        { 'aws:EpochTime': 1772366400 },
      ),
    ).toBe(true);
    expect(holds({ DateEquals: { 'aws:CurrentTime': 1772366400 } }, now)).toBe(true);
  });

  it('DateNotEquals with several values is true only when the request matches none (S31 multi-value conditions)', () => {
    const c = { DateNotEquals: { 'aws:CurrentTime': ['2026-03-01T12:00:00Z', '2020-01-01'] } };
    expect(holds(c, now)).toBe(false);
    expect(holds(c, { 'aws:CurrentTime': '2021-01-01' })).toBe(true);
    expect(holds(c, {})).toBe(true);
  });

  it('a bad policy date is an error; variables are not supported for Date operators (S32, S33)', () => {
    const run = runCondition({ DateLessThan: { 'aws:CurrentTime': '${aws:TokenIssueTime}' } }, now);
    expect(run.result).toBe(false);
    expect(run.diagnostics).toEqual([
      expect.objectContaining({
        code: 'InvalidDateValue',
        path: ['Statement', 0, 'Condition', 'DateLessThan', 'aws:CurrentTime'],
      }),
    ]);
    expect(run.diagnostics[0]?.message).toMatch(/Policy variables are not supported/);
  });

  it('a request value that is not a date matches nothing (S32 Date operators)', () => {
    expect(
      holds(
        { DateGreaterThan: { 'aws:CurrentTime': '2000-01-01' } },
        { 'aws:CurrentTime': 'soon' },
      ),
    ).toBe(false);
  });
});
