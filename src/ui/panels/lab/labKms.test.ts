/**
 * The envelope lab calls KMS through the simulator's one operation layer (the store's callKms:
 * engine, the real WebCrypto port, audit), so its messages, errors and audit records are the
 * console's: the encrypted data key of a lab message decrypts with `aws kms decrypt`, a denied
 * call says what the console says, and each call is in the audit trail once. Real crypto, no mocks.
 */
import {
  buildClient,
  CommitmentPolicy,
  RawAesKeyringNode,
  RawAesWrappingSuiteIdentifier,
} from '@aws-crypto/client-node';
import { describe, expect, it } from 'vitest';
import {
  decryptMessage as openMessage,
  describeHeader,
  fromBase64,
  fromHex,
  PLAYGROUND_NAMESPACE,
  SIGNED_SUITE_ID,
  SUITE_ID,
  toBase64,
  type SuiteId,
} from '../../../crypto';
import { ALICE, BOB, KEY_ARN, fixture } from '../../../simulator/testing';
import { auditTrail, runLine, simulatorStore, testStore } from '../../../state/testing';
import type { AppStore } from '../../../state';
import { decryptMessage } from './labDecrypt';
import { demoWrappingKey } from './labDemoKey';
import { labEncrypt } from './labEncrypt';
import { flipByte } from './labModel';
import type { Encrypted, LabInput, LabMessage } from './labState';

const EC = { purpose: 'lab' };
const TEXT = 'Order 1001: 3 widgets';
const noWorker = {
  run: () => Promise.reject(new Error('small messages never go to the worker')),
};

async function encryptAs(s: AppStore, principal: string, suiteId: SuiteId = SUITE_ID) {
  const { scenario, callKms } = s.getState();
  const req = {
    scenario,
    input: new Blob([TEXT]),
    keyId: KEY_ARN,
    principal,
    context: EC,
    suiteId,
  };
  return labEncrypt(callKms, req, null);
}

/** The lab's state after an encryption that made a message. */
function made(r: Awaited<ReturnType<typeof encryptAs>>): Encrypted & { message: LabMessage } {
  if (!r.message) throw new Error(r.outcome.message ?? r.outcome.outcome);
  return {
    steps: [],
    evaluation: r.evaluation,
    trace: null,
    message: r.message,
    head: r.head,
    originalHead: r.head.slice(),
    keyId: r.keyId,
    context: EC,
  };
}

const bytesOf = async (m: LabMessage) => new Uint8Array(await (m.blob ?? new Blob()).arrayBuffer());
const events = (s: AppStore) => auditTrail(s).map((e) => [e['eventName'], e['errorCode'] ?? null]);

function decryptAs(s: AppStore, e: Encrypted & { message: LabMessage }, principal: string) {
  return decryptMessage(e, e.message, principal, EC, {
    jobs: noWorker,
    callKms: s.getState().callKms,
  });
}

describe('the envelope lab through the simulator call layer', () => {
  it('a lab message’s encrypted data key decrypts with the console’s aws kms decrypt, and that data key opens the message', async () => {
    const s = simulatorStore();
    const e = made(await encryptAs(s, ALICE));
    expect(e.keyId).toBe(KEY_ARN);
    const message = await bytesOf(e.message);
    const header = describeHeader(message);
    // One encrypted data key, as the AWS KMS keyring writes it: provider aws-kms, info the key ARN.
    expect(header?.encryptedDataKeys.map((k) => k.providerId)).toEqual(['aws-kms']);
    const edk = header!.encryptedDataKeys[0]!;
    expect(new TextDecoder().decode(fromHex(edk.providerInfoHex)!)).toBe(KEY_ARN);

    const blob = toBase64(fromHex(edk.ciphertextHex)!);
    const line = `aws kms decrypt --ciphertext-blob ${blob} --encryption-context purpose=lab`;
    const entry = await runLine(s, line);
    expect(entry.isError).toBe(false);
    const response = JSON.parse(entry.output) as { KeyId: string; Plaintext: string };
    expect(response.KeyId).toBe(KEY_ARN);
    const opened = await openMessage(message, { dataKey: fromBase64(response.Plaintext)! });
    expect(opened.ok && new TextDecoder().decode(opened.plaintext)).toBe(TEXT);

    // The lab's own decryption, allowed for Alice, with the decision the engine made.
    const mine = await decryptAs(s, e, ALICE);
    expect([mine.ok, mine.text, mine.evaluation?.outcome]).toEqual([true, TEXT, 'Allowed']);
    // The lab's GenerateDataKey and Decrypt are in the trail once each, beside the console's call.
    expect(events(s)).toEqual([
      ['GenerateDataKey', null],
      ['Decrypt', null],
      ['Decrypt', null],
    ]);
    expect(auditTrail(s)[2]?.['requestParameters']).toMatchObject({ encryptionContext: EC });
  });

  it('a denied GenerateDataKey and a denied Decrypt say what the console says for the same caller', async () => {
    const s = simulatorStore();
    const denied = await encryptAs(s, BOB);
    expect(denied.message).toBeNull();
    expect(denied.evaluation?.outcome).toBe('AccessDeniedException');
    const line = `aws kms generate-data-key --key-id ${KEY_ARN} --key-spec AES_256 --encryption-context purpose=lab --profile Bob`;
    const console = await runLine(s, line);
    expect(console.isError).toBe(true);
    expect(denied.outcome).toMatchObject({ ok: false, outcome: 'AccessDeniedException' });
    expect(denied.outcome.message).toBe(console.output);

    const e = made(await encryptAs(s, ALICE));
    const byBob = await decryptAs(s, e, BOB);
    expect(byBob.ok).toBe(false);
    const edk = describeHeader(e.head)!.encryptedDataKeys[0]!;
    const blob = toBase64(fromHex(edk.ciphertextHex)!);
    const bobLine = `aws kms decrypt --ciphertext-blob ${blob} --encryption-context purpose=lab --profile Bob`;
    expect(byBob.text).toBe((await runLine(s, bobLine)).output);
    expect(byBob.text).toContain('(AccessDeniedException) when calling the Decrypt operation');
    expect(byBob.evaluation?.outcome).toBe('AccessDeniedException');
    expect(events(s)).toEqual([
      ['GenerateDataKey', 'AccessDeniedException'],
      ['GenerateDataKey', 'AccessDeniedException'],
      ['GenerateDataKey', null],
      ['Decrypt', 'AccessDeniedException'],
      ['Decrypt', 'AccessDeniedException'],
    ]);
  });

  it('a changed body fails after an allowed (and audited) Decrypt; a changed context is KMS’s InvalidCiphertextException', async () => {
    const s = simulatorStore();
    const e = made(await encryptAs(s, ALICE));
    const last = e.message.size - 1;
    const body = { ...e, head: flipByte(e.head, last) };
    const broken = await decryptAs(s, body, ALICE);
    expect(broken.ok).toBe(false);
    expect(broken.text).toMatch(/^InvalidCiphertextException \(FrameAuthenticationFailed\)/);
    expect(broken.evaluation?.outcome).toBe('Allowed');

    // The context's value 'lab' is in the header: one bit of it changed.
    const at = Buffer.from(e.head).indexOf('lab');
    expect(at).toBeGreaterThan(0);
    const context = { ...e, head: flipByte(e.head, at) };
    const refused = await decryptAs(s, context, ALICE);
    expect(refused.text).toMatch(
      /^An error occurred \(InvalidCiphertextException\) when calling the Decrypt operation/,
    );

    const other = await decryptMessage(
      e,
      e.message,
      ALICE,
      { purpose: 'other' },
      {
        jobs: noWorker,
        callKms: s.getState().callKms,
      },
    );
    expect(other.text).toMatch(/^InvalidCiphertextException \(EncryptionContextMismatch\)/);
    expect(events(s)).toEqual([
      ['GenerateDataKey', null],
      ['Decrypt', null],
      ['Decrypt', 'InvalidCiphertextException'],
      ['Decrypt', null],
    ]);
  });

  it('the signed suite 0x0578: GenerateDataKey’s context carries the public key, as the message’s does', async () => {
    const s = simulatorStore();
    const e = made(await encryptAs(s, ALICE, SIGNED_SUITE_ID));
    expect(describeHeader(e.head)?.suiteId).toBe('0578');
    const sent = auditTrail(s)[0]?.['requestParameters'] as { encryptionContext: object };
    expect(Object.keys(sent.encryptionContext).sort()).toEqual([
      'aws-crypto-public-key',
      'purpose',
    ]);
    expect((await decryptAs(s, e, ALICE)).text).toBe(TEXT);
  });

  it('a context the message cannot carry is refused before any call', async () => {
    const s = simulatorStore();
    const { scenario, callKms } = s.getState();
    const context = { big: 'x'.repeat(70_000) };
    const req: LabInput = {
      scenario,
      input: new Blob(['x']),
      keyId: KEY_ARN,
      principal: ALICE,
      context,
      suiteId: SUITE_ID,
    };
    const r = await labEncrypt(callKms, req, null);
    expect(r.outcome).toMatchObject({ ok: false, outcome: 'ValidationException' });
    expect(r.outcome.message).toMatch(/65535 bytes/);
    expect(auditTrail(s)).toEqual([]);
  });

  it('with demo material the data key is also wrapped for the official SDK, which decrypts the export', async () => {
    const demo = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
    const scenario = fixture().scenario;
    scenario.keys = scenario.keys.map((k) =>
      k.arn === KEY_ARN
        ? {
            ...k,
            demoMaterial: [Array.from(demo, (b) => b.toString(16).padStart(2, '0')).join('')],
          }
        : k,
    );
    const { store: s } = testStore({ scenario });
    const e = made(await encryptAs(s, ALICE));
    const header = describeHeader(e.head);
    expect(header?.encryptedDataKeys.map((k) => k.providerId)).toEqual([
      'aws-kms',
      PLAYGROUND_NAMESPACE,
    ]);
    const wrapping = demoWrappingKey(s.getState().scenario, header);
    expect(wrapping?.keyName).toBe(`${KEY_ARN}#1`);
    const keyring = new RawAesKeyringNode({
      keyNamespace: PLAYGROUND_NAMESPACE,
      keyName: wrapping!.keyName,
      unencryptedMasterKey: new Uint8Array(fromHex(wrapping!.hex)!),
      wrappingSuite: RawAesWrappingSuiteIdentifier.AES256_GCM_IV12_TAG16_NO_PADDING,
      utf8Sorting: true,
    });
    const sdk = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
    const out = await sdk.decrypt(keyring, Buffer.from(await bytesOf(e.message)));
    expect(new TextDecoder().decode(out.plaintext)).toBe(TEXT);
    // Without demo material there is nothing to export.
    expect(demoWrappingKey(fixture().scenario, header)).toBeNull();
  });
});
