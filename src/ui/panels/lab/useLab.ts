/**
 * The envelope lab's actions: encrypt (GenerateDataKey through the engine, then the message made
 * locally, in the envelope worker for large inputs), tamper with the message's first bytes, and
 * decrypt as any caller. All cryptography is src/crypto's; this only sequences it.
 */
import { useRef, useState } from 'react';
import {
  contextProblem,
  describeHeader,
  envelopeEncrypt,
  fail,
  generateDataKey,
  keyringFor,
  REPORT_HEAD_BYTES,
  type EncryptionContext,
} from '../../../crypto';
import type { EvaluationResult } from '../../../engine';
import type { Scenario } from '../../../scenario/types';
import { useAppStore } from '../../../state';
import { labAuditCall } from '../simulator/labAudit';
import { labMaterial } from './labMaterial';
import { decryptMessage, patched } from './labDecrypt';
import { encryptTrace, traceSteps } from './labTrace';
import {
  encryptSteps,
  flipByte,
  LAB_CHUNK_SIZE,
  LAB_FRAME_LENGTH,
  WORKER_THRESHOLD,
} from './labModel';
import type { Decrypted, Encrypted, LabInput, LabMessage } from './labState';
import { useEnvelopeWorker } from './useEnvelopeWorker';

/** Bytes of the message kept in the page for the header, the hex view and tampering. */
const HEAD_BYTES = REPORT_HEAD_BYTES;

const GENERATE_DATA_KEY =
  'KMS returns a 256-bit data key in plaintext and encrypted under the KMS key.';

export function useLab() {
  const jobs = useEnvelopeWorker();
  const [encrypted, setEncrypted] = useState<Encrypted | null>(null);
  const [decrypted, setDecrypted] = useState<Decrypted | null>(null);
  const [busy, setBusy] = useState<'encrypt' | 'decrypt' | null>(null);
  const generation = useRef(0);
  // Every KMS call the lab makes is audited like a console call (issue 4).
  const audit = useAppStore((s) => s.recordUiCall);
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
      const material = await labMaterial(req.scenario);
      const caller = { principal: req.principal };
      const size = req.input.size;
      // A large input: the worker forgets the previous message first, so that two large messages
      // are never held at once (the new outcome replaces it on screen in any case).
      if (size >= WORKER_THRESHOLD && kept.current !== null) {
        jobs.release(kept.current);
        kept.current = null;
        setEncrypted(null);
      }
      let message: LabMessage | null = null;
      let head: Uint8Array<ArrayBuffer> = new Uint8Array(0);
      let outcome: Parameters<typeof encryptSteps>[0];
      let evaluation: EvaluationResult | null;
      let keyId: string | null = null;
      const contextTooLarge = contextProblem(req.context);
      if (contextTooLarge) {
        outcome = fail('ValidationException', contextTooLarge);
        evaluation = null;
      } else if (size >= WORKER_THRESHOLD) {
        const dk = await generateDataKey(material, req.scenario, caller, {
          keyId: req.keyId,
          keySpec: 'AES_256',
          encryptionContext: req.context,
        });
        outcome = dk;
        evaluation = dk.evaluation;
        audit(labAuditCall('GenerateDataKey', req.principal, req.keyId, req.context, dk));
        if (dk.ok) {
          keyId = dk.value.keyId;
          const keyring = keyringFor(keyId, await material.current(keyId));
          const dataKey = dk.value.plaintext.slice();
          dk.value.plaintext.fill(0);
          const r = await jobs.run({
            type: 'encrypt',
            input: req.input,
            keyring,
            encryptionContext: req.context,
            frameLength: LAB_FRAME_LENGTH,
            dataKey,
            chunkSize: LAB_CHUNK_SIZE,
          });
          dataKey.fill(0);
          if (r.type === 'done') {
            message = { size: r.size, blob: null, stored: r.id };
            head = r.head;
          } else
            outcome = {
              ok: false,
              outcome: 'Allowed',
              message: r.type === 'error' ? r.error : 'Cancelled.',
            };
        }
      } else {
        const plaintext = new Uint8Array(await req.input.arrayBuffer());
        const r = await envelopeEncrypt(material, req.scenario, caller, {
          keyId: req.keyId,
          plaintext,
          encryptionContext: req.context,
          suiteId: req.suiteId,
        });
        outcome = r;
        evaluation = r.evaluation;
        audit(labAuditCall('GenerateDataKey', req.principal, req.keyId, req.context, r));
        if (r.ok) {
          keyId = r.value.keyId;
          message = {
            size: r.value.message.length,
            blob: new Blob([r.value.message]),
            stored: null,
          };
          head = r.value.message.slice(0, HEAD_BYTES);
        }
      }
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
        head,
        originalHead: head.slice(),
        keyId,
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

  async function decrypt(
    scenario: Scenario,
    principal: string,
    expected: EncryptionContext,
  ): Promise<void> {
    const e = encrypted;
    const message = e?.message;
    if (!e || !message) return;
    const gen = ++generation.current;
    setBusy('decrypt');
    try {
      const out = await decryptMessage(e, message, scenario, principal, expected, { jobs, audit });
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
