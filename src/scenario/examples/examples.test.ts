import { describe, expect, it } from 'vitest';
import { examples } from '.';

describe('built-in examples', () => {
  it('have unique ids and at least one request each, all with expectations', () => {
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const { scenario } of examples) {
      expect(scenario.title).toBeTruthy();
      expect(scenario.description).toBeTruthy();
      expect(scenario.requests.length).toBeGreaterThan(0);
      expect(scenario.requests.every((r) => r.id && r.expect?.outcome && r.expect.decision)).toBe(
        true,
      );
    }
  });

  it('show both an allowed and a denied request each', () => {
    for (const { scenario } of examples) {
      const outcomes = new Set(scenario.requests.map((r) => r.expect?.outcome));
      expect(outcomes.has('Allowed')).toBe(true);
      expect(outcomes.has('AccessDeniedException')).toBe(true);
    }
  });
});
