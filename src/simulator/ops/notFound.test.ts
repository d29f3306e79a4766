/** The simulator's NotFoundException texts are the engine's, in KMS's words (S45). */
import { describe, expect, it } from 'vitest';
import { keyIdNotFound } from '../../engine/kms/messages';
import { ALICE, fixture } from '../testing';
import { viaPort } from '../testing/crypto';

const { call } = viaPort();
const MISSING = '0000aaaa-1111-2222-3333-444455556666';

describe('NotFoundException texts in the simulated account (S45)', () => {
  it('ListAliases and UpdateAlias with a key that does not exist say so as KMS does (S45)', async () => {
    const s = fixture();
    const list = await call(s, ALICE, 'ListAliases', { KeyId: MISSING });
    expect(list.error).toEqual({
      code: 'NotFoundException',
      message: keyIdNotFound(MISSING, '111122223333', s.region),
    });
    expect(list.error?.message).toBe(
      `Key 'arn:aws:kms:${s.region}:111122223333:key/${MISSING}' does not exist`,
    );
    const update = await call(s, ALICE, 'UpdateAlias', {
      AliasName: 'alias/app',
      TargetKeyId: 'alias/none',
    });
    expect(update.error?.message).toBe(
      `Alias arn:aws:kms:${s.region}:111122223333:alias/none is not found.`,
    );
  });
});
