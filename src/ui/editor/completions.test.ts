import { describe, expect, it } from 'vitest';
import { completionsAt, type CompletionOptions } from './completions';

const PRINCIPALS = [
  'arn:aws:iam::111122223333:root',
  'arn:aws:iam::111122223333:role/Admin',
  'arn:aws:iam::444455556666:user/Bob',
  'dynamodb.amazonaws.com',
];

function complete(marked: string, kind: CompletionOptions['kind'] = 'keyPolicy') {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, offset, items: completionsAt(text, offset, { kind, principals: PRINCIPALS }) };
}
const labels = (marked: string, kind?: CompletionOptions['kind']) =>
  complete(marked, kind).items.map((i) => i.label);

/** Resolves Monaco snippet syntax to its defaults. */
function expand(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

describe('completions in policies', () => {
  it('offers KMS actions in Action, replacing the whole string being typed', () => {
    const { text, items } = complete('{"Statement":[{"Action":"kms:De|"}]}');
    const decrypt = items.find((i) => i.label === 'kms:Decrypt');
    expect(decrypt).toMatchObject({ insertText: '"kms:Decrypt"', filterText: '"kms:Decrypt"' });
    expect(text.slice(decrypt?.range.start, decrypt?.range.end)).toBe('"kms:De"');
    expect(items[0]?.label).toBe('kms:*');
  });

  it('offers actions in an Action array and in NotAction, inserting at the cursor', () => {
    const { offset, items } = complete('{"Statement":{"NotAction":["kms:Encrypt", |]}}');
    expect(items.map((i) => i.label)).toContain('kms:GenerateDataKey');
    expect(items[1]?.range).toEqual({ start: offset, end: offset });
  });

  it('lists cryptographic actions before grants, key management, aliases and keyless ones', () => {
    const list = labels('{"Statement":[{"Action":"|"}]}');
    const { items } = complete('{"Statement":[{"Action":"|"}]}');
    const sorted = [...items]
      .sort((a, b) => a.sortText.localeCompare(b.sortText))
      .map((i) => i.label);
    expect(list).toContain('kms:CreateKey');
    expect(sorted.indexOf('kms:Decrypt')).toBeLessThan(sorted.indexOf('kms:CreateGrant'));
    expect(sorted.indexOf('kms:CreateGrant')).toBeLessThan(sorted.indexOf('kms:DisableKey'));
    expect(sorted.indexOf('kms:CreateAlias')).toBeLessThan(sorted.indexOf('kms:CreateKey'));
  });

  it('offers the four default key-policy statements in a key policy Statement array', () => {
    const list = labels('{"Statement":[|]}');
    expect(list).toEqual([
      'Enable IAM User Permissions',
      'Allow access for Key Administrators',
      'Allow use of the key',
      'Allow attachment of persistent resources',
      'Statement',
    ]);
    expect(labels('{"Statement":[{}, |]}', 'identityPolicy')).toEqual(['Statement']);
  });

  it('inserts statements that are valid JSON and name the scenario principals', () => {
    for (const item of complete('{"Statement":[|]}').items) {
      const statement = JSON.parse(expand(item.insertText)) as Record<string, unknown>;
      expect(statement.Effect).toBe('Allow');
    }
    const [enable, , users, persistent] = complete('{"Statement":[|]}').items;
    expect(expand(enable?.insertText ?? '')).toContain('arn:aws:iam::111122223333:root');
    expect(expand(users?.insertText ?? '')).toContain('arn:aws:iam::111122223333:role/Admin');
    expect(expand(persistent?.insertText ?? '')).toContain('"kms:GrantIsForAWSResource": "true"');
  });

  it('offers a whole default key policy in an empty key policy document', () => {
    const [item] = complete('|').items;
    expect(item?.label).toBe('Default key policy');
    const parsed = JSON.parse(expand(item?.insertText ?? '')) as { Statement: unknown[] };
    expect(parsed.Statement).toHaveLength(4);
    expect(labels('|', 'scp')).toEqual(['Policy document']);
  });

  it('offers condition snippets and operators inside Condition', () => {
    const { items } = complete('{"Statement":[{"Condition":{|}}]}');
    const names = items.map((i) => i.label);
    expect(names.slice(0, 4)).toEqual(
      expect.arrayContaining([
        'Require an encryption-context pair',
        'Only through an AWS service (kms:ViaService)',
        'Only callers from one account (kms:CallerAccount)',
        'Require a grant constraint (kms:GrantConstraintType)',
      ]),
    );
    expect(names).toContain('StringEqualsIfExists');
    expect(names).toContain('ForAllValues:StringLike');
    for (const snippet of items.filter((i) => i.kind === 'snippet'))
      expect(JSON.parse(`{${expand(snippet.insertText)}}`)).toBeTypeOf('object');
    const op = items.find((i) => i.label === 'StringEquals');
    expect(op).toMatchObject({ insertText: '"StringEquals": { $1 }', retrigger: true });
  });

  it('inserts only the name when a colon already follows the key being typed', () => {
    const { items } = complete('{"Statement":[{"Condition":{"Str|": {}}}]}');
    expect(items.find((i) => i.label === 'StringLike')?.insertText).toBe('"StringLike"');
    expect(items.some((i) => i.kind === 'snippet')).toBe(false);
  });

  it('ranks condition keys that apply to the statement actions first', () => {
    const { items } = complete(
      '{"Statement":[{"Action":"kms:CreateGrant","Condition":{"StringEquals":{|}}}]}',
    );
    const rank = (name: string) => items.find((i) => i.label === name)?.sortText ?? '';
    expect(rank('kms:GrantOperations') < rank('kms:SigningAlgorithm')).toBe(true);
    const family = items.find((i) => i.label === 'kms:EncryptionContext:');
    expect(family?.insertText).toBe('"kms:EncryptionContext:${1:name}": "$2"');
    expect(items.find((i) => i.label === 'kms:GrantOperations')).toMatchObject({
      insertText: '"kms:GrantOperations": ["$1"]',
      retrigger: true, // it has values to offer
    });
    expect(items.find((i) => i.label === 'kms:ViaService')?.retrigger).toBeUndefined();
  });

  it('offers values for Bool keys, grant operations and principal keys', () => {
    expect(
      labels('{"Statement":[{"Condition":{"Bool":{"kms:GrantIsForAWSResource":"|"}}}]}'),
    ).toEqual(['true', 'false']);
    expect(
      labels(
        '{"Statement":[{"Condition":{"ForAllValues:StringEquals":{"kms:GrantOperations":["|"]}}}]}',
      ),
    ).toContain('Decrypt');
    expect(
      labels('{"Statement":[{"Condition":{"StringEquals":{"aws:PrincipalArn":"|"}}}]}'),
    ).toContain('arn:aws:iam::444455556666:user/Bob');
    expect(
      labels('{"Statement":[{"Condition":{"StringEquals":{"kms:CallerAccount":"|"}}}]}'),
    ).toEqual(['111122223333', '444455556666']);
  });

  it('offers scenario principals in Principal', () => {
    expect(labels('{"Statement":[{"Principal":{"AWS":"|"}}]}')).toEqual([
      '*',
      'arn:aws:iam::111122223333:root',
      'arn:aws:iam::111122223333:role/Admin',
      'arn:aws:iam::444455556666:user/Bob',
    ]);
    expect(labels('{"Statement":[{"Principal":{"Service":["|"]}}]}')).toEqual([
      'dynamodb.amazonaws.com',
    ]);
  });

  it('offers nothing where it has nothing to add', () => {
    expect(labels('{"Statement":[{"Sid":"|"}]}')).toEqual([]);
    expect(labels('{"Statement":[{"Action":"kms:Decrypt"|}]}')).toEqual([]);
  });
});

describe('completions in grants, requests and the scenario', () => {
  it('offers a constraint snippet and principals in a grant', () => {
    expect(labels('{"grantId":"g", |}', 'grant')).toEqual([
      'Grant constraint (encryption context subset)',
    ]);
    expect(labels('{"granteePrincipal":"|"}', 'grant')).toContain(
      'arn:aws:iam::111122223333:role/Admin',
    );
  });

  it('offers actions, principals and context keys in a request', () => {
    expect(labels('{"action":"kms:Re|"}', 'request')).toContain('kms:ReEncrypt');
    expect(labels('{"principal":"|"}', 'request')).toContain('arn:aws:iam::444455556666:user/Bob');
    expect(labels('{"context":{|}}', 'request')).toContain('aws:SourceVpce');
    expect(labels('{"sessionPolicy":{"Statement":[{"Action":"|"}]}}', 'request')).toContain(
      'kms:Encrypt',
    );
  });

  it('finds policies, grants and requests inside the scenario', () => {
    expect(labels('{"keys":[{"policy":{"Statement":[|]}}]}', 'scenario')).toHaveLength(5);
    expect(
      labels(
        '{"principals":[{"policies":[{"document":{"Statement":[{"Action":"|"}]}}]}]}',
        'scenario',
      ),
    ).toContain('kms:Decrypt');
    expect(labels('{"grants":[{"operations":["|"]}]}', 'scenario')).toContain('Encrypt');
    expect(labels('{"requests":[{"action":"|"}]}', 'scenario')).toContain('kms:Decrypt');
    expect(labels('{"title":"|"}', 'scenario')).toEqual([]);
  });
});
