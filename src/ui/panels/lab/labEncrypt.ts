/**
 * One encryption in the lab: GenerateDataKey through the simulator's call layer (labKms.ts), then
 * the Encryption SDK message made here with that data key and its encrypted data key (small
 * inputs) or by the envelope worker (large ones, given the same keyring); the plaintext data key
 * is zeroed afterwards.
 */
import { encryptMessage, REPORT_HEAD_BYTES, type KmsDataKey } from '../../../crypto';
import type { EvaluationResult } from '../../../engine';
import { labDataKey, type CallKms } from './labKms';
import type { LabInput, LabMessage } from './labState';

/** What became of the data: a message, or where it stopped. */
export interface LabEncryption {
  /** GenerateDataKey's outcome (`Allowed` or KMS's error) and, when it stopped, why. */
  outcome: { ok: boolean; outcome: string; message?: string };
  evaluation: EvaluationResult | null;
  /** The key ARN GenerateDataKey returned. */
  keyId: string | null;
  message: LabMessage | null;
  /** The message's first bytes (the header, the hex view). */
  head: Uint8Array<ArrayBuffer>;
}

/** A message the worker made: its size, first bytes and stored id; or its error. */
export type WorkerMade = { size: number; head: Uint8Array<ArrayBuffer>; stored: number } | string;

/**
 * Encrypts `req.input` as `req.principal` under `req.keyId`; `inWorker` (for large inputs) makes
 * the message in the envelope worker with the keyring it is given.
 */
export async function labEncrypt(
  callKms: CallKms,
  req: LabInput,
  inWorker: ((keyring: KmsDataKey) => Promise<WorkerMade>) | null,
): Promise<LabEncryption> {
  const empty = new Uint8Array(0);
  const dk = await labDataKey(callKms, req.scenario, req);
  if (!dk.ok)
    return { outcome: dk, evaluation: dk.evaluation, keyId: null, message: null, head: empty };
  const base = { evaluation: dk.evaluation, keyId: dk.keyId };
  const stopped = (message: string): LabEncryption => ({
    ...base,
    outcome: { ok: false, outcome: 'Allowed', message },
    message: null,
    head: empty,
  });
  try {
    if (inWorker) {
      const made = await inWorker(dk.keyring);
      if (typeof made === 'string') return stopped(made);
      const message = { size: made.size, blob: null, stored: made.stored };
      return { ...base, outcome: { ok: true, outcome: 'Allowed' }, message, head: made.head };
    }
    const bytes = await encryptMessage({
      keyring: dk.keyring,
      plaintext: new Uint8Array(await req.input.arrayBuffer()),
      encryptionContext: req.context,
      suiteId: req.suiteId,
      ...(dk.signer ? { signer: dk.signer } : {}),
    });
    return {
      ...base,
      outcome: { ok: true, outcome: 'Allowed' },
      message: { size: bytes.length, blob: new Blob([bytes]), stored: null },
      head: bytes.slice(0, REPORT_HEAD_BYTES),
    };
  } catch (e) {
    return stopped(e instanceof Error ? e.message : String(e));
  } finally {
    dk.keyring.dataKey.fill(0);
  }
}
