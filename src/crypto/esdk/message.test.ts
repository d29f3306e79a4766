/**
 * Our Encryption SDK message codec on its own: round trips, golden messages made by the official
 * SDK, the JSON-safe header view, and every tamper case failing with a typed error.
 */
import { describe, expect, it } from 'vitest';
import { fromHex, utf8, type Bytes } from '../bytes';
import empty from '../fixtures/sdk-empty.json';
import multiframe from '../fixtures/sdk-multiframe.json';
import unicode from '../fixtures/sdk-unicode-context.json';
import signed from '../fixtures/sdk-signed-0578.json';
import { describeHeader } from './headerView';
import { decryptMessage, encryptMessage } from './message';
import type { RawAesKeyring } from './rawAesKeyring';
import { KEY_NAME, KEY_NAMESPACE, playgroundKeyring } from '../testing/sdk';

const hex = (h: string): Bytes => fromHex(h) ?? new Uint8Array(0);
const goldens = [
  ['sdk-empty', empty],
  ['sdk-multiframe', multiframe],
  ['sdk-unicode-context', unicode],
  ['sdk-signed-0578', signed],
] as const;

async function otherKeyring(over: Partial<RawAesKeyring> = {}): Promise<RawAesKeyring> {
  const wrappingKey = await globalThis.crypto.subtle.generateKey(
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { ...(await playgroundKeyring()), wrappingKey, ...over };
}

describe('golden messages from the official SDK', () => {
  it.each(goldens)('%s decrypts to the recorded plaintext and context', async (_, g) => {
    const out = await decryptMessage(hex(g.messageHex), await playgroundKeyring());
    if (!out.ok) throw new Error(out.error);
    expect(new TextDecoder().decode(out.plaintext)).toBe(g.plaintext);
    const { 'aws-crypto-public-key': publicKey, ...context } = out.header.encryptionContext;
    expect(publicKey !== undefined).toBe(g === signed);
    expect(context).toEqual(g.encryptionContext);
  });

  it('the header view is JSON-safe and names version, suite, id, context, keys and frame length', () => {
    const view = describeHeader(hex(multiframe.messageHex));
    expect(view).toMatchObject({
      version: 2,
      suiteId: '0478',
      contentType: 'framed',
      frameLength: 64,
      encryptionContext: multiframe.encryptionContext,
      encryptedDataKeys: [{ providerId: KEY_NAMESPACE, rawAes: { keyName: KEY_NAME } }],
    });
    expect(view?.messageIdHex).toHaveLength(64);
    expect(view?.suiteDataHex).toHaveLength(64);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(describeHeader(new Uint8Array([2, 4]))).toBeNull();
  });
});

describe('tampering gives a typed error, never a throw', () => {
  const message = hex(unicode.messageHex);

  it('every flipped byte', async () => {
    const keyring = await playgroundKeyring();
    for (let i = 0; i < message.length; i++) {
      const bad = message.slice();
      bad[i] = (bad[i] ?? 0) ^ 0x80;
      const out = await decryptMessage(bad, keyring);
      expect(out.ok, `byte ${i}`).toBe(false);
    }
  });

  it('every truncation and trailing bytes', async () => {
    const keyring = await playgroundKeyring();
    for (let n = 0; n < message.length; n++)
      expect((await decryptMessage(message.subarray(0, n), keyring)).ok, `length ${n}`).toBe(false);
    const longer = new Uint8Array([...message, 0]);
    expect(await decryptMessage(longer, keyring)).toEqual({ ok: false, error: 'MalformedBody' });
  });

  it('a changed context value in the header fails to unwrap the data key', async () => {
    const keyring = await playgroundKeyring();
    const m = await encryptMessage({
      keyring,
      plaintext: utf8('x'),
      encryptionContext: { a: 'b' },
    });
    const bad = m.slice();
    const at = bad.indexOf('b'.charCodeAt(0), 35);
    bad[at] = 'c'.charCodeAt(0);
    expect(await decryptMessage(bad, keyring)).toEqual({ ok: false, error: 'NoMatchingDataKey' });
  });

  it('a flipped commitment is CommitmentMismatch; a flipped header tag fails authentication', async () => {
    const keyring = await playgroundKeyring();
    const m = await encryptMessage({ keyring, plaintext: utf8('x') });
    const view = describeHeader(m);
    const end = view?.headerLength ?? 0;
    const commit = m.slice();
    commit[end - 17] = (commit[end - 17] ?? 0) ^ 1;
    expect(await decryptMessage(commit, keyring)).toEqual({
      ok: false,
      error: 'CommitmentMismatch',
    });
    const tag = m.slice();
    tag[end - 1] = (tag[end - 1] ?? 0) ^ 1;
    expect(await decryptMessage(tag, keyring)).toEqual({
      ok: false,
      error: 'HeaderAuthenticationFailed',
    });
  });

  it('a different wrapping key, name or namespace finds no data key', async () => {
    for (const k of [
      await otherKeyring(),
      { ...(await playgroundKeyring()), keyName: 'other' },
      { ...(await playgroundKeyring()), keyNamespace: 'other' },
    ])
      expect(await decryptMessage(message, k)).toEqual({ ok: false, error: 'NoMatchingDataKey' });
  });
});

describe('encryptMessage', () => {
  it('round-trips at frame boundaries with the final frame carrying 1..frameLength bytes', async () => {
    const keyring = await playgroundKeyring();
    for (const n of [0, 1, 15, 16, 17, 32, 33]) {
      const plaintext = Uint8Array.from({ length: n }, (_, i) => i);
      const m = await encryptMessage({ keyring, plaintext, frameLength: 16 });
      const out = await decryptMessage(m, keyring);
      expect(out.ok && out.plaintext).toEqual(plaintext);
      const frames = Math.max(1, Math.ceil(n / 16));
      const header = describeHeader(m)?.headerLength ?? 0;
      expect(m.length - header).toBe(frames * (4 + 12 + 16) + 8 + n);
    }
  });

  it('rejects reserved context keys and invalid frame lengths', async () => {
    const keyring = await playgroundKeyring();
    const plaintext = utf8('x');
    await expect(
      encryptMessage({ keyring, plaintext, encryptionContext: { 'aws-crypto-public-key': 'x' } }),
    ).rejects.toThrow(RangeError);
    await expect(encryptMessage({ keyring, plaintext, frameLength: 0 })).rejects.toThrow(
      RangeError,
    );
  });
});
