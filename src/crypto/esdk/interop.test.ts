/**
 * Interoperability with the official AWS Encryption SDK for JavaScript (RawAesKeyringNode with
 * utf8Sorting): messages we write, it reads; messages it writes, we read.
 */
import { describe, expect, it } from 'vitest';
import { decryptMessage, encryptMessage } from './message';
import {
  buildClient,
  CommitmentPolicy,
  RawAesKeyringNode,
  RawAesWrappingSuiteIdentifier,
} from '@aws-crypto/client-node';
import {
  KEY_NAME,
  KEY_NAMESPACE,
  playgroundKeyring,
  sdkDecrypt,
  sdkEncrypt,
  WRAPPING_KEY_BYTES,
} from '../testing/sdk';

const FRAME = 64;
const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
const cases: [string, Uint8Array, Record<string, string>][] = [
  ['empty input', bytes(0), {}],
  ['one byte', bytes(1), { purpose: 'test' }],
  ['a frame-length multiple', bytes(FRAME * 3), { dept: 'it' }],
  ['multi-frame input', bytes(FRAME * 4 + 17), { dept: 'it', app: 'lab' }],
  [
    'mixed-case and non-ASCII context keys',
    bytes(FRAME + 5),
    // UTF-16 order and UTF-8 order differ for '\uFF21' vs '\u{1F511}': the pitfall utf8Sorting fixes.
    { Zeta: '1', alpha: '2', Ärger: 'ü', '\uFF21': 'fullwidth', '\u{1F511}': 'key', é: 'e' },
  ],
  [
    'context keys named like Object.prototype members (hardening: kept exactly)',
    bytes(9),
    JSON.parse('{"__proto__":"tenant-A","constructor":"c","toString":"t"}') as Record<
      string,
      string
    >,
  ],
];

describe.each([
  ['0x0478', 0x0478],
  ['0x0578 (ECDSA P-384)', 0x0578],
] as const)('suite %s', (_, suiteId) => {
  const signed = suiteId === 0x0578;
  const userContext = (header: Record<string, string>) => {
    const { 'aws-crypto-public-key': publicKey, ...rest } = header;
    expect(publicKey !== undefined).toBe(signed);
    return rest;
  };

  describe('playground → official SDK', () => {
    it.each(cases)('%s', async (_, plaintext, context) => {
      const message = await encryptMessage({
        keyring: await playgroundKeyring(),
        plaintext,
        encryptionContext: context,
        frameLength: FRAME,
        suiteId,
      });
      const out = await sdkDecrypt(message);
      expect(out.plaintext).toEqual(plaintext);
      expect(out.messageHeader.suiteId).toBe(suiteId);
      expect(userContext(out.messageHeader.encryptionContext)).toEqual(context);
      expect(out.messageHeader.frameLength).toBe(FRAME);
    });
  });

  describe('official SDK → playground', () => {
    it.each(cases)('%s', async (_, plaintext, context) => {
      const message = await sdkEncrypt(plaintext, context, FRAME, signed);
      const out = await decryptMessage(message, await playgroundKeyring());
      if (!out.ok) throw new Error(out.error);
      expect(out.plaintext).toEqual(plaintext);
      expect(out.header.suiteId).toBe(suiteId);
      expect(userContext(out.header.encryptionContext)).toEqual(context);
      expect(out.header.frameLength).toBe(FRAME);
    });
  });
});

describe('the known pitfalls', () => {
  it('without utf8Sorting the SDK wraps under another context order and cannot read our message', async () => {
    const context = cases[4]?.[2] ?? {};
    const message = await encryptMessage({
      keyring: await playgroundKeyring(),
      plaintext: bytes(3),
      encryptionContext: context,
    });
    const unsorted = new RawAesKeyringNode({
      keyNamespace: KEY_NAMESPACE,
      keyName: KEY_NAME,
      unencryptedMasterKey: new Uint8Array(WRAPPING_KEY_BYTES),
      wrappingSuite: RawAesWrappingSuiteIdentifier.AES256_GCM_IV12_TAG16_NO_PADDING,
    });
    const sdk = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
    await expect(sdk.decrypt(unsorted, Buffer.from(message))).rejects.toThrow();
  });

  it('the SDK keyring zeroes the key buffer it is given, so tests pass it a copy', () => {
    const copy = new Uint8Array(WRAPPING_KEY_BYTES);
    new RawAesKeyringNode({
      keyNamespace: KEY_NAMESPACE,
      keyName: KEY_NAME,
      unencryptedMasterKey: copy,
      wrappingSuite: RawAesWrappingSuiteIdentifier.AES256_GCM_IV12_TAG16_NO_PADDING,
      utf8Sorting: true,
    });
    expect(copy.every((b) => b === 0)).toBe(true);
    expect(WRAPPING_KEY_BYTES.some((b) => b !== 0)).toBe(true);
  });
});
