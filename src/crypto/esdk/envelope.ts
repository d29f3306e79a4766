/**
 * Envelope encryption through the simulated KMS: GenerateDataKey (authorized by the engine) gives
 * a plaintext data key; it encrypts the data locally into an Encryption SDK message whose encrypted
 * data key is wrapped by a raw AES keyring under the KMS key's material; the plaintext data key is
 * then discarded. Decryption is authorized as kms:Decrypt on the key the message names, with the
 * message's encryption context, before the data key is unwrapped.
 *
 * Raw AES keyring naming: namespace `kms-playground`, key name `<key ARN>#<material version>`, so
 * the official SDK can read an exported message given the demo material of that version.
 */
import type { EvaluationResult } from '../../engine';
import type { Scenario } from '../../scenario/types';
import { authorize } from '../authorize';
import type { Bytes } from '../bytes';
import { contextProblem, type EncryptionContext } from '../encryptionContext';
import { generateDataKey } from '../encrypt';
import type { KeyMaterialStore, MaterialVersion } from '../keyMaterial';
import { fail, type KmsCaller, type KmsFailure, type KmsResult } from '../kmsTypes';
import { describeHeader, type MessageHeaderView } from './headerView';
import { decryptMessage, encryptMessage, type MessageError } from './message';
import type { RawAesKeyring } from './rawAesKeyring';
import type { SuiteId } from './suite';

/** The key namespace (provider ID) of every message the playground makes. */
export const PLAYGROUND_NAMESPACE = 'kms-playground';

/** The raw AES keyring over one material version of a KMS key. */
export function keyringFor(keyArn: string, material: MaterialVersion): RawAesKeyring {
  return {
    keyNamespace: PLAYGROUND_NAMESPACE,
    keyName: `${keyArn}#${material.version}`,
    wrappingKey: material.key,
  };
}

/** Splits a playground key name into ARN and material version; null for other names. */
export function parseKeyName(name: string): { keyArn: string; version: number } | null {
  const m = /^(arn:[^#]+)#([1-9][0-9]{0,8})$/.exec(name);
  return m?.[1] && m[2] ? { keyArn: m[1], version: Number(m[2]) } : null;
}

/** What envelopeEncrypt returns. */
export interface EnvelopeOutput {
  /** The Encryption SDK message. */
  message: Bytes;
  /** Its parsed header, JSON-safe. */
  header: MessageHeaderView;
  /** ARN of the KMS key that wraps the data key. */
  keyId: string;
}

/** Encrypts data of any size under a KMS key, the way the Encryption SDK does. */
export async function envelopeEncrypt(
  store: KeyMaterialStore,
  scenario: Scenario,
  caller: KmsCaller,
  input: {
    keyId: string;
    plaintext: Uint8Array;
    encryptionContext?: EncryptionContext;
    frameLength?: number;
    /** 0x0478 (default) or 0x0578 (ECDSA P-384 signed). */
    suiteId?: SuiteId;
  },
): Promise<KmsResult<EnvelopeOutput>> {
  const context = input.encryptionContext ?? {};
  // The message could not carry this context: say so before asking KMS for anything.
  const problem = contextProblem(context);
  if (problem) return fail('ValidationException', problem);
  const dk = await generateDataKey(store, scenario, caller, {
    keyId: input.keyId,
    keySpec: 'AES_256',
    encryptionContext: context,
  });
  if (!dk.ok) return dk;
  try {
    const keyId = dk.value.keyId;
    const keyring = keyringFor(keyId, await store.current(keyId));
    const message = await encryptMessage({
      keyring,
      plaintext: input.plaintext,
      encryptionContext: context,
      dataKey: dk.value.plaintext,
      ...(input.frameLength === undefined ? {} : { frameLength: input.frameLength }),
      ...(input.suiteId === undefined ? {} : { suiteId: input.suiteId }),
    });
    const header = describeHeader(message) as MessageHeaderView;
    return { ...dk, value: { message, header, keyId } };
  } catch (e) {
    return fail('ValidationException', e instanceof Error ? e.message : String(e), dk.evaluation);
  } finally {
    dk.value.plaintext.fill(0);
  }
}

/** What envelopeDecrypt returns. */
export interface EnvelopeDecryptOutput {
  plaintext: Bytes;
  header: MessageHeaderView;
  keyId: string;
}

/** Why an envelope did not decrypt, beyond the KMS outcome. */
export type EnvelopeError = MessageError | 'EncryptionContextMismatch' | 'NotAPlaygroundMessage';

/** The result of envelopeDecrypt; failures name the check that failed, if it was the message's. */
export type EnvelopeDecryptResult = KmsResult<EnvelopeDecryptOutput> & {
  envelopeError?: EnvelopeError;
};

/** A failed envelope decryption. */
export type EnvelopeFailure = KmsFailure & { envelopeError?: EnvelopeError };

function invalid(
  envelopeError: EnvelopeError,
  evaluation: EvaluationResult | null,
): EnvelopeFailure {
  const message = `The message did not decrypt (${envelopeError}).`;
  return { ...fail('InvalidCiphertextException', message, evaluation), envelopeError };
}

/** What authorizeEnvelope returns when the engine allows: the keyring to decrypt with. */
export interface AuthorizedEnvelope {
  header: MessageHeaderView;
  keyId: string;
  keyring: RawAesKeyring;
  evaluation: EvaluationResult;
}

/**
 * The checks before a message's data key is unwrapped: the header (a prefix of the message is
 * enough) must name a playground key, the engine must allow kms:Decrypt on it with the message's
 * encryption context, `expectedContext` must be contained in it and the material version must
 * exist. For large messages decrypted elsewhere (the envelope worker) with the returned keyring.
 */
export function authorizeEnvelope(
  store: KeyMaterialStore,
  scenario: Scenario,
  caller: KmsCaller,
  headerBytes: Uint8Array,
  expectedContext?: EncryptionContext,
): EnvelopeFailure | AuthorizedEnvelope {
  const header = describeHeader(headerBytes);
  const raw = header?.encryptedDataKeys.find((k) => k.providerId === PLAYGROUND_NAMESPACE)?.rawAes;
  const ref = raw && parseKeyName(raw.keyName);
  if (!header || !ref || !scenario.keys.some((k) => k.arn === ref.keyArn))
    return invalid('NotAPlaygroundMessage', null);
  const context = header.encryptionContext;
  const evaluation = authorize(scenario, caller, {
    action: 'kms:Decrypt',
    encryptionContext: context,
    parameters: { CiphertextBlob: { key: ref.keyArn } },
  });
  if (evaluation.outcome !== 'Allowed')
    return fail(evaluation.outcome, evaluation.message ?? evaluation.outcome, evaluation);
  if (expectedContext && Object.entries(expectedContext).some(([k, v]) => context[k] !== v))
    return invalid('EncryptionContextMismatch', evaluation);
  const material = store.get(ref.keyArn, ref.version);
  if (!material) return invalid('NoMatchingDataKey', evaluation);
  return { header, keyId: ref.keyArn, keyring: keyringFor(ref.keyArn, material), evaluation };
}

/**
 * Decrypts a playground message as `caller`. The engine decides kms:Decrypt on the key the message
 * names, with the message's encryption context, before anything is unwrapped. `expectedContext`,
 * when given, must be contained in the message's context (the check an SDK caller should make).
 */
export async function envelopeDecrypt(
  store: KeyMaterialStore,
  scenario: Scenario,
  caller: KmsCaller,
  message: Uint8Array,
  expectedContext?: EncryptionContext,
): Promise<EnvelopeDecryptResult> {
  const opened = authorizeEnvelope(store, scenario, caller, message, expectedContext);
  if (!('keyring' in opened)) return opened;
  const { header, keyId, keyring, evaluation } = opened;
  const out = await decryptMessage(message, keyring);
  if (!out.ok) return invalid(out.error, evaluation);
  const value = { plaintext: out.plaintext, header, keyId };
  return { ok: true, outcome: 'Allowed', evaluation, value };
}
