/**
 * The envelope lab's pure parts: the steps of an encryption drawn from its result, the hex view's
 * rows, byte flipping and the words for each way a decryption fails.
 */
import type { LabFailure } from './labKms';

/** One step of the lab's timeline. */
export interface LabStep {
  id: string;
  title: string;
  detail: string;
  status: 'ok' | 'failed' | 'skipped';
}

/** Inputs of this size and more are encrypted in the envelope worker, chunk by chunk. */
export const WORKER_THRESHOLD = 1024 * 1024;

/** Frame length of worker-encrypted messages (chosen by `npm run bench:lab`, docs/benchmarks.md). */
export const LAB_FRAME_LENGTH = 64 * 1024;

/** Bytes read per worker step (and per progress report). */
export const LAB_CHUNK_SIZE = 4 * 1024 * 1024;

/** How many bytes of a message the hex view shows. */
export const HEX_LIMIT = 512;

/**
 * The four steps of envelope encryption, from GenerateDataKey's outcome (`Allowed` or KMS's error
 * code) and, when it failed or the message was not made, its message.
 */
export function encryptSteps(
  result: { ok: boolean; outcome: string; message?: string },
  plaintextBytes: number,
  messageBytes: number | null,
): LabStep[] {
  const allowed = result.outcome === 'Allowed';
  const done = result.ok && messageBytes !== null;
  const skipped = (s: boolean) => (s ? 'ok' : 'skipped');
  return [
    {
      id: 'generate-data-key',
      title: 'GenerateDataKey',
      detail: allowed
        ? 'Allowed by the engine: KMS returns a 256-bit data key in plaintext and encrypted under the KMS key.'
        : (result.message ?? result.outcome),
      status: allowed ? 'ok' : 'failed',
    },
    {
      id: 'local-encrypt',
      title: 'Local AES-GCM encryption',
      detail:
        allowed && !done
          ? `Stopped: ${result.message ?? 'no message was made'}`
          : `${plaintextBytes} bytes encrypted here, in the browser, with the plaintext data key (HKDF-SHA512, key commitment). KMS never sees the data.`,
      status: allowed ? (done ? 'ok' : 'failed') : 'skipped',
    },
    {
      id: 'discard-key',
      title: 'Plaintext data key discarded',
      detail: 'The plaintext data key is overwritten with zeros; only its encrypted copy remains.',
      status: skipped(done),
    },
    {
      id: 'store-edk',
      title: 'Encrypted data key stored with the ciphertext',
      detail:
        messageBytes === null
          ? 'No message.'
          : `One Encryption SDK message of ${messageBytes} bytes: header (with the encrypted data key and the encryption context), then the encrypted frames.`,
      status: skipped(done),
    },
  ];
}

/** One row of the hex view: its offset and up to `width` bytes. */
export interface HexRow {
  offset: number;
  bytes: number[];
}

/** The first `limit` bytes in rows of `width`. */
export function hexRows(bytes: Uint8Array, limit = HEX_LIMIT, width = 16): HexRow[] {
  const rows: HexRow[] = [];
  const end = Math.min(bytes.length, limit);
  for (let at = 0; at < end; at += width)
    rows.push({ offset: at, bytes: Array.from(bytes.subarray(at, Math.min(end, at + width))) });
  return rows;
}

/** A copy with one bit of byte `index` flipped (the lowest: tampering, undone by flipping again). */
export function flipByte(bytes: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes);
  if (index >= 0 && index < out.length) out[index] = (out[index] ?? 0) ^ 0x01;
  return out;
}

const WHY: Record<string, string> = {
  MalformedHeader: 'the header does not parse',
  UnsupportedMessage: 'the message format or algorithm suite is not one this reader knows',
  SignatureInvalid: 'the ECDSA signature over the message does not verify',
  NoMatchingDataKey: 'the header holds no aws-kms encrypted data key',
  CommitmentMismatch: 'the key commitment does not match the data key',
  HeaderAuthenticationFailed: 'the header (its context or keys) was changed after encryption',
  MalformedBody: 'the body is truncated or malformed',
  FrameAuthenticationFailed: 'a frame of ciphertext was changed after encryption',
  EncryptionContextMismatch: 'the message’s encryption context does not contain the expected one',
};

/** What a failed decryption shows: KMS's error as the console prints it, or the message's check. */
export function failureText(result: LabFailure): string {
  const why = result.envelopeError ? WHY[result.envelopeError] : undefined;
  return why ? `${result.outcome} (${result.envelopeError}): ${why}.` : result.message;
}

/** A worker error (a MessageError name) as the same words. */
export function workerFailureText(error: string): string {
  const why = WHY[error];
  return why ? `InvalidCiphertextException (${error}): ${why}.` : `Error: ${error}`;
}

/** `1.5 MB`-style sizes. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Bytes of plaintext the lab shows. */
export const SHOW_PLAINTEXT = 4096;

/** The plaintext's first bytes as text (or hex when binary), with the total when cut. */
export function plaintextText(bytes: Uint8Array, total: number): string {
  const prefix = bytes.subarray(0, SHOW_PLAINTEXT);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(prefix);
  } catch {
    text = `(binary) ${Array.from(prefix.subarray(0, 64), (b) => b.toString(16).padStart(2, '0')).join(' ')}`;
  }
  return total > prefix.length ? `${text}… (${total} bytes in all)` : text;
}
