/**
 * Envelope encryption end to end on Node's WebCrypto: GenerateDataKey through the engine, a real
 * Encryption SDK message, decryption allowed for one principal, denied for another, failing for a
 * wrong or tampered context; and the exported message read by the official SDK.
 */
import {
  buildClient,
  CommitmentPolicy,
  RawAesKeyringNode,
  RawAesWrappingSuiteIdentifier,
} from '@aws-crypto/client-node';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../bytes';
import { KeyMaterialStore } from '../keyMaterial';
import { ALICE, BOB, CAROL, KEY_ARN, cryptoScenario } from '../testing/scenario';
import { envelopeDecrypt, envelopeEncrypt, parseKeyName, PLAYGROUND_NAMESPACE } from './envelope';

const s = cryptoScenario();
const data = utf8('a file much larger than a KMS Encrypt call could take. '.repeat(200));
const ec = { dept: 'it', Stage: 'prod' };

async function sealed(store = new KeyMaterialStore()) {
  const r = await envelopeEncrypt(
    store,
    s,
    { principal: ALICE },
    {
      keyId: 'alias/payments',
      plaintext: data,
      encryptionContext: ec,
      frameLength: 1024,
    },
  );
  if (!r.ok) throw new Error(r.message);
  return { store, ...r, message: r.value.message };
}

describe('envelopeEncrypt / envelopeDecrypt', () => {
  it('encrypts under the KMS key and decrypts for an allowed principal', async () => {
    const { store, message, value, evaluation } = await sealed();
    expect(evaluation.request).toBe('GenerateDataKey');
    expect(value.header).toMatchObject({
      suiteId: '0478',
      frameLength: 1024,
      encryptionContext: ec,
    });
    expect(value.header.encryptedDataKeys[0]?.rawAes?.keyName).toBe(`${KEY_ARN}#1`);
    const out = await envelopeDecrypt(store, s, { principal: BOB }, message, { dept: 'it' });
    expect(out.ok && out.value.plaintext).toEqual(data);
    expect(out.evaluation?.outcome).toBe('Allowed');
  });

  it('is denied for a principal without kms:Decrypt, with the engine path', async () => {
    const { store, message } = await sealed();
    const out = await envelopeDecrypt(store, s, { principal: CAROL }, message);
    expect(out).toMatchObject({ ok: false, outcome: 'AccessDeniedException' });
    expect(out.evaluation?.trace.some((t) => t.rule === 'authorizationCheck')).toBe(true);
  });

  it('a denied GenerateDataKey makes no message', async () => {
    const r = await envelopeEncrypt(
      new KeyMaterialStore(),
      s,
      { principal: BOB },
      {
        keyId: KEY_ARN,
        plaintext: data,
      },
    );
    expect(r).toMatchObject({ ok: false, outcome: 'AccessDeniedException' });
  });

  it('a wrong expected context, or a tampered context in the header, fails', async () => {
    const { store, message } = await sealed();
    const wrong = await envelopeDecrypt(store, s, { principal: ALICE }, message, { dept: 'hr' });
    expect(wrong).toMatchObject({
      outcome: 'InvalidCiphertextException',
      envelopeError: 'EncryptionContextMismatch',
    });
    const bad = message.slice();
    bad[bad.indexOf('p'.charCodeAt(0), 35)] = 'q'.charCodeAt(0); // "prod" -> "qrod"
    const tampered = await envelopeDecrypt(store, s, { principal: ALICE }, bad);
    expect(tampered).toMatchObject({
      outcome: 'InvalidCiphertextException',
      envelopeError: 'NoMatchingDataKey',
    });
  });

  it('the signed suite 0x0578 works end to end', async () => {
    const store = new KeyMaterialStore();
    const r = await envelopeEncrypt(
      store,
      s,
      { principal: ALICE },
      {
        keyId: KEY_ARN,
        plaintext: data,
        encryptionContext: ec,
        suiteId: 0x0578,
      },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.header.suiteId).toBe('0578');
    const out = await envelopeDecrypt(store, s, { principal: BOB }, r.value.message, ec);
    expect(out.ok && out.value.plaintext).toEqual(data);
  });

  it('a message from before a rotation still decrypts', async () => {
    const { store, message } = await sealed();
    await store.rotate(KEY_ARN);
    expect((await envelopeDecrypt(store, s, { principal: ALICE }, message)).ok).toBe(true);
  });

  it('an exported message with demo material decrypts with the official SDK', async () => {
    const store = new KeyMaterialStore();
    const demo = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
    await store.addDemoVersion(KEY_ARN, demo);
    const { message } = await sealed(store);
    const keyring = new RawAesKeyringNode({
      keyNamespace: PLAYGROUND_NAMESPACE,
      keyName: `${KEY_ARN}#1`,
      unencryptedMasterKey: new Uint8Array(demo),
      wrappingSuite: RawAesWrappingSuiteIdentifier.AES256_GCM_IV12_TAG16_NO_PADDING,
      utf8Sorting: true,
    });
    const sdk = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
    const out = await sdk.decrypt(keyring, Buffer.from(message));
    expect(new Uint8Array(out.plaintext)).toEqual(data);
  });

  it('key names carry the ARN and the material version', () => {
    expect(parseKeyName(`${KEY_ARN}#12`)).toEqual({ keyArn: KEY_ARN, version: 12 });
    for (const bad of [KEY_ARN, `${KEY_ARN}#0`, `${KEY_ARN}#x`, 'name#1'])
      expect(parseKeyName(bad)).toBeNull();
  });
});
