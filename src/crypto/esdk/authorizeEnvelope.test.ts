/**
 * authorizeEnvelope: the checks before unwrapping, on the header alone (what the lab does before
 * decrypting a large message in the worker), then the returned keyring decrypts the message.
 */
import { expect, it } from 'vitest';
import { utf8 } from '../bytes';
import { KeyMaterialStore } from '../keyMaterial';
import { ALICE, BOB, CAROL, KEY_ARN, cryptoScenario } from '../testing/scenario';
import { authorizeEnvelope, envelopeEncrypt } from './envelope';
import { decryptMessage } from './message';

it('authorizes from the header, denies, checks the context and gives the keyring', async () => {
  const s = cryptoScenario();
  const store = new KeyMaterialStore();
  const data = utf8('x'.repeat(5000));
  const r = await envelopeEncrypt(
    store,
    s,
    { principal: ALICE },
    { keyId: KEY_ARN, plaintext: data, encryptionContext: { dept: 'it' }, frameLength: 512 },
  );
  if (!r.ok) throw new Error(r.message);
  const head = r.value.message.subarray(0, r.value.header.headerLength);

  const allowed = authorizeEnvelope(store, s, { principal: BOB }, head, { dept: 'it' });
  if (!('keyring' in allowed)) throw new Error(allowed.message);
  expect(allowed.keyId).toBe(KEY_ARN);
  expect(allowed.keyring.keyName).toBe(`${KEY_ARN}#1`);
  expect(allowed.evaluation.outcome).toBe('Allowed');
  const out = await decryptMessage(r.value.message, allowed.keyring);
  expect(out.ok && out.plaintext).toEqual(data);

  expect(authorizeEnvelope(store, s, { principal: CAROL }, head)).toMatchObject({
    ok: false,
    outcome: 'AccessDeniedException',
  });
  expect(authorizeEnvelope(store, s, { principal: BOB }, head, { dept: 'hr' })).toMatchObject({
    ok: false,
    outcome: 'InvalidCiphertextException',
    envelopeError: 'EncryptionContextMismatch',
  });
  expect(authorizeEnvelope(store, s, { principal: BOB }, head.subarray(0, 20))).toMatchObject({
    envelopeError: 'NotAPlaygroundMessage',
  });
});
