import { describe, expect, it } from 'vitest';
import { encodeScenarioText } from '../scenario';
import { interpretPaste } from './paste';
import { firstExample, richScenario, testStore } from './testing';

const ARN = 'arn:aws:kms:eu-west-1:111122223333:key/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const KEY = 'key:7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const ELI = 'arn:aws:iam::111122223333:user/Eli';

const getKeyPolicy = JSON.stringify({
  Policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'OnlyEli', Effect: 'Allow', Principal: { AWS: ELI }, Action: 'kms:*', Resource: '*' },
    ],
  }),
  PolicyName: 'default',
});

const listGrants = JSON.stringify({
  Grants: [
    {
      KeyId: ARN,
      GrantId: 'f00d',
      Name: '',
      CreationDate: '2024-05-01T10:00:00+00:00',
      GranteePrincipal: ELI,
      RetiringPrincipal: 'arn:aws:iam::111122223333:root',
      IssuingAccount: 'arn:aws:iam::111122223333:root',
      Operations: ['Decrypt', 'Encrypt'],
      Constraints: { EncryptionContextSubset: { tenant: 'acme' } },
    },
  ],
  Truncated: false,
});

const describeKey = (arn: string, extra: object = {}) =>
  JSON.stringify({
    KeyMetadata: {
      AWSAccountId: '444455556666',
      KeyId: arn.slice(arn.indexOf('/') + 1),
      Arn: arn,
      Enabled: false,
      Description: 'From the CLI',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Disabled',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      KeySpec: 'SYMMETRIC_DEFAULT',
      MultiRegion: false,
      ...extra,
    },
  });

describe('interpretPaste', () => {
  it('puts get-key-policy output on the selected key', () => {
    const result = interpretPaste(getKeyPolicy, firstExample(), KEY);
    if ('error' in result) throw new Error(result.error);
    expect(result).toMatchObject({ kind: 'keyPolicy', documentId: KEY });
    const next = result.apply(firstExample());
    expect(JSON.stringify(next.keys[0]?.policy)).toContain('OnlyEli');
    const one = firstExample().keys[0]!;
    const twoKeys = {
      ...firstExample(),
      keys: [one, { ...one, arn: ARN.replace('7c1d', '8c1d') }],
    };
    expect(interpretPaste(getKeyPolicy, twoKeys, null)).toMatchObject({
      error: expect.stringMatching(/Select/),
    });
    expect(interpretPaste(getKeyPolicy, { ...firstExample(), keys: [] }, null)).toHaveProperty(
      'error',
    );
    expect(interpretPaste('{"Policy": "{ nope"}', firstExample(), KEY)).toHaveProperty('error');
  });

  it('maps list-grants fields to scenario grants, replacing by grant id', () => {
    const result = interpretPaste(listGrants, firstExample(), null);
    if ('error' in result) throw new Error(result.error);
    expect(result.kind).toBe('grants');
    const once = result.apply(firstExample());
    expect(once.grants).toEqual([
      {
        grantId: 'f00d',
        key: ARN,
        granteePrincipal: ELI,
        retiringPrincipal: 'arn:aws:iam::111122223333:root',
        issuingAccount: 'arn:aws:iam::111122223333:root',
        operations: ['Decrypt', 'Encrypt'],
        constraints: { encryptionContextSubset: { tenant: 'acme' } },
        propagated: true,
      },
    ]);
    expect(result.apply(once).grants).toHaveLength(1);
    expect(interpretPaste('{"Grants": [{"Name": "x"}]}', firstExample(), null)).toHaveProperty(
      'error',
    );
  });

  it('updates an existing key from describe-key, or adds a new one with the default policy', () => {
    const existing = interpretPaste(describeKey(ARN), firstExample(), null);
    if ('error' in existing) throw new Error(existing.error);
    const updated = existing.apply(firstExample()).keys[0]!;
    expect(updated).toMatchObject({
      state: 'Disabled',
      description: 'From the CLI',
      aliases: ['alias/reports'],
    });
    expect(updated.policy).toEqual(firstExample().keys[0]!.policy);

    const other = 'arn:aws:kms:us-east-1:444455556666:key/0000aaaa-1111-2222-3333-444455556666';
    const added = interpretPaste(describeKey(other), firstExample(), null);
    if ('error' in added) throw new Error(added.error);
    const keys = added.apply(firstExample()).keys;
    expect(keys).toHaveLength(2);
    expect(JSON.stringify(keys[1]?.policy)).toContain('arn:aws:iam::444455556666:root');
    expect(
      interpretPaste(describeKey(ARN, { KeyState: 'Melting' }), firstExample(), null),
    ).toHaveProperty('error');
  });

  it('recognises a whole scenario, and rejects what it does not know', () => {
    const result = interpretPaste(encodeScenarioText(richScenario()), firstExample(), null);
    expect(result).toMatchObject({ kind: 'scenario' });
    expect(interpretPaste('not json', firstExample(), null)).toHaveProperty('error');
    expect(interpretPaste('{"Statement": []}', firstExample(), null)).toMatchObject({
      error: expect.stringMatching(/editor/),
    });
    expect(
      interpretPaste(
        '{"format": "kms-playground/scenario", "version": 1, "keys": 3}',
        firstExample(),
        null,
      ),
    ).toHaveProperty('error');
  });
});

describe('pasteText', () => {
  it('names the size limit for text over 1 MB, changes nothing and says it was not used', () => {
    const { store } = testStore();
    const before = store.getState().scenario;
    const big = JSON.stringify({ format: 'kms-playground/scenario', pad: 'x'.repeat(1024 * 1024) });
    expect(store.getState().pasteText(big)).toBe(false);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().notices.at(-1)?.message).toBe(
      'The pasted text is over 1 MB, the limit for a scenario; nothing was changed.',
    );
    expect(store.getState().pasteText(encodeScenarioText(richScenario()))).toBe(true);
  });

  it('applies grants as one undoable edit that changes the decision', () => {
    const { store } = testStore();
    store.getState().selectRequest(3); // eli-decrypt
    expect(store.getState().evaluation.results[3]?.decision).toBe('ImplicitDeny');
    store
      .getState()
      .pasteText(
        listGrants.replace(',"Constraints":{"EncryptionContextSubset":{"tenant":"acme"}}', ''),
      );
    const s = store.getState();
    expect(s.evaluation.results[3]?.decision).toBe('Allow');
    expect(s.selectedDocument).toBe('grant:f00d');
    expect(s.notices.at(-1)).toMatchObject({ level: 'info', place: 'import' });
    s.undo();
    expect(store.getState().scenario.grants).toEqual([]);
  });

  it('pastes a key policy into the selected key, loads a scenario, and reports errors', () => {
    const { store } = testStore();
    store.getState().pasteText(getKeyPolicy);
    expect(store.getState().evaluation.results[0]?.decision).toBe('ImplicitDeny');
    store.getState().pasteText(encodeScenarioText(richScenario()));
    expect(store.getState().scenario.title).toBe('Everything');
    expect(store.getState().dirty).toBe(false);
    const before = store.getState().scenario;
    store.getState().pasteText('{"Hello": 1}');
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().notices.at(-1)).toMatchObject({ level: 'error', place: 'import' });
    // The next successful paste clears that error.
    store.getState().pasteText(getKeyPolicy);
    expect(store.getState().notices.filter((n) => n.level === 'error')).toEqual([]);
  });
});
