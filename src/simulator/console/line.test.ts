import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commandLine } from './line';
import { parseCommand } from './parse';

describe('commandLine', () => {
  it('writes flags, lists, maps and awkward strings so that the CLI reads the same request', () => {
    const line = commandLine('CreateKey', {
      Description: "it's -x #1",
      BypassPolicyLockoutSafetyCheck: true,
      MultiRegion: false,
      Tags: [{ TagKey: 'a', TagValue: 'b c' }],
    });
    expect(line).toBe(
      `aws kms create-key --description 'it'\\''s -x #1' --bypass-policy-lockout-safety-check --no-multi-region --tags '[{"TagKey":"a","TagValue":"b c"}]'`,
    );
    expect(parseCommand(line)).toMatchObject({
      params: {
        Description: "it's -x #1",
        BypassPolicyLockoutSafetyCheck: true,
        MultiRegion: false,
      },
    });
  });

  it('round-trips any encryption context and grant token list through parseCommand', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1 }), fc.string()),
        fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 3 }),
        fc.string({ minLength: 1 }),
        (context, tokens, keyId) => {
          const params = {
            KeyId: keyId,
            Plaintext: 'aGk=',
            EncryptionContext: context,
            GrantTokens: tokens,
          };
          const parsed = parseCommand(commandLine('Encrypt', params, 'bob'));
          expect(parsed).toEqual({
            kind: 'call',
            command: 'encrypt',
            operation: 'Encrypt',
            params,
            profile: 'bob',
          });
        },
      ),
    );
  });
});
