/**
 * Encrypt, GenerateDataKey and GenerateDataKeyWithoutPlaintext of the simulated KMS: validate the
 * input, let the engine decide, and only on `Allowed` touch key material.
 */
import type { Scenario } from '../scenario/types';
import { authorize, checkedKeyArn, type KmsCall } from './authorize';
import { sealBlob } from './blob';
import type { Bytes } from './bytes';
import type { EncryptionContext } from './encryptionContext';
import type { KeyMaterialStore } from './keyMaterial';
import {
  fail,
  type DataKeyOutput,
  type DataKeySize,
  type DataKeyWithoutPlaintextOutput,
  type EncryptOutput,
  type KmsCaller,
  type KmsResult,
} from './kmsTypes';
import { dataKeyBytes, dataKeyParameters, lengthProblem, MAX_PLAINTEXT_BYTES } from './limits';

/** Shared by every operation that seals something under the request's key. */
async function sealUnderKey(
  store: KeyMaterialStore,
  scenario: Scenario,
  caller: KmsCaller,
  call: KmsCall,
  plaintext: Uint8Array,
): Promise<KmsResult<EncryptOutput>> {
  const evaluation = authorize(scenario, caller, call);
  if (evaluation.outcome !== 'Allowed')
    return fail(evaluation.outcome, evaluation.message ?? evaluation.outcome, evaluation);
  const keyId = checkedKeyArn(evaluation);
  if (!keyId) return fail('NotFoundException', `Key '${call.key}' does not exist`, evaluation);
  const material = await store.current(keyId);
  const ciphertextBlob = await sealBlob(keyId, material, plaintext, call.encryptionContext ?? {});
  return { ok: true, outcome: 'Allowed', evaluation, value: { ciphertextBlob, keyId } };
}

/** Encrypt input. */
export interface EncryptInput {
  /** Key id, key ARN, alias name or alias ARN. */
  keyId: string;
  /** 1 to 4096 bytes. */
  plaintext: Uint8Array;
  encryptionContext?: EncryptionContext;
}

/** KMS Encrypt: up to 4 KB of plaintext under the key's current material version. */
export async function encrypt(
  store: KeyMaterialStore,
  scenario: Scenario,
  caller: KmsCaller,
  input: EncryptInput,
): Promise<KmsResult<EncryptOutput>> {
  const problem = lengthProblem('plaintext', input.plaintext.length, MAX_PLAINTEXT_BYTES);
  if (problem) return fail('ValidationException', problem);
  const call = { action: 'kms:Encrypt', key: input.keyId, ...ctx(input.encryptionContext) };
  return sealUnderKey(store, scenario, caller, call, input.plaintext);
}

/** GenerateDataKey input. */
export type DataKeyInput = {
  keyId: string;
  encryptionContext?: EncryptionContext;
} & DataKeySize;

/** KMS GenerateDataKey: a random data key, in plaintext and encrypted under the KMS key. */
export async function generateDataKey(
  store: KeyMaterialStore,
  scenario: Scenario,
  caller: KmsCaller,
  input: DataKeyInput,
): Promise<KmsResult<DataKeyOutput>> {
  return dataKey(store, scenario, caller, input, 'kms:GenerateDataKey');
}

/** KMS GenerateDataKeyWithoutPlaintext: only the encrypted data key leaves the call. */
export async function generateDataKeyWithoutPlaintext(
  store: KeyMaterialStore,
  scenario: Scenario,
  caller: KmsCaller,
  input: DataKeyInput,
): Promise<KmsResult<DataKeyWithoutPlaintextOutput>> {
  const r = await dataKey(store, scenario, caller, input, 'kms:GenerateDataKeyWithoutPlaintext');
  if (!r.ok) return r;
  const { plaintext, ...value } = r.value;
  plaintext.fill(0);
  return { ...r, value };
}

async function dataKey(
  store: KeyMaterialStore,
  scenario: Scenario,
  caller: KmsCaller,
  input: DataKeyInput,
  action: string,
): Promise<KmsResult<DataKeyOutput>> {
  const n = dataKeyBytes(input);
  if (typeof n === 'string') return fail('ValidationException', n);
  const call: KmsCall = {
    action,
    key: input.keyId,
    ...ctx(input.encryptionContext),
    parameters: dataKeyParameters(input),
  };
  const plaintext: Bytes = globalThis.crypto.getRandomValues(new Uint8Array(n));
  const r = await sealUnderKey(store, scenario, caller, call, plaintext);
  if (!r.ok) plaintext.fill(0);
  return r.ok ? { ...r, value: { ...r.value, plaintext } } : r;
}

function ctx(encryptionContext: EncryptionContext | undefined) {
  return encryptionContext === undefined ? {} : { encryptionContext };
}
