import { beforeAll, describe, expect, it } from 'vitest';
import { HELLO, viaPort } from './testing/crypto';
import { OPERATIONS } from './ops';
import type { CallResult } from './types';
import { ALICE, BOB, KEY_ARN, fixture } from './testing';
import type { Json } from '../scenario/types';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

/** Parameters that make each operation well-formed, so only authorization can stop it. */
function paramsFor(op: string, blob: string): Record<string, Json> {
  const base: Record<string, Json> = { KeyId: KEY_ARN };
  const extra: Record<string, Record<string, Json>> = {
    CreateKey: {},
    ListKeys: {},
    ListAliases: {},
    ListRetirableGrants: { RetiringPrincipal: ALICE },
    PutKeyPolicy: { Policy: '{"Version":"2012-10-17","Statement":[]}' },
    UpdateKeyDescription: { Description: 'd' },
    CreateAlias: { AliasName: 'alias/x', TargetKeyId: KEY_ARN },
    UpdateAlias: { AliasName: 'alias/app', TargetKeyId: KEY_ARN },
    DeleteAlias: { AliasName: 'alias/app' },
    TagResource: { Tags: [{ TagKey: 'a', TagValue: 'b' }] },
    UntagResource: { TagKeys: ['a'] },
    CreateGrant: { GranteePrincipal: BOB, Operations: ['Encrypt'] },
    RetireGrant: { GrantId: 'g' },
    RevokeGrant: { GrantId: 'g' },
    Encrypt: { Plaintext: HELLO },
    Decrypt: { CiphertextBlob: blob },
    ReEncrypt: { CiphertextBlob: blob, DestinationKeyId: KEY_ARN },
  };
  const e = extra[op];
  if (!e) return base;
  return op.startsWith('List') || op === 'CreateKey' || op.endsWith('Alias')
    ? e
    : { ...base, ...e };
}

describe('every operation is decided by the engine and audited', () => {
  let made: CallResult;
  let blob = '';
  beforeAll(async () => {
    made = await call(fixture(), ALICE, 'Encrypt', { KeyId: KEY_ARN, Plaintext: HELLO });
    blob = made.response?.CiphertextBlob as string;
  });
  const ops = OPERATIONS.filter((o) => o !== 'RetireGrant');

  it.each(ops)(
    '%s by a caller without permission: AccessDeniedException, nothing changes',
    async (op) => {
      const s = made.state;
      const r = await call(s, BOB, op, paramsFor(op, blob));
      expect(r.error?.code).toBe('AccessDeniedException');
      expect(r.evaluation?.outcome).toBe('AccessDeniedException');
      expect({ ...r.state, audit: s.audit }).toEqual(s);
      expect(r.state.audit.at(-1)).toMatchObject({
        eventName: op,
        errorCode: 'AccessDeniedException',
        errorMessage: r.error?.message,
      });
    },
  );

  it('RetireGrant of a grant that does not exist: NotFoundException, audited', async () => {
    const r = await call(made.state, BOB, 'RetireGrant', { KeyId: KEY_ARN, GrantId: 'g' });
    expect(r.error?.code).toBe('NotFoundException');
    expect(r.state.audit.at(-1)?.errorCode).toBe('NotFoundException');
  });
});
