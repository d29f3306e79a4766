/**
 * The envelope lab's KMS calls, made through the store's `callKms`, i.e. the simulator's one
 * operation layer (engine, crypto port, audit), exactly as a console line makes them:
 * GenerateDataKey for a new message's data key (the Encryption SDK's AWS KMS keyring as
 * generator), Decrypt of a message's aws-kms encrypted data key. A KMS failure is KMS's error in
 * the console's words; the audit trail holds each call once, with its outcome.
 */
import {
  contextProblem,
  demoKeyring,
  describeHeader,
  fromBase64,
  fromHex,
  KMS_PROVIDER_ID,
  kmsEncryptedDataKey,
  newSigner,
  parseBlobHeader,
  PUBLIC_KEY_CONTEXT_KEY,
  SIGNED_SUITE_ID,
  toBase64,
  type EncryptionContext,
  type KmsDataKey,
  type RawAesKeyring,
  type Signer,
  type SuiteId,
} from '../../../crypto';
import type { EvaluationResult } from '../../../engine';
import type { Json, Scenario } from '../../../scenario/types';
import { formatError, type CallResult } from '../../../simulator';

/** The store's KMS call (AppState['callKms']). */
export type CallKms = (
  caller: string,
  operation: string,
  params: Record<string, Json>,
) => Promise<CallResult>;

/** Why the lab stopped: KMS's error, or the message's own check (`envelopeError`). */
export interface LabFailure {
  ok: false;
  /** The KMS error code, or `InvalidCiphertextException` for a message that does not decrypt. */
  outcome: string;
  /** The console's error line for a KMS error; else what went wrong. */
  message: string;
  /** The call's decision; null when KMS was not called or did not decide. */
  evaluation: EvaluationResult | null;
  envelopeError?: string;
}

/** A failure of the message itself (KMS not called, or it allowed the Decrypt). */
export function envelopeFailure(
  envelopeError: string,
  evaluation: EvaluationResult | null,
): LabFailure {
  const message = `The message did not decrypt (${envelopeError}).`;
  return { ok: false, outcome: 'InvalidCiphertextException', message, evaluation, envelopeError };
}

function kmsFailure(operation: string, r: CallResult): LabFailure {
  const code = r.error?.code ?? 'KMSInternalException';
  return {
    ok: false,
    outcome: code,
    message: formatError(code, operation, r.error?.message ?? ''),
    evaluation: r.evaluation ?? null,
  };
}

const withContext = (context: EncryptionContext): Record<string, Json> =>
  Object.keys(context).length > 0 ? { EncryptionContext: context } : {};

/** The raw AES keyring over the demo material (DEMO ONLY) that sealed `blob`, if its key has it. */
async function demoWrapping(scenario: Scenario, blob: Uint8Array): Promise<RawAesKeyring | null> {
  const header = parseBlobHeader(blob);
  const key = header && scenario.keys.find((k) => k.arn === header.keyArn);
  const hex = header && key?.demoMaterial?.[header.materialVersion - 1];
  const bytes = hex ? fromHex(hex) : null;
  if (!header || bytes?.length !== 32) return null;
  return demoKeyring(header.keyArn, header.materialVersion, bytes);
}

/** A data key for a new message, as GenerateDataKey returned it. */
export interface LabDataKey {
  ok: true;
  /** The data key and its aws-kms encrypted data key; the caller zeroes `dataKey` after use. */
  keyring: KmsDataKey;
  /** The key ARN KMS returned. */
  keyId: string;
  /** 0x0578: the signing key whose public key is in GenerateDataKey's encryption context. */
  signer: Signer | null;
  evaluation: EvaluationResult | null;
}

/**
 * GenerateDataKey (KeySpec AES_256) as `principal`, with the message's encryption context: for
 * 0x0578 it includes the signing public key, as the Encryption SDK's context does. A key with demo
 * material also gets a raw AES encrypted data key under it (for the export to the official SDK).
 */
export async function labDataKey(
  callKms: CallKms,
  scenario: Scenario,
  input: { principal: string; keyId: string; context: EncryptionContext; suiteId: SuiteId },
): Promise<LabDataKey | LabFailure> {
  // The message could not carry this context: say so before asking KMS for anything.
  const tooLarge = contextProblem(input.context);
  if (tooLarge)
    return { ok: false, outcome: 'ValidationException', message: tooLarge, evaluation: null };
  const signer = input.suiteId === SIGNED_SUITE_ID ? await newSigner() : null;
  const context = signer
    ? { ...input.context, [PUBLIC_KEY_CONTEXT_KEY]: toBase64(signer.publicKey) }
    : input.context;
  const r = await callKms(input.principal, 'GenerateDataKey', {
    KeyId: input.keyId,
    KeySpec: 'AES_256',
    ...withContext(context),
  });
  if (r.error) return kmsFailure('GenerateDataKey', r);
  const dataKey = fromBase64(String(r.response?.['Plaintext'] ?? ''));
  const blob = fromBase64(String(r.response?.['CiphertextBlob'] ?? ''));
  const keyId = String(r.response?.['KeyId'] ?? '');
  const evaluation = r.evaluation ?? null;
  if (!dataKey || !blob)
    return { ok: false, outcome: 'Allowed', message: 'No data key came back.', evaluation };
  const demo = await demoWrapping(scenario, blob);
  const keyring: KmsDataKey = {
    dataKey,
    encryptedDataKey: kmsEncryptedDataKey(keyId, blob),
    ...(demo ? { alsoWrap: [demo] } : {}),
  };
  return { ok: true, keyring, keyId, signer, evaluation };
}

/** A message's data key, as Decrypt returned it. */
export interface LabOpened {
  ok: true;
  /** The data key; the caller zeroes `dataKey` after use. */
  keyring: KmsDataKey;
  keyId: string;
  /** The encryption context in the message's header (sent with Decrypt). */
  context: EncryptionContext;
  evaluation: EvaluationResult | null;
}

/**
 * Decrypt of the message's aws-kms encrypted data key as `principal`, with the encryption context
 * of the message's header (`head`: at least the header's bytes). Without a header or an aws-kms
 * encrypted data key there is nothing to send to KMS: the message's failure, no call.
 */
export async function labOpenDataKey(
  callKms: CallKms,
  principal: string,
  head: Uint8Array,
): Promise<LabOpened | LabFailure> {
  const header = describeHeader(head);
  if (!header) return envelopeFailure('MalformedHeader', null);
  const edk = header.encryptedDataKeys.find((k) => k.providerId === KMS_PROVIDER_ID);
  const blob = edk && fromHex(edk.ciphertextHex);
  if (!blob) return envelopeFailure('NoMatchingDataKey', null);
  const context = header.encryptionContext;
  const r = await callKms(principal, 'Decrypt', {
    CiphertextBlob: toBase64(blob),
    ...withContext(context),
  });
  if (r.error) return kmsFailure('Decrypt', r);
  const dataKey = fromBase64(String(r.response?.['Plaintext'] ?? ''));
  const evaluation = r.evaluation ?? null;
  if (!dataKey) return envelopeFailure('NoMatchingDataKey', evaluation);
  const keyId = String(r.response?.['KeyId'] ?? '');
  return { ok: true, keyring: { dataKey }, keyId, context, evaluation };
}
