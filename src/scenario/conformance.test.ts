import { describe, expect, it } from 'vitest';
import { decodeScenarioText } from './decodeText';
import { conformanceFixtures } from './testing/fixtures';

describe('conformance fixtures', () => {
  it('are all present (100 scenarios copied from the shared set)', () => {
    expect(conformanceFixtures.length).toBe(100);
  });

  it.each(conformanceFixtures)('%s decodes with no errors', (_name, text) => {
    const result = decodeScenarioText(text);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const raw = JSON.parse(text) as { requests: unknown[]; keys: unknown[] };
    expect(result.scenario.requests).toHaveLength(raw.requests.length);
    expect(result.scenario.keys).toHaveLength(raw.keys.length);
    expect(result.scenario.requests.every((r) => r.expect !== undefined)).toBe(true);
  });
});
