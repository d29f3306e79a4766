import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenarioValue } from './decodeValue';
import { scenarioToJson } from './encode';
import {
  DECISIONS,
  KEY_MANAGERS,
  KEY_ORIGINS,
  KEY_STATES,
  KEY_USAGES,
  MULTI_REGION_KEY_TYPES,
  ORGANIZATION_POLICY_TYPES,
  OUTCOMES,
} from './enums';
import { examples } from './examples';
import { CONSTRAINT_FIELDS, GRANT_FIELDS } from './readGrants';
import { GROUP_FIELDS, NAMED_POLICY_FIELDS, PRINCIPAL_FIELDS } from './readIdentities';
import { ENDPOINT_FIELDS, KEY_FIELDS } from './readKeys';
import {
  ACCOUNT_FIELDS,
  ORGANIZATION_FIELDS,
  POLICY_FIELDS,
  UNIT_FIELDS,
} from './readOrganization';
import { CIPHERTEXT_FIELDS, EXPECT_FIELDS, REQUEST_FIELDS } from './readRequests';
import { SCENARIO_FIELDS } from './readScenario';
import { scenarioSchema } from './schema';
import { scenario as scenarioArb } from './testing/arbitraries';
import { conformanceFixtures } from './testing/fixtures';
import { checkSchema } from './testing/schemaCheck';

type Def = {
  properties: Record<string, { enum?: unknown[]; default?: unknown }>;
  required?: string[];
};
const defs = scenarioSchema.$defs as unknown as Record<string, Def>;
const root = scenarioSchema as unknown as Record<string, unknown>;
const HEADER = { format: 'kms-playground/scenario', version: 1 };

/** Where to place an empty object so that the validator reads it as the given definition. */
const PLACEMENTS: Record<string, (item: object) => object> = {
  account: (item) => ({ accounts: [item] }),
  principal: (item) => ({ principals: [item] }),
  group: (item) => ({ groups: [item] }),
  key: (item) => ({ keys: [item] }),
  grant: (item) => ({ grants: [item] }),
  vpcEndpoint: (item) => ({ vpcEndpoints: [item] }),
  request: (item) => ({ requests: [item] }),
  organizationalUnit: (item) => ({ organization: { units: [item] } }),
  organizationPolicy: (item) => ({ organization: { policies: [item] } }),
  namedPolicy: (item) => ({ groups: [{ arn: 'g', policies: [item] }] }),
  ciphertext: (item) => ({
    requests: [{ principal: 'p', action: 'a', parameters: { CiphertextBlob: item } }],
  }),
};

describe('the JSON Schema agrees with the validator', () => {
  it('on the fields of every object', () => {
    const fields: [string, readonly string[]][] = [
      ['organization', ORGANIZATION_FIELDS],
      ['organizationalUnit', UNIT_FIELDS],
      ['organizationPolicy', POLICY_FIELDS],
      ['account', ACCOUNT_FIELDS],
      ['namedPolicy', NAMED_POLICY_FIELDS],
      ['principal', PRINCIPAL_FIELDS],
      ['group', GROUP_FIELDS],
      ['key', KEY_FIELDS],
      ['grantConstraints', CONSTRAINT_FIELDS],
      ['grant', GRANT_FIELDS],
      ['vpcEndpoint', ENDPOINT_FIELDS],
      ['ciphertext', CIPHERTEXT_FIELDS],
      ['request', REQUEST_FIELDS],
      ['expectation', EXPECT_FIELDS],
    ];
    for (const [name, list] of fields)
      expect(Object.keys(defs[name]?.properties ?? {}).sort(), name).toEqual([...list].sort());
    expect(Object.keys(scenarioSchema.properties).sort()).toEqual([...SCENARIO_FIELDS].sort());
  });

  it('on every enumeration', () => {
    expect(defs['key']?.properties['state']?.enum).toEqual([...KEY_STATES]);
    expect(defs['key']?.properties['keyUsage']?.enum).toEqual([...KEY_USAGES]);
    expect(defs['key']?.properties['origin']?.enum).toEqual([...KEY_ORIGINS]);
    expect(defs['key']?.properties['keyManager']?.enum).toEqual([...KEY_MANAGERS]);
    expect(defs['key']?.properties['multiRegionKeyType']?.enum).toEqual([
      ...MULTI_REGION_KEY_TYPES,
    ]);
    expect(defs['organizationPolicy']?.properties['type']?.enum).toEqual([
      ...ORGANIZATION_POLICY_TYPES,
    ]);
    expect(defs['expectation']?.properties['decision']?.enum).toEqual([...DECISIONS]);
    expect(defs['expectation']?.properties['outcome']?.enum).toEqual([...OUTCOMES]);
  });

  it.each(Object.keys(PLACEMENTS))('on the required fields and defaults of %s', (name) => {
    const place = PLACEMENTS[name] as (item: object) => object;
    const result = decodeScenarioValue({ ...HEADER, ...place({}) });
    const missing = result.issues
      .filter((i) => i.code === 'MissingField')
      .map((i) => i.path[i.path.length - 1]);
    expect(missing.sort()).toEqual([...(defs[name]?.required ?? [])].sort());

    // Fill the required fields, decode, and compare every filled-in default with the schema's.
    const item: Record<string, unknown> = {};
    for (const field of defs[name]?.required ?? [])
      item[field] =
        field === 'operations' || field === 'targets'
          ? []
          : field === 'type'
            ? 'SCP'
            : field === 'document' || field === 'policy'
              ? {}
              : 'x';
    const full = decodeScenarioValue({ ...HEADER, ...place(item) });
    expect(full.ok).toBe(true);
    const decodedItem = findItem(full.ok ? full.scenario : {}, name);
    for (const [field, spec] of Object.entries(defs[name]?.properties ?? {})) {
      if ('default' in spec) expect(decodedItem[field], `${name}.${field}`).toEqual(spec.default);
    }
  });

  it('on the header', () => {
    expect(scenarioSchema.required).toEqual(['format', 'version']);
    expect(decodeScenarioValue({}).issues[0]).toMatchObject({
      code: 'MissingField',
      path: ['format'],
    });
    expect(decodeScenarioValue({ format: HEADER.format }).issues[0]).toMatchObject({
      code: 'MissingField',
      path: ['version'],
    });
  });
});

/** Where `PLACEMENTS[name]` put the item, inside a decoded scenario. */
const ITEM_PATHS: Record<string, (string | number)[]> = {
  account: ['accounts', 0],
  principal: ['principals', 0],
  group: ['groups', 0],
  key: ['keys', 0],
  grant: ['grants', 0],
  vpcEndpoint: ['vpcEndpoints', 0],
  request: ['requests', 0],
  organizationalUnit: ['organization', 'units', 0],
  organizationPolicy: ['organization', 'policies', 0],
  namedPolicy: ['groups', 0, 'policies', 0],
  ciphertext: ['requests', 0, 'parameters', 'CiphertextBlob'],
};

function findItem(s: object, name: string): Record<string, unknown> {
  let value: unknown = s;
  for (const step of ITEM_PATHS[name] ?? [])
    value = (value as Record<string | number, unknown>)[step];
  return value as Record<string, unknown>;
}

describe('real scenarios pass the schema', () => {
  it.each(conformanceFixtures)('%s', (_name, text) => {
    expect(checkSchema(JSON.parse(text), root)).toEqual([]);
  });

  it('the examples and generated scenarios, as written by the encoder', { timeout: 30_000 }, () => {
    for (const { scenario } of examples)
      expect(checkSchema(scenarioToJson(scenario), root)).toEqual([]);
    fc.assert(
      fc.property(
        scenarioArb(),
        (s) => checkSchema(JSON.parse(JSON.stringify(scenarioToJson(s))), root).length === 0,
      ),
    );
  });

  it('while broken ones do not', () => {
    const [, text] = conformanceFixtures[0] as [string, string];
    const broken = JSON.parse(text);
    broken.keys[0].state = 'Sleeping';
    delete broken.requests[0].action;
    broken.grants = [
      {
        grantId: 'g',
        key: 'k',
        granteePrincipal: 'p',
        operations: [],
        constraints: { encryptionContextEquals: {}, encryptionContextSubset: {} },
      },
    ];
    broken.surprise = 1;
    expect(checkSchema(broken, root)).toEqual([
      '$.keys[0].state: not in enum',
      '$.requests[0].action: required',
      '$.grants[0].constraints: matches a "not" schema',
      '$.surprise: not allowed',
    ]);
  });
});
