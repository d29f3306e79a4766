/**
 * The organization id and root id (scenario format; S51 OU paths): optional, checked against the
 * AWS Organizations id patterns, kept by the encoder, and described by the JSON Schema.
 */
import { describe, expect, it } from 'vitest';
import { decodeScenarioValue } from './decodeValue';
import { encodeScenarioText } from './encode';
import { decodeScenarioText } from './decodeText';
import { scenarioSchema } from './schema';

const withOrg = (organization: Record<string, unknown>) => ({
  format: 'kms-playground/scenario',
  version: 1,
  organization: { units: [{ id: 'ou-ab12-prod', parent: 'r-root' }], ...organization },
  accounts: [{ id: '111122223333', parent: 'ou-ab12-prod' }],
});

describe('organization id and root id (scenario format, S51)', () => {
  it('are optional: a scenario without them decodes as before', () => {
    const r = decodeScenarioValue(withOrg({}));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.scenario.organization).toEqual({
        units: [{ id: 'ou-ab12-prod', parent: 'r-root' }],
        policies: [],
      });
  });

  it('decode, and survive an encode/decode round trip', () => {
    const r = decodeScenarioValue(withOrg({ id: 'o-a1b2c3d4e5', rootId: 'r-ab12' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.organization?.id).toBe('o-a1b2c3d4e5');
    expect(r.scenario.organization?.rootId).toBe('r-ab12');
    const again = decodeScenarioText(encodeScenarioText(r.scenario));
    expect(again.ok && again.scenario).toEqual(r.scenario);
  });

  it('an id that is not an AWS Organizations id is an error at its path', () => {
    const r = decodeScenarioValue(withOrg({ id: 'my-org', rootId: 'root' }));
    expect(r.ok).toBe(false);
    const paths = r.issues.filter((i) => i.severity === 'error').map((i) => i.path);
    expect(paths).toEqual([
      ['organization', 'id'],
      ['organization', 'rootId'],
    ]);
  });

  it('the JSON Schema describes both with the same patterns', () => {
    const defs = (
      scenarioSchema as unknown as {
        $defs: Record<string, { properties: Record<string, { pattern?: string }> }>;
      }
    ).$defs;
    expect(defs['organization']?.properties['id']?.pattern).toBe('^o-[a-z0-9]{10,32}$');
    expect(defs['organization']?.properties['rootId']?.pattern).toBe('^r-[0-9a-z]{4,32}$');
  });
});
