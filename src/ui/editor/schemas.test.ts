import { describe, expect, it } from 'vitest';
import { examples } from '../../scenario';
import { checkSchema } from '../../scenario/testing/schemaCheck';
import type { DocumentInfo } from '../../state/types';
import { OPERATORS } from './operatorCatalog';
import { OPERATOR_PATTERN } from './policySchema';
import { fileMatchFor, modelUri, schemaAssociations, schemaFor, schemaIdOf } from './schemas';

type Schema = Parameters<typeof checkSchema>[1];
const schema = (id: Parameters<typeof schemaFor>[0]) => schemaFor(id) as Schema;

/** Every `$ref` in a schema, so that none is left dangling. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('schemas', () => {
  it('uses the IAM policy schema for every policy kind', () => {
    const kinds: DocumentInfo['kind'][] = [
      'keyPolicy', 'identityPolicy', 'boundary', 'sessionPolicy', 'scp', 'rcp',
      'endpointPolicy', 'newKeyPolicy',
    ]; // prettier-ignore
    for (const kind of kinds) expect(schemaIdOf(kind)).toBe('policy');
    expect(schemaIdOf('grant')).toBe('grant');
    expect(schemaIdOf('scenario')).toBe('scenario');
  });

  it('resolves every $ref inside its own $defs', () => {
    for (const id of ['policy', 'grant', 'request', 'scenario'] as const) {
      const defs = (schemaFor(id) as { $defs: Record<string, unknown> }).$defs;
      for (const ref of refs(schemaFor(id)))
        expect(defs[ref.replace('#/$defs/', '')], ref).toBeDefined();
    }
  });

  it('accepts the built-in examples: scenarios, their key policies, grants and requests', () => {
    for (const { scenario } of examples) {
      expect(checkSchema(JSON.parse(JSON.stringify(scenario)), schema('scenario'))).toEqual([]);
      for (const key of scenario.keys)
        expect(checkSchema(key.policy, schema('policy'))).toEqual([]);
      for (const g of scenario.grants) expect(checkSchema(g, schema('grant'))).toEqual([]);
      for (const r of scenario.requests) expect(checkSchema(r, schema('request'))).toEqual([]);
    }
  });

  it('rejects a misspelt Effect, an unknown element and a missing Statement', () => {
    const statement = { ...schema('policy'), $ref: '#/$defs/iamStatement' };
    expect(checkSchema({ Effect: 'allow', Actions: 'kms:Decrypt' }, statement)).toEqual([
      '$.Effect: not in enum',
      '$.Actions: not allowed',
    ]);
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'kms:*' }] };
    expect(checkSchema(policy, schema('policy'))).toEqual([]);
    expect(checkSchema({ Version: '2012-10-17' }, schema('policy'))).toEqual([
      '$.Statement: required',
    ]);
  });

  it('accepts every operator spelling the engine accepts, and no other', () => {
    const pattern = new RegExp(OPERATOR_PATTERN);
    for (const o of OPERATORS) expect(pattern.test(o.name), o.name).toBe(true);
    for (const bad of ['StringEqual', 'NullIfExists', 'ForAnyValues:StringLike', 'stringequals'])
      expect(pattern.test(bad), bad).toBe(false);
  });
});

describe('schema association by model URI', () => {
  it('gives each document a stable URI', () => {
    expect(modelUri('identity:arn:aws:iam::1:role/A#inline')).toBe(
      'inmemory://kms/identity%3Aarn%3Aaws%3Aiam%3A%3A1%3Arole%2FA%23inline.json',
    );
  });

  it('matches each model by its own URI under the schema of its kind', () => {
    const list = schemaAssociations([
      { resource: 'inmemory://kms/key:1.json', kind: 'keyPolicy' },
      {
        resource: 'inmemory://kms/identity:arn:aws:iam::1:role/A%23p.json',
        kind: 'identityPolicy',
      },
      { resource: 'inmemory://kms/grant:g*1.json', kind: 'grant' },
    ]);
    expect(list.map((a) => [a.uri, a.fileMatch])).toEqual([
      [
        'inmemory://kms-schema/policy.json',
        ['inmemory://kms/key:1.json', 'inmemory://kms/identity:arn:aws:iam::1:role/A%23p.json'],
      ],
      ['inmemory://kms-schema/grant.json', ['inmemory://kms/grant:g?1.json']],
      ['inmemory://kms-schema/request.json', []],
      ['inmemory://kms-schema/scenario.json', []],
    ]);
    expect(fileMatchFor('a{b}[c],d\\e')).toBe('a?b??c??d?e');
  });
});
