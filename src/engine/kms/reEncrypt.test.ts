/**
 * ReEncrypt's two checks and the ciphertext binding of Decrypt (kms-semantics 1.2 steps 1 and 12.3,
 * 1.7; A21, A27): S24 API_ReEncrypt, S11 concepts (encryption context), S22 API errors, S45 messages.
 */
import { describe, expect, it } from 'vitest';
import type { Json, Request } from '../../scenario/types';
import { ALICE, KEY2_ARN, KEY_ARN, doc, grant, key, request, run } from '../testing/build';

const SRC_DOC = 'key:1234abcd-12ab-34cd-56ef-1234567890ab';
const DST_DOC = 'key:0987dcba-09fe-87dc-65ba-ab0987654321';
const CIPHERTEXT_DENIED =
  'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';
const alice = (Sid: string, Action: string, Condition?: Record<string, unknown>) => ({
  Sid,
  Effect: 'Allow',
  Principal: { AWS: ALICE },
  Action,
  Resource: '*',
  ...(Condition ? { Condition } : {}),
});
const keys = (src: Record<string, unknown>[], dst: Record<string, unknown>[]) => [
  key({ policy: doc(...src) }),
  key({ arn: KEY2_ARN, policy: doc(...dst) }),
];
const reEncrypt = (
  src: Record<string, unknown>[],
  dst: Record<string, unknown>[],
  over: Partial<Request> = {},
) =>
  run({
    keys: keys(src, dst),
    requests: [
      request({
        action: 'kms:ReEncrypt',
        ...over,
        parameters: { DestinationKeyId: KEY2_ARN, ...over.parameters },
      }),
    ],
  });
const from = alice('From', 'kms:ReEncryptFrom');
const to = alice('To', 'kms:ReEncryptTo');

describe('ReEncrypt: ReEncryptFrom on the source key and ReEncryptTo on the destination (S24)', () => {
  it('both checks allow: Allowed, deciding names both key policies, trace has check0 and check1 (S24)', () => {
    const r = reEncrypt([from], [to]);
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([
      { document: SRC_DOC, statement: 'From', path: ['Statement', 0] },
      { document: DST_DOC, statement: 'To', path: ['Statement', 0] },
    ]);
    const checks = r.trace.filter((s) => s.rule === 'authorizationCheck');
    expect(checks.map((s) => [s.id, s.detail?.action, s.detail?.resource, s.outcome])).toEqual([
      ['check0', 'kms:ReEncryptFrom', KEY_ARN, 'allow'],
      ['check1', 'kms:ReEncryptTo', KEY2_ARN, 'allow'],
    ]);
  });

  it('the destination key not allowing ReEncryptTo denies the whole call, with the message about the destination (S24)', () => {
    const r = reEncrypt([from], [alice('Other', 'kms:Encrypt')]);
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(
      `User: ${ALICE} is not authorized to perform: kms:ReEncryptTo on resource: ${KEY2_ARN} because no resource-based policy allows the kms:ReEncryptTo action`,
    );
  });

  it('the source key not allowing ReEncryptFrom denies the whole call (S24)', () => {
    const r = reEncrypt([to], [to]);
    expect(r.message).toContain(`kms:ReEncryptFrom on resource: ${KEY_ARN}`);
  });

  it('an explicit deny on either side wins over an implicit deny on the other (S24 combine: ExplicitDeny first)', () => {
    const deny = {
      Sid: 'NoTo',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:ReEncryptTo',
      Resource: '*',
    };
    const r = reEncrypt([], [to, deny]);
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.deciding).toEqual([{ document: DST_DOC, statement: 'NoTo', path: ['Statement', 1] }]);
  });

  it('the ReEncryptTo check sees the destination encryption context, the ReEncryptFrom check the source context (A21)', () => {
    const src = alice('From', 'kms:ReEncryptFrom', {
      StringEquals: { 'kms:EncryptionContext:stage': 'old' },
    });
    const dst = alice('To', 'kms:ReEncryptTo', {
      StringEquals: { 'kms:EncryptionContext:stage': 'new' },
    });
    const ok = reEncrypt([src], [dst], {
      encryptionContext: { stage: 'old' },
      parameters: { DestinationEncryptionContext: { stage: 'new' } },
    });
    expect(ok.outcome).toBe('Allowed');
    const swapped = reEncrypt([src], [dst], {
      encryptionContext: { stage: 'new' },
      parameters: { DestinationEncryptionContext: { stage: 'old' } },
    });
    expect(swapped.decision).toBe('ImplicitDeny');
  });
});

describe('kms:ReEncryptOnSameKey and grants on ReEncrypt (S4, S7)', () => {
  const sameKeyOnly = alice('SameKey', 'kms:ReEncrypt*', {
    Bool: { 'kms:ReEncryptOnSameKey': 'true' },
  });
  const onOneKey = (over: Partial<Request>) =>
    run({
      keys: [
        key({ aliases: ['alias/app'], policy: doc(sameKeyOnly) }),
        key({ arn: KEY2_ARN, policy: doc(sameKeyOnly) }),
      ],
      requests: [request({ action: 'kms:ReEncrypt', ...over })],
    });

  it('kms:ReEncryptOnSameKey is true when source and destination are the same key, false otherwise (S4)', () => {
    expect(onOneKey({ parameters: { DestinationKeyId: KEY_ARN } }).outcome).toBe('Allowed');
    expect(onOneKey({ parameters: { DestinationKeyId: KEY2_ARN } }).decision).toBe('ImplicitDeny');
  });

  // S4 (conditions-kms, kms:ReEncryptOnSameKey): "whether the request specifies a destination CMK that is the
  // same one used for the original encryption" — a property of the keys, not of how they were typed.
  // The engine compares the typed strings (requestContext.ts: p.DestinationKeyId === req.key).
  it('kms:ReEncryptOnSameKey compares keys, not spellings: alias source and ARN destination of the same key is true (S4)', () => {
    expect(onOneKey({ key: 'alias/app', parameters: { DestinationKeyId: KEY_ARN } }).outcome).toBe(
      'Allowed',
    );
  });

  it('kms:ReEncryptOnSameKey is true when the source key comes from the ciphertext and the destination is that key (S4, S24)', () => {
    const r = onOneKey({
      key: undefined,
      parameters: {
        DestinationKeyId: KEY_ARN,
        CiphertextBlob: { key: KEY_ARN, encryptionContext: {} },
      },
    });
    expect(r.outcome).toBe('Allowed');
  });

  it('grants cover ReEncryptFrom and ReEncryptTo separately; the To grant constraint sees the destination context (S7, A21)', () => {
    const r = run({
      keys: keys([], []),
      grants: [
        grant({ grantId: 'gFrom', granteePrincipal: ALICE, operations: ['ReEncryptFrom'] }),
        grant({
          grantId: 'gTo',
          key: KEY2_ARN,
          granteePrincipal: ALICE,
          operations: ['ReEncryptTo'],
          constraints: { encryptionContextSubset: { stage: 'new' } },
        }),
      ],
      requests: [
        request({
          action: 'kms:ReEncrypt',
          encryptionContext: { stage: 'old' },
          parameters: {
            DestinationKeyId: KEY2_ARN,
            DestinationEncryptionContext: { stage: 'new' },
          },
        }),
      ],
    });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([
      { document: 'grant:gFrom', statement: null, path: [] },
      { document: 'grant:gTo', statement: null, path: [] },
    ]);
  });

  it('a disabled destination key fails an authorized ReEncrypt with DisabledException naming that key (S21)', () => {
    const r = run({
      keys: [
        key({ policy: doc(from) }),
        key({ arn: KEY2_ARN, state: 'Disabled', policy: doc(to) }),
      ],
      requests: [request({ action: 'kms:ReEncrypt', parameters: { DestinationKeyId: KEY2_ARN } })],
    });
    expect(r.outcome).toBe('DisabledException');
    expect(r.message).toBe(`${KEY2_ARN} is disabled.`);
  });

  it('ReEncrypt checks the source encryption context against the ciphertext (S11, S24)', () => {
    const r = reEncrypt([from], [to], {
      encryptionContext: { a: '2' },
      parameters: {
        DestinationKeyId: KEY2_ARN,
        CiphertextBlob: { key: KEY_ARN, encryptionContext: { a: '1' } },
      },
    });
    expect(r.outcome).toBe('InvalidCiphertextException');
  });
});

describe('Decrypt: ciphertext binding (S11, S22, A27)', () => {
  const both = [alice('All', 'kms:*')];
  const blob = (k: string, encryptionContext: Record<string, string>): Json => ({
    key: k,
    encryptionContext,
  });
  const decrypt = (over: Partial<Request>, policies: Record<string, unknown>[][] = [both, both]) =>
    run({ keys: keys(policies[0] ?? [], policies[1] ?? []), requests: [request(over)] });

  it('a different encryption context than at encryption is InvalidCiphertextException, even when authorized (S11, S22)', () => {
    const r = decrypt({
      encryptionContext: { dept: 'hr' },
      parameters: { CiphertextBlob: blob(KEY_ARN, { dept: 'it' }) },
    });
    expect(r.outcome).toBe('InvalidCiphertextException');
    expect(r.decision).toBe('Allow');
    expect(decrypt({ parameters: { CiphertextBlob: blob(KEY_ARN, { dept: 'it' }) } }).outcome).toBe(
      'InvalidCiphertextException',
    );
  });

  it('the encryption context is matched case-sensitively in keys and values (S11)', () => {
    const ct = { CiphertextBlob: blob(KEY_ARN, { dept: 'it' }) };
    expect(decrypt({ encryptionContext: { Dept: 'it' }, parameters: ct }).outcome).toBe(
      'InvalidCiphertextException',
    );
    expect(decrypt({ encryptionContext: { dept: 'IT' }, parameters: ct }).outcome).toBe(
      'InvalidCiphertextException',
    );
  });

  it('the order of encryption-context pairs does not matter (S11)', () => {
    const r = decrypt({
      encryptionContext: { b: '2', a: '1' },
      parameters: { CiphertextBlob: blob(KEY_ARN, { a: '1', b: '2' }) },
    });
    expect(r.outcome).toBe('Allowed');
  });

  it('a KeyId naming another key than the one in the ciphertext is IncorrectKeyException (S22, A27)', () => {
    const r = decrypt({ key: KEY2_ARN, parameters: { CiphertextBlob: blob(KEY_ARN, {}) } });
    expect(r.outcome).toBe('IncorrectKeyException');
    expect(r.decision).toBe('Allow');
  });

  it('Decrypt is authorized against the ciphertext key; denied there → the "ciphertext refers to a customer master key" message (A27, S45)', () => {
    const r = decrypt({ key: KEY2_ARN, parameters: { CiphertextBlob: blob(KEY_ARN, {}) } }, [
      [],
      both,
    ]);
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(CIPHERTEXT_DENIED);
    expect(r.trace.find((s) => s.id === 'check0')?.detail).toEqual({
      action: 'kms:Decrypt',
      resource: KEY_ARN,
    });
  });

  it('Decrypt without a KeyId uses the key from the ciphertext metadata (S11, S22)', () => {
    const r = decrypt({ key: undefined, parameters: { CiphertextBlob: blob(KEY2_ARN, {}) } }, [
      [],
      both,
    ]);
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding).toEqual([{ document: DST_DOC, statement: 'All', path: ['Statement', 0] }]);
  });
});
