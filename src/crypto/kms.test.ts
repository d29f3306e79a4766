/**
 * The simulated KMS's cryptography on Node's WebCrypto, no mocks: each operation, the engine in
 * front of it, tampering, rotation and the documented limits.
 */
import { describe, expect, it } from 'vitest';
import { parseBlobHeader } from './blob';
import { utf8 } from './bytes';
import { decrypt, reEncrypt } from './decrypt';
import { encrypt, generateDataKey, generateDataKeyWithoutPlaintext } from './encrypt';
import { KeyMaterialStore } from './keyMaterial';
import type { EncryptionContext, KmsResult } from './kmsTypes';
import {
  ALICE,
  BOB,
  CAROL,
  DISABLED_ARN,
  KEY2_ARN,
  KEY_ARN,
  SIGNING_ARN,
  cryptoScenario,
} from './testing/scenario';

const s = cryptoScenario();
const alice = { principal: ALICE };
const ec: EncryptionContext = { dept: 'it', 'Ünïcode-Key': 'wert' };
const text = utf8('attack at dawn');

function ok<T>(r: KmsResult<T>): T {
  if (!r.ok) throw new Error(`${r.outcome}: ${r.message}`);
  return r.value;
}

async function sealed(store = new KeyMaterialStore(), context = ec) {
  const out = ok(
    await encrypt(store, s, alice, { keyId: KEY_ARN, plaintext: text, encryptionContext: context }),
  );
  return { store, blob: out.ciphertextBlob };
}

describe('Encrypt and Decrypt', () => {
  it('round-trips under the key named by an alias, with the context in any order', async () => {
    const store = new KeyMaterialStore();
    const r = await encrypt(store, s, alice, {
      keyId: 'alias/payments',
      plaintext: text,
      encryptionContext: ec,
    });
    expect(r.ok && r.value.keyId).toBe(KEY_ARN);
    expect(r.evaluation?.outcome).toBe('Allowed');
    const blob = ok(r).ciphertextBlob;
    expect(parseBlobHeader(blob)).toMatchObject({ keyArn: KEY_ARN, materialVersion: 1 });
    const reversed = Object.fromEntries(Object.entries(ec).reverse());
    const d = await decrypt(store, s, alice, { ciphertextBlob: blob, encryptionContext: reversed });
    expect(ok(d)).toEqual({ plaintext: text, keyId: KEY_ARN });
  });

  it('uses a fresh IV every time', async () => {
    const store = new KeyMaterialStore();
    const a = (await sealed(store)).blob;
    const b = (await sealed(store)).blob;
    expect(parseBlobHeader(a)?.iv).not.toEqual(parseBlobHeader(b)?.iv);
    expect(a).not.toEqual(b);
  });

  it('a denied Encrypt produces no ciphertext and carries the engine result', async () => {
    const r = await encrypt(
      new KeyMaterialStore(),
      s,
      { principal: CAROL },
      { keyId: KEY_ARN, plaintext: text },
    );
    expect(r).toMatchObject({ ok: false, outcome: 'AccessDeniedException' });
    expect(r.evaluation?.decision).toBe('ImplicitDeny');
    expect('value' in r).toBe(false);
  });

  it('a signing key is InvalidKeyUsageException from the engine, for data keys too', async () => {
    const store = new KeyMaterialStore();
    const r = await encrypt(store, s, alice, { keyId: SIGNING_ARN, plaintext: text });
    expect(r).toMatchObject({ ok: false, outcome: 'InvalidKeyUsageException' });
    const k = await generateDataKey(store, s, alice, { keyId: SIGNING_ARN, keySpec: 'AES_256' });
    expect(k).toMatchObject({ ok: false, outcome: 'InvalidKeyUsageException' });
    expect(store.list(SIGNING_ARN)).toEqual([]);
  });

  it('a disabled key is DisabledException from the engine', async () => {
    const r = await encrypt(new KeyMaterialStore(), s, alice, {
      keyId: DISABLED_ARN,
      plaintext: text,
    });
    expect(r).toMatchObject({ ok: false, outcome: 'DisabledException' });
  });

  it('Decrypt is authorized against the key in the blob, with its context conditions', async () => {
    const { store, blob } = await sealed();
    const bob = { principal: BOB };
    expect(
      ok(await decrypt(store, s, bob, { ciphertextBlob: blob, encryptionContext: ec })).plaintext,
    ).toEqual(text);
    const other = await sealed(store, { dept: 'hr' });
    const denied = await decrypt(store, s, bob, {
      ciphertextBlob: other.blob,
      encryptionContext: { dept: 'hr' },
    });
    expect(denied).toMatchObject({ ok: false, outcome: 'AccessDeniedException' });
    expect(denied.evaluation?.trace.length).toBeGreaterThan(0);
  });

  it('a KeyId naming another key is IncorrectKeyException', async () => {
    const { store, blob } = await sealed();
    const r = await decrypt(store, s, alice, {
      ciphertextBlob: blob,
      encryptionContext: ec,
      keyId: KEY2_ARN,
    });
    expect(r).toMatchObject({ ok: false, outcome: 'IncorrectKeyException' });
  });
});

describe('InvalidCiphertextException, returned and never thrown', () => {
  it('for a missing, different or extra encryption context', async () => {
    const { store, blob } = await sealed();
    for (const context of <(EncryptionContext | undefined)[]>[
      undefined,
      {},
      { dept: 'it' },
      { ...ec, extra: 'x' },
      { ...ec, dept: 'IT' },
    ]) {
      const r = await decrypt(store, s, alice, {
        ciphertextBlob: blob,
        ...(context ? { encryptionContext: context } : {}),
      });
      expect(r).toMatchObject({ ok: false, outcome: 'InvalidCiphertextException' });
    }
  });

  it('for every single flipped byte of the blob', async () => {
    const { store, blob } = await sealed();
    for (let i = 0; i < blob.length; i++) {
      const bad = blob.slice();
      bad[i] = (bad[i] ?? 0) ^ 0x01;
      const r = await decrypt(store, s, alice, { ciphertextBlob: bad, encryptionContext: ec });
      expect(r.outcome, `byte ${i}`).toBe('InvalidCiphertextException');
    }
  });

  it('for every truncation, and for trailing bytes', async () => {
    const { store, blob } = await sealed();
    for (let n = 1; n < blob.length; n++) {
      const r = await decrypt(store, s, alice, {
        ciphertextBlob: blob.slice(0, n),
        encryptionContext: ec,
      });
      expect(r.outcome, `length ${n}`).toBe('InvalidCiphertextException');
    }
    const longer = new Uint8Array([...blob, 0]);
    expect(
      (await decrypt(store, s, alice, { ciphertextBlob: longer, encryptionContext: ec })).outcome,
    ).toBe('InvalidCiphertextException');
  });

  it('for a blob whose key material this KMS never had', async () => {
    const { blob } = await sealed();
    const r = await decrypt(new KeyMaterialStore(), s, alice, {
      ciphertextBlob: blob,
      encryptionContext: ec,
    });
    expect(r).toMatchObject({ ok: false, outcome: 'InvalidCiphertextException' });
    expect(r.evaluation?.outcome).toBe('Allowed');
  });
});

describe('rotation', () => {
  it('new blobs use the new version; old blobs still decrypt', async () => {
    const { store, blob: old } = await sealed();
    await store.rotate(KEY_ARN);
    const { blob: fresh } = await sealed(store);
    expect(parseBlobHeader(old)?.materialVersion).toBe(1);
    expect(parseBlobHeader(fresh)?.materialVersion).toBe(2);
    for (const b of [old, fresh])
      expect(
        ok(await decrypt(store, s, alice, { ciphertextBlob: b, encryptionContext: ec })).plaintext,
      ).toEqual(text);
  });

  it('random material is non-extractable; demo material keeps its bytes', async () => {
    const store = new KeyMaterialStore();
    expect((await store.current(KEY_ARN)).key.extractable).toBe(false);
    const bytes = new Uint8Array(32).fill(7);
    const demo = await store.addDemoVersion(KEY2_ARN, bytes);
    expect(demo.key.extractable).toBe(false);
    expect(demo.demoBytes).toEqual(bytes);
  });
});

describe('ReEncrypt', () => {
  it('moves a blob to another key and context without returning plaintext', async () => {
    const { store, blob } = await sealed();
    const r = await reEncrypt(store, s, alice, {
      ciphertextBlob: blob,
      sourceEncryptionContext: ec,
      destinationKeyId: KEY2_ARN,
      destinationEncryptionContext: { purpose: 'archive' },
    });
    const value = ok(r);
    expect(Object.keys(value).sort()).toEqual(['ciphertextBlob', 'keyId', 'sourceKeyId']);
    expect(value).toMatchObject({ sourceKeyId: KEY_ARN, keyId: KEY2_ARN });
    const d = await decrypt(store, s, alice, {
      ciphertextBlob: value.ciphertextBlob,
      encryptionContext: { purpose: 'archive' },
    });
    expect(ok(d).plaintext).toEqual(text);
  });

  it('a wrong source context is InvalidCiphertextException; a denied caller gets nothing', async () => {
    const { store, blob } = await sealed();
    const input = {
      ciphertextBlob: blob,
      sourceEncryptionContext: { dept: 'hr' },
      destinationKeyId: KEY2_ARN,
    };
    expect((await reEncrypt(store, s, alice, input)).outcome).toBe('InvalidCiphertextException');
    const denied = await reEncrypt(
      store,
      s,
      { principal: BOB },
      { ...input, sourceEncryptionContext: ec },
    );
    expect(denied).toMatchObject({ ok: false, outcome: 'AccessDeniedException' });
  });
});

describe('GenerateDataKey', () => {
  it('returns a data key of the requested size and its blob, which decrypts to it', async () => {
    const store = new KeyMaterialStore();
    for (const [size, n] of [
      [{ keySpec: 'AES_256' as const }, 32],
      [{ keySpec: 'AES_128' as const }, 16],
      [{ numberOfBytes: 1 }, 1],
      [{ numberOfBytes: 1024 }, 1024],
    ] as const) {
      const k = ok(
        await generateDataKey(store, s, alice, { keyId: KEY_ARN, encryptionContext: ec, ...size }),
      );
      expect(k.plaintext.length).toBe(n);
      const d = await decrypt(store, s, alice, {
        ciphertextBlob: k.ciphertextBlob,
        encryptionContext: ec,
      });
      expect(ok(d).plaintext).toEqual(k.plaintext);
    }
  });

  it('WithoutPlaintext returns only the blob', async () => {
    const store = new KeyMaterialStore();
    const r = ok(
      await generateDataKeyWithoutPlaintext(store, s, alice, {
        keyId: KEY_ARN,
        keySpec: 'AES_256',
      }),
    );
    expect(Object.keys(r).sort()).toEqual(['ciphertextBlob', 'keyId']);
    expect(
      ok(await decrypt(store, s, alice, { ciphertextBlob: r.ciphertextBlob })).plaintext.length,
    ).toBe(32);
  });

  it('is denied for Bob, who may only decrypt', async () => {
    const r = await generateDataKey(
      new KeyMaterialStore(),
      s,
      { principal: BOB },
      { keyId: KEY_ARN, keySpec: 'AES_256' },
    );
    expect(r).toMatchObject({
      ok: false,
      outcome: 'AccessDeniedException',
      evaluation: { decision: 'ImplicitDeny' },
    });
  });
});

describe('KMS limits (ValidationException before authorization)', () => {
  const store = new KeyMaterialStore();
  it.each([0, 4097])('Encrypt of %i bytes', async (n) => {
    const r = await encrypt(store, s, alice, { keyId: KEY_ARN, plaintext: new Uint8Array(n) });
    expect(r).toMatchObject({ ok: false, outcome: 'ValidationException', evaluation: null });
  });

  it('Encrypt of exactly 4096 bytes works', async () => {
    expect(
      (await encrypt(store, s, alice, { keyId: KEY_ARN, plaintext: new Uint8Array(4096) })).ok,
    ).toBe(true);
  });

  it.each([0, 1025, 1.5])('NumberOfBytes %s', async (numberOfBytes) => {
    const r = await generateDataKey(store, s, alice, { keyId: KEY_ARN, numberOfBytes });
    expect(r).toMatchObject({ ok: false, outcome: 'ValidationException' });
  });

  it('KeySpec and NumberOfBytes together, or an unknown KeySpec', async () => {
    const both = { keyId: KEY_ARN, keySpec: 'AES_256', numberOfBytes: 32 } as never;
    expect((await generateDataKey(store, s, alice, both)).outcome).toBe('ValidationException');
    const bad = { keyId: KEY_ARN, keySpec: 'AES_512' } as never;
    expect((await generateDataKey(store, s, alice, bad)).outcome).toBe('ValidationException');
  });

  it('a ciphertext blob over 6144 bytes or empty', async () => {
    for (const n of [0, 6145])
      expect((await decrypt(store, s, alice, { ciphertextBlob: new Uint8Array(n) })).outcome).toBe(
        'ValidationException',
      );
  });
});
