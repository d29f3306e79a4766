/**
 * One decryption of the lab's message as `principal`: kms:Decrypt through the engine, then the
 * message opened in the page (small messages) or in the envelope worker (large ones, kept there),
 * with the user's first bytes patched in; audited like a console call; returns its outcome and
 * its trace (labTrace.ts).
 */
import {
  authorizeEnvelope,
  describeHeader,
  envelopeDecrypt,
  type EncryptionContext,
} from '../../../crypto';
import type { Scenario } from '../../../scenario/types';
import type { UiCall } from '../../../state';
import { labAuditCall } from '../simulator/labAudit';
import { labMaterial } from './labMaterial';
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
  scenario: Scenario,
  principal: string,
  expected: EncryptionContext,
  { jobs, audit }: { jobs: Pick<WorkerJobs, 'run'>; audit(call: UiCall): void },
): Promise<Decrypted> {
  const material = await labMaterial(scenario);
  const caller = { principal };
  const expectedContext = Object.keys(expected).length > 0 ? expected : undefined;
  let out: Omit<Decrypted, 'trace'>;
  let failure: string | null = null;
  let plaintextBytes: number | null = null;
  if (message.size >= WORKER_THRESHOLD) {
    const opened = authorizeEnvelope(material, scenario, caller, e.head, expectedContext);
    const result = 'keyring' in opened ? { ...opened, ok: true, outcome: 'Allowed' } : opened;
    audit(labAuditCall('Decrypt', principal, e.keyId, e.context, result));
    if (!('keyring' in opened)) {
      failure = opened.envelopeError ?? null;
      out = { ok: false, principal, text: failureText(opened), evaluation: opened.evaluation };
    } else {
      const r = await jobs.run(
        {
          type: 'decrypt',
          input:
            message.stored !== null
              ? { stored: message.stored, head: e.head }
              : patched(e, message.blob ?? new Blob()),
          keyring: opened.keyring,
          chunkSize: LAB_CHUNK_SIZE,
        },
        message.size,
      );
      const evaluation = opened.evaluation;
      if (r.type === 'done') {
        plaintextBytes = r.size;
        out = { ok: true, principal, text: plaintextText(r.head, r.size), evaluation };
      } else {
        failure = r.type === 'error' ? r.error : 'Cancelled';
        const text = r.type === 'error' ? workerFailureText(r.error) : 'Cancelled.';
        out = { ok: false, principal, text, evaluation };
      }
    }
  } else {
    const blob = message.blob ? patched(e, message.blob) : new Blob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const r = await envelopeDecrypt(material, scenario, caller, bytes, expectedContext);
    audit(labAuditCall('Decrypt', principal, e.keyId, e.context, r));
    if (r.ok) plaintextBytes = r.value.plaintext.length;
    else failure = r.envelopeError ?? null;
    out = r.ok
      ? {
          ok: true,
          principal,
          text: plaintextText(r.value.plaintext, r.value.plaintext.length),
          evaluation: r.evaluation,
        }
      : { ok: false, principal, text: failureText(r), evaluation: r.evaluation };
  }
  const messageContext = describeHeader(e.head)?.encryptionContext ?? {};
  const facts = { expected, messageContext, failure, plaintextBytes };
  return { ...out, trace: decryptTrace(out.evaluation, facts) };
}
