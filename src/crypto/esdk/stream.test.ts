/** Chunked encryption and decryption: any chunking gives the same message semantics. */
import { describe, expect, it } from 'vitest';
import { concat, type Bytes } from '../bytes';
import { playgroundKeyring, sdkDecrypt, sdkEncrypt } from '../testing/sdk';
import { decryptMessage } from './message';
import { MessageDecryptor, MessageEncryptor } from './stream';

const data = Uint8Array.from({ length: 1000 }, (_, i) => (i * 13) & 0xff);

function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

async function encryptChunked(plaintext: Uint8Array, chunkSize: number, frameLength: number) {
  const keyring = await playgroundKeyring();
  const { encryptor, header } = await MessageEncryptor.start({
    keyring,
    frameLength,
    encryptionContext: { a: 'b' },
  });
  const parts: Bytes[] = [header];
  for (const c of chunks(plaintext, chunkSize)) parts.push(...(await encryptor.push(c)));
  parts.push(...(await encryptor.finish()));
  return concat(...parts);
}

async function decryptChunked(message: Uint8Array, chunkSize: number) {
  const d = new MessageDecryptor(await playgroundKeyring());
  const parts: Bytes[] = [];
  for (const c of chunks(message, chunkSize)) {
    const out = await d.push(c);
    if (typeof out === 'string') return out;
    parts.push(...out);
  }
  const end = d.finish();
  return typeof end === 'string' ? end : concat(...parts);
}

describe('MessageEncryptor', () => {
  it.each([
    [1, 64],
    [7, 64],
    [64, 64],
    [300, 64],
    [1000, 100],
    [1000, 4096],
  ])(
    'chunks of %i bytes, frame length %i: the SDK and decryptMessage read it',
    async (chunk, frame) => {
      const m = await encryptChunked(data, chunk, frame);
      expect((await sdkDecrypt(m)).plaintext).toEqual(data);
      const out = await decryptMessage(m, await playgroundKeyring());
      expect(out.ok && out.plaintext).toEqual(data);
    },
  );

  it('pushes may overlap: frames keep their order when pushes are not awaited one by one', async () => {
    const keyring = await playgroundKeyring();
    const { encryptor, header } = await MessageEncryptor.start({ keyring, frameLength: 64 });
    const pending = chunks(data, 150).map((c) => encryptor.push(c));
    const parts = (await Promise.all(pending)).flat();
    const m = concat(header, ...parts, ...(await encryptor.finish()));
    expect((await sdkDecrypt(m)).plaintext).toEqual(data);
  });

  it('empty input is one empty final frame', async () => {
    const m = await encryptChunked(new Uint8Array(0), 10, 64);
    expect((await sdkDecrypt(m)).plaintext).toEqual(new Uint8Array(0));
  });

  it('refuses the signed suite and pushes after finish', async () => {
    const keyring = await playgroundKeyring();
    await expect(MessageEncryptor.start({ keyring, suiteId: 0x0578 })).rejects.toThrow(RangeError);
    const { encryptor } = await MessageEncryptor.start({ keyring });
    await encryptor.finish();
    await expect(encryptor.push(data)).rejects.toThrow();
  });
});

describe('MessageDecryptor', () => {
  it.each([1, 5, 33, 500, 100000])('reads an SDK message in chunks of %i bytes', async (chunk) => {
    const m = await sdkEncrypt(data, { dept: 'it' }, 64);
    expect(await decryptChunked(m, chunk)).toEqual(data);
  });

  it('reports truncation at finish and tampering at the frame', async () => {
    const m = await encryptChunked(data, 100, 64);
    expect(await decryptChunked(m.subarray(0, m.length - 1), 50)).toBe('MalformedBody');
    expect(await decryptChunked(m.subarray(0, 40), 50)).toBe('MalformedHeader');
    const bad = m.slice();
    bad[m.length - 20] = (bad[m.length - 20] ?? 0) ^ 1;
    expect(await decryptChunked(bad, 50)).toBe('FrameAuthenticationFailed');
    expect(await decryptChunked(new Uint8Array([...m, 0]), 50)).toBe('MalformedBody');
  });

  it('refuses the signed suite', async () => {
    const m = await sdkEncrypt(data, {}, 64, true);
    expect(await decryptChunked(m, 100)).toBe('UnsupportedMessage');
  });
});
