/**
 * One decryption of the lab's message as `principal`: Decrypt of its aws-kms encrypted data key
 * through the simulator's call layer (labKms.ts, audited there), the expected encryption context
 * checked, then the body opened with the returned data key in the page (small messages) or in
 * the envelope worker (large ones, kept there), with the user's first bytes patched in. Returns
 * its outcome and its trace (labTrace.ts).
 */
import {
  decryptMessage as openMessage,
  describeHeader,
  type EncryptionContext,
} from '../../../crypto';
import { envelopeFailure, labOpenDataKey, type CallKms } from './labKms';
import {
  failureText,
  LAB_CHUNK_SIZE,
  plaintextText,
  WORKER_THRESHOLD,
  workerFailureText,
} from './labModel';
import type { Decrypted, Encrypted, LabMessage } from './labState';
import { decryptTrace } from './labTrace';
import type { WorkerJobs } from './useEnvelopeWorker';

/** The page's message with the user's changes to its first bytes. */
export const patched = (e: Encrypted, blob: Blob): Blob =>
  new Blob([e.head, blob.slice(e.head.length)]);

export async function decryptMessage(
  e: Encrypted,
  message: LabMessage,
  principal: string,
  expected: EncryptionContext,
  { jobs, callKms }: { jobs: Pick<WorkerJobs, 'run'>; callKms: CallKms },
): Promise<Decrypted> {
  let out: Omit<Decrypted, 'trace'>;
  let failure: string | null = null;
  let plaintextBytes: number | null = null;
  const opened = await labOpenDataKey(callKms, principal, e.head);
  if (!opened.ok) {
    failure = opened.envelopeError ?? null;
    out = { ok: false, principal, text: failureText(opened), evaluation: opened.evaluation };
  } else {
    const { evaluation, context, keyring } = opened;
    try {
      if (Object.entries(expected).some(([k, v]) => context[k] !== v)) {
        failure = 'EncryptionContextMismatch';
        const text = failureText(envelopeFailure(failure, evaluation));
        out = { ok: false, principal, text, evaluation };
      } else if (message.size >= WORKER_THRESHOLD) {
        const r = await jobs.run(
          {
            type: 'decrypt',
            input:
              message.stored !== null
                ? { stored: message.stored, head: e.head }
                : patched(e, message.blob ?? new Blob()),
            keyring: { dataKey: keyring.dataKey },
            chunkSize: LAB_CHUNK_SIZE,
          },
          message.size,
        );
        if (r.type === 'done') {
          plaintextBytes = r.size;
          out = { ok: true, principal, text: plaintextText(r.head, r.size), evaluation };
        } else {
          failure = r.type === 'error' ? r.error : 'Cancelled';
          const text = r.type === 'error' ? workerFailureText(r.error) : 'Cancelled.';
          out = { ok: false, principal, text, evaluation };
        }
      } else {
        const blob = message.blob ? patched(e, message.blob) : new Blob();
        const r = await openMessage(new Uint8Array(await blob.arrayBuffer()), keyring);
        if (r.ok) {
          plaintextBytes = r.plaintext.length;
          const text = plaintextText(r.plaintext, r.plaintext.length);
          out = { ok: true, principal, text, evaluation };
        } else {
          failure = r.error;
          out = { ok: false, principal, text: workerFailureText(r.error), evaluation };
        }
      }
    } finally {
      keyring.dataKey.fill(0);
    }
  }
  const messageContext = describeHeader(e.head)?.encryptionContext ?? {};
  const facts = { expected, messageContext, failure, plaintextBytes };
  return { ...out, trace: decryptTrace(out.evaluation, facts) };
}
