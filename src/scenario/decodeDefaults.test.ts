import { describe, expect, it } from 'vitest';
import { decodeScenarioText } from './decodeText';
import { decodeScenarioValue } from './decodeValue';
import type { DecodeResult } from './issues';
import type { Scenario } from './types';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const DOC = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
};

function decoded(result: DecodeResult): Scenario {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.scenario;
}

describe('defaults', () => {
  it('fill every list of a bare scenario', () => {
    const s = decoded(decodeScenarioValue({ format: 'kms-playground/scenario', version: 1 }));
    expect(s).toStrictEqual({
      format: 'kms-playground/scenario',
      version: 1,
      accounts: [],
      principals: [],
      groups: [],
      keys: [],
      grants: [],
      vpcEndpoints: [],
      requests: [],
    });
  });

  it('fill keys, principals, grants, accounts and requests, adding no undefined fields', () => {
    const s = decoded(
      decodeScenarioValue({
        format: 'kms-playground/scenario',
        version: 1,
        organization: {},
        accounts: [{ id: '111122223333' }],
        principals: [{ arn: 'arn:aws:iam::111122223333:user/Alice' }],
        groups: [{ arn: 'arn:aws:iam::111122223333:group/Dev' }],
        keys: [{ arn: KEY, policy: DOC }],
        grants: [
          {
            grantId: 'g',
            key: KEY,
            granteePrincipal: 'arn:aws:iam::111122223333:user/Alice',
            operations: [],
          },
        ],
        vpcEndpoints: [{ id: 'vpce-1' }],
        requests: [{ principal: 'arn:aws:iam::111122223333:user/Alice', action: 'kms:Decrypt' }],
      }),
    );
    expect(s.organization).toStrictEqual({ units: [], policies: [] });
    expect(s.accounts[0]).toStrictEqual({ id: '111122223333', managementAccount: false });
    expect(s.principals[0]).toStrictEqual({
      arn: 'arn:aws:iam::111122223333:user/Alice',
      policies: [],
      groups: [],
      tags: {},
    });
    expect(s.groups[0]).toStrictEqual({ arn: 'arn:aws:iam::111122223333:group/Dev', policies: [] });
    expect(s.keys[0]).toStrictEqual({
      arn: KEY,
      aliases: [],
      state: 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      multiRegion: false,
      keyManager: 'CUSTOMER',
      tags: {},
      policy: DOC,
    });
    expect(s.grants[0]).toStrictEqual({
      grantId: 'g',
      key: KEY,
      granteePrincipal: 'arn:aws:iam::111122223333:user/Alice',
      operations: [],
      propagated: true,
    });
    expect(s.vpcEndpoints[0]).toStrictEqual({ id: 'vpce-1' });
    expect(s.requests[0]).toStrictEqual({
      principal: 'arn:aws:iam::111122223333:user/Alice',
      action: 'kms:Decrypt',
      grantTokens: [],
      context: {},
      deriveContext: true,
      parameters: {},
    });
  });

  it('keep values that differ from the defaults', () => {
    const s = decoded(
      decodeScenarioValue({
        format: 'kms-playground/scenario',
        version: 1,
        keys: [
          {
            arn: KEY,
            state: 'PendingDeletion',
            keySpec: 'RSA_2048',
            keyUsage: 'SIGN_VERIFY',
            origin: 'EXTERNAL',
            multiRegion: true,
            multiRegionKeyType: 'REPLICA',
            keyManager: 'AWS',
            policy: DOC,
          },
        ],
        requests: [
          { principal: 'p', action: 'kms:Sign', deriveContext: false, grantTokens: ['t'] },
        ],
      }),
    );
    expect(s.keys[0]).toMatchObject({
      state: 'PendingDeletion',
      keySpec: 'RSA_2048',
      multiRegionKeyType: 'REPLICA',
      keyManager: 'AWS',
    });
    expect(s.requests[0]).toMatchObject({ deriveContext: false, grantTokens: ['t'] });
  });
});

describe('policy documents given as strings', () => {
  it('are parsed wherever a document may appear', () => {
    const text = JSON.stringify(DOC, null, 2);
    const s = decoded(
      decodeScenarioValue({
        format: 'kms-playground/scenario',
        version: 1,
        organization: { policies: [{ id: 'p', type: 'RCP', targets: ['r-root'], document: text }] },
        principals: [
          { arn: 'a', policies: [{ name: 'n', document: text }], permissionsBoundary: text },
        ],
        groups: [{ arn: 'g', policies: [{ name: 'n', document: text }] }],
        keys: [{ arn: KEY, policy: text }],
        vpcEndpoints: [{ id: 'vpce-1', policy: text }],
        requests: [
          {
            principal: 'a',
            action: 'kms:PutKeyPolicy',
            sessionPolicy: text,
            viaVpcEndpoint: 'vpce-1',
            parameters: { Policy: text },
          },
        ],
      }),
    );
    expect(s.organization?.policies[0]?.document).toEqual(DOC);
    expect(s.principals[0]?.policies[0]?.document).toEqual(DOC);
    expect(s.principals[0]?.permissionsBoundary).toEqual(DOC);
    expect(s.groups[0]?.policies[0]?.document).toEqual(DOC);
    expect(s.keys[0]?.policy).toEqual(DOC);
    expect(s.vpcEndpoints[0]?.policy).toEqual(DOC);
    expect(s.requests[0]?.sessionPolicy).toEqual(DOC);
    expect(s.requests[0]?.parameters['Policy']).toEqual(DOC);
  });

  it('are not checked for policy grammar (that is the engine’s job)', () => {
    const odd = { Statement: [{ Effect: 'Maybe', Action: 42 }], Surprise: true };
    const result = decodeScenarioValue({
      format: 'kms-playground/scenario',
      version: 1,
      keys: [{ arn: KEY, policy: JSON.stringify(odd) }],
    });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(decoded(result).keys[0]?.policy).toEqual(odd);
  });
});

describe('cross references', () => {
  it('warn about duplicates, unknown grant keys, groups and principals, and still load', () => {
    const result = decodeScenarioValue({
      format: 'kms-playground/scenario',
      version: 1,
      principals: [
        {
          arn: 'arn:aws:iam::111122223333:role/App',
          groups: ['arn:aws:iam::111122223333:group/None'],
        },
      ],
      keys: [
        { arn: KEY, policy: DOC },
        { arn: KEY, policy: DOC },
      ],
      grants: [
        {
          grantId: 'g1',
          key: '1234abcd-12ab-34cd-56ef-1234567890ab',
          granteePrincipal: 'x',
          operations: ['Decrypt'],
        },
        {
          grantId: 'g2',
          key: 'arn:aws:kms:us-east-1:111122223333:key/other',
          granteePrincipal: 'x',
          operations: [],
        },
      ],
      requests: [
        {
          id: 'same',
          principal: 'arn:aws:sts::111122223333:assumed-role/App/s1',
          action: 'kms:Decrypt',
        },
        { id: 'same', principal: 'arn:aws:iam::111122223333:user/Stranger', action: 'kms:Decrypt' },
        { principal: 'arn:aws:iam::111122223333:root', action: 'kms:Decrypt' },
        { principal: 's3.amazonaws.com', action: 'kms:Decrypt' },
      ],
    });
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ['warning', 'DuplicateId', ['requests', 1, 'id']],
      ['warning', 'DuplicateId', ['keys', 1, 'arn']],
      ['warning', 'UnknownReference', ['grants', 1, 'key']],
      ['warning', 'UnknownReference', ['principals', 0, 'groups', 0]],
      ['warning', 'UnknownReference', ['requests', 1, 'principal']],
    ]);
    expect(result.issues[4]?.message).toContain('that is allowed');
  });
});

describe('safety of plain-object keys', () => {
  it('keeps a "__proto__" tag as an ordinary key', () => {
    const s = decoded(
      decodeScenarioText(
        '{"format":"kms-playground/scenario","version":1,"keys":[{"arn":"k","policy":{},"tags":{"__proto__":"x"}}]}',
      ),
    );
    const tags = s.keys[0]?.tags ?? {};
    expect(Object.keys(tags)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
  });

  it('accepts and drops a "$schema" field without a warning', () => {
    const result = decodeScenarioValue({
      $schema: './scenario.schema.json',
      format: 'kms-playground/scenario',
      version: 1,
    });
    expect(result.issues).toEqual([]);
    expect(decoded(result)).not.toHaveProperty('$schema');
  });
});
