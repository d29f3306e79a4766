/**
 * The envelope lab's actions: encrypt (GenerateDataKey through the simulator's call layer, then
 * the message made locally, in the envelope worker for large inputs), tamper with the message's
 * first bytes, and decrypt as any caller (Decrypt through the same layer). The cryptography is
 * src/crypto's, the KMS calls the store's (callKms); this only sequences them.
 */
import { useRef, useState } from 'react';
import { describeHeader, type EncryptionContext, type KmsDataKey } from '../../../crypto';
import { useAppStore } from '../../../state';
import { decryptMessage, patched } from './labDecrypt';
import { labEncrypt, type WorkerMade } from './labEncrypt';
import { encryptTrace, traceSteps } from './labTrace';
import {
  encryptSteps,
  flipByte,
  LAB_CHUNK_SIZE,
  LAB_FRAME_LENGTH,
  WORKER_THRESHOLD,
} from './labModel';
import type { Decrypted, Encrypted, LabInput } from './labState';
import { useEnvelopeWorker } from './useEnvelopeWorker';

const GENERATE_DATA_KEY =
  'KMS returns a 256-bit data key in plaintext and encrypted under the KMS key.';

export function useLab() {
  const jobs = useEnvelopeWorker();
  const [encrypted, setEncrypted] = useState<Encrypted | null>(null);
  const [decrypted, setDecrypted] = useState<Decrypted | null>(null);
  const [busy, setBusy] = useState<'encrypt' | 'decrypt' | null>(null);
  const generation = useRef(0);
  // Every KMS call the lab makes goes through the simulator's call layer, audited there.
  const callKms = useAppStore((s) => s.callKms);
  /** The worker's stored message the lab shows, released when replaced. */
  const kept = useRef<number | null>(null);

  /** The message as it stands, as a Blob (built now for a stored one), or why there is none. */
  async function currentMessage(): Promise<Blob | string | null> {
    const e = encrypted;
    if (!e?.message) return null;
    if (e.message.blob) return patched(e, e.message.blob);
    if (e.message.stored === null) return null;
    return jobs.exportMessage({ stored: e.message.stored, head: e.head });
  }

  async function encrypt(req: LabInput): Promise<void> {
    const gen = ++generation.current;
    setBusy('encrypt');
    setDecrypted(null);
    try {
      const size = req.input.size;
      const large = size >= WORKER_THRESHOLD;
      // A large input: the worker forgets the previous message first, so that two large messages
      // are never held at once (the new outcome replaces it on screen in any case).
      if (large && kept.current !== null) {
        jobs.release(kept.current);
        kept.current = null;
        setEncrypted(null);
      }
      const inWorker = large
        ? async (keyring: KmsDataKey): Promise<WorkerMade> => {
            const r = await jobs.run({
              type: 'encrypt',
              input: req.input,
              keyring,
              encryptionContext: req.context,
              frameLength: LAB_FRAME_LENGTH,
              chunkSize: LAB_CHUNK_SIZE,
            });
            if (r.type === 'done') return { size: r.size, head: r.head, stored: r.id };
            return r.type === 'error' ? r.error : 'Cancelled.';
          }
        : null;
      const r = await labEncrypt(callKms, req, inWorker);
      const { message, outcome, evaluation } = r;
      if (gen !== generation.current) {
        if (message?.stored != null) jobs.release(message.stored);
        return;
      }
      if (kept.current !== null) jobs.release(kept.current);
      kept.current = message?.stored ?? null;
      const trace = encryptTrace(evaluation, {
        plaintextBytes: size,
        messageBytes: message ? message.size : null,
        error: outcome.ok ? null : (outcome.message ?? outcome.outcome),
      });
      setEncrypted({
        // The steps as the trace has them; the bare list when GenerateDataKey was not evaluated.
        steps: trace
          ? traceSteps(trace, 'GenerateDataKey', GENERATE_DATA_KEY)
          : encryptSteps(outcome, size, message ? message.size : null),
        trace,
        evaluation,
        message,
        head: r.head,
        originalHead: r.head.slice(),
        keyId: r.keyId,
        context: req.context,
      });
    } finally {
      if (gen === generation.current) setBusy(null);
    }
  }

  /** Flips the lowest bit of byte `index` of the message (again to undo). */
  function flip(index: number): void {
    setEncrypted((e) => e && { ...e, head: flipByte(e.head, index) });
    setDecrypted(null);
  }

  /** Puts back the message as made. */
  function restore(): void {
    setEncrypted((e) => e && { ...e, head: e.originalHead.slice() });
    setDecrypted(null);
  }

  async function decrypt(principal: string, expected: EncryptionContext): Promise<void> {
    const e = encrypted;
    const message = e?.message;
    if (!e || !message) return;
    const gen = ++generation.current;
    setBusy('decrypt');
    try {
      const out = await decryptMessage(e, message, principal, expected, { jobs, callKms });
      if (gen === generation.current) setDecrypted(out);
    } finally {
      if (gen === generation.current) setBusy(null);
    }
  }

  const header = encrypted?.message ? describeHeader(encrypted.head) : null;

  return {
    encrypted,
    decrypted,
    header,
    busy,
    progress: jobs.progress,
    cancel: jobs.cancel,
    encrypt,
    decrypt,
    flip,
    restore,
    currentMessage,
  };
}
